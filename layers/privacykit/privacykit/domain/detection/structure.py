"""Structure that names a value: the key, label or column a value sits under (issue 13).

A JSON or YAML key (``"app_version": "..."``), a ``key=value`` log field, an HTML field
(``name="dl" value="..."``, ``<dt>Shipping address</dt><dd>...``), a form label (``Passport number: ...``)
or a CSV/TSV column header says what the value is, far from any sentence. The scanners find candidates
by shape; this module answers, for one candidate position only, which key names it, so the cost is per
candidate, never per line of input.

Keys are compared as their words (``sdk_version`` and ``sdkVersion`` are ``{"sdk", "version"}``):
``LOWERING`` words say the value identifies a thing (a version, build, SKU, order), and then a number
shaped like an IP address, phone or card is not one.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Finding
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.wordlists import words

if TYPE_CHECKING:
    from privacykit.domain.detection.scanners.csv_columns import CsvHeader

__all__ = [
    "field_key",
    "far_from_key",
    "enclosing_key",
    "parent_key",
    "key_words",
    "ordered_key_words",
    "column_name",
    "column_index",
    "LOWERING",
    "NOT_PEOPLE",
    "lowered",
    "in_version_prose",
    "introduced_as_version",
    "drop_by_structure",
    "columns_lower_their_values",
]

# A key just before a value on its line: "key": "...", key=..., key: ..., 'key' => ...; the value text between
# the key and the candidate may not hold another field's separator.
_KEY_BEFORE = lazy(r"""(?:^|(?<=[\s{,;&?(|\[]))["']?(?P<key>[A-Za-z][\w.\- ]{0,40}?)["']?[ \t]*[:=]$""")
# An HTML field: name="dl" ... value="   or   <dt>Label</dt><dd>   or   <label>Label</label><input ... value="
_HTML_NAME = lazy(r"""name=["'](?P<key>[\w.\-\[\]]{1,40})["'][^<>]{0,80}?value=["']$""")
_HTML_LABEL = lazy(
    r"""<(?:dt|th|label|td)[^<>]{0,40}>(?P<key>[^<>\n]{1,40})</(?:dt|th|label|td)>[ \t]*"""
    r"""<(?:dd|td|input|span|textarea)[^<>]{0,80}?(?:value=["'])?>?$"""
)
_SPLIT = lazy(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
# What separates one field from the next inside a line: a value never holds these before the candidate.
_FIELD_BREAK = lazy(r"""["'],|[,;][ \t]*["']|\t|[ \t]{3,}|\|""")

#: Key words that make a value an identifier of a thing: versions, builds, products, orders, shipments.
LOWERING = words(
    "version ver vers sdk build release rel firmware fw rev revision sku part partno order orderid tracking "
    "invoice commit artifact model serial lot batch upc ean gtin isbn txn transaction ticket case ref reference "
    "oid openssl runtime engine agent ua useragent kernel os platform patch tag semver chart schema api "
    "changelog changes dependencies dependency deps packages package requirements libraries library components "
    "modules plugins latest previous installed available required minimum app application current target "
    "history"
)


@lru_cache(maxsize=4096)
def key_words(key: str) -> frozenset[str]:
    """The lower-case words of a key: ``sdkVersion``, ``sdk_version`` and ``SDK version`` give {sdk, version}."""
    return frozenset(w.lower() for w in _SPLIT.split(key) if w)


def ordered_key_words(key: str) -> list[str]:
    """The lower-case words of a key, in order."""
    return [w.lower() for w in _SPLIT.split(key) if w]


#: Words that name a shaped value's own kind: a key ending in one ("case_phone", "order contact phone") or
#: made of one ("WhatsApp", which splits into "whats" and "app") names that value, whatever else it holds.
_NAMING = words(
    "phone phones tel telephone mobile cell cellphone fax whatsapp handy telefon telefono telefone msisdn "
    "ip ipv4 host ssn card pan"
)


# "number" and its abbreviations, after a word that names the shaped value ("security number", "card no").
_NUMBER_WORDS = words("number no nr num nbr")
_NAMING_BEFORE_NUMBER = _NAMING | words("security")


def lowers_shaped(key: str) -> bool:
    """Whether ``key`` says a dotted quad, phone, SSN or card shape under it is an identifier of a thing."""
    if not key_words(key) & LOWERING:
        return False
    ordered = ordered_key_words(key)
    if len(ordered) >= 2 and ordered[-1] in _NUMBER_WORDS and ordered[-2] in _NAMING_BEFORE_NUMBER:
        return False  # "Part I  Social security number", "Section 2 phone no": a form's section, then the label
    return not (ordered[-1] in _NAMING or "".join(ordered) in _NAMING)


def lowered(key: str | None) -> bool:
    """Whether ``key`` names an identifier of a thing (a version, build, SKU, order...)."""
    return key is not None and bool(key_words(key) & LOWERING)


def field_key(text: str, pos: int, reach: int = 120) -> str | None:
    """The key, field name or label that names the value at ``pos`` on its line, if any."""
    if pos == 0 or text[pos - 1] == "\n":
        return None  # the value starts its line (a dense list of values: each would search an empty prefix)
    lo = text.rfind("\n", max(0, pos - reach), pos) + 1
    if lo == 0 and pos > reach:
        lo = pos - reach
    # The last ":" or "=" before the value; without one nothing on the line is a key (most candidates).
    sep = max(text.rfind(":", lo, pos), text.rfind("=", lo, pos))
    if sep < 0:
        return None
    # The answer depends on the line up to ``pos`` (from the character before ``lo``, which the key pattern's
    # look-behind may read) and on whether that is the text's start: it is kept per such prefix, so a megabyte
    # of the same field ('"name": "Anna Berg", ' on one line) searches each distinct prefix once.
    memo = (lo == 0, text[max(0, lo - 1) : pos])
    if memo in _KEYS:
        return _KEYS[memo]
    if len(_KEYS) >= 4096:
        _KEYS.clear()
    known = _KEYS[memo] = _field_key(text, lo, sep, pos)
    return known


_KEYS: dict[tuple[bool, str], str | None] = {}


def _field_key(text: str, lo: int, sep: int, pos: int) -> str | None:
    """:func:`field_key` once ``lo`` (the line's start, or the reach) and ``sep`` (its last ":" or "=") are known."""
    prefix = text[lo:pos]
    if "value=" in prefix or "</" in prefix:
        m = _HTML_NAME.search(prefix) or _HTML_LABEL.search(prefix)
        if m:
            return m.group("key")
    if _FIELD_BREAK.search(text, sep + 1, pos):
        return None  # the key belongs to an earlier field of the line
    m = _KEY_BEFORE.search(text, max(lo, sep - 48), sep + 1)
    return m.group("key").strip() if m else None


_INDENT = lazy(r"[ \t]*")
_BULLET = lazy(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")
_HEADING = lazy(r"[ \t]*#{0,6}[ \t]*(?P<key>[A-Za-z][\w .\-/]{0,40}?)[ \t]*:?[ \t]*$")


def enclosing_key(text: str, pos: int, reach: int = 2000) -> str | None:
    """The key of the block holding the line of ``pos``: a YAML parent key, a table column or a list's heading.

    * an indented line (``  libfoo: 2.14.0.3`` under ``dependencies:``): the nearest line above it, less
      indented, that ends in ``:``;
    * a row of a pipe table (``| nginx | 1.25.3.1 |``): the header cell of its column;
    * a list item (``- 8.4.2.11 - improved caching``): the heading above the list (``Changelog``).
    """
    if (pos == 0 or text[pos - 1] == "\n") and text[pos : pos + 1].isalnum() and not _BULLET.match(text, pos):
        return _list_heading(text, pos, pos, reach)  # a value that starts its line: neither indented nor a bullet
    newline = text.rfind("\n", max(0, pos - reach), pos)
    if newline == -1 and pos > reach:
        return None  # a line longer than the reach is no block's line (and is not walked back each time)
    lo = newline + 1
    line_end = text.find("\n", pos)
    line = text[lo : line_end if line_end != -1 else len(text)]
    stripped = line.lstrip(" \t")
    if stripped.startswith("|"):
        return _table_column(text, lo, pos)
    indent = len(line) - len(stripped)
    bullet = _BULLET.match(line) is not None
    if not indent and not bullet:
        return _list_heading(text, lo, pos, reach) if pos == lo else None
    floor = max(0, lo - reach)
    end = lo - 1
    while end > floor:
        start = text.rfind("\n", floor, end) + 1
        above = text[start:end]
        end = start - 1
        if not above.strip():
            if bullet:
                continue
            return None
        ind = _INDENT.match(above)
        width = ind.end() if ind else 0
        if bullet and _BULLET.match(above):
            continue
        if width < indent or (bullet and width <= indent):
            m = _HEADING.match(above)
            return m.group("key") if m else None
    return None


#: The text last walked by :func:`_list_heading`, and the heading found for each line start of a run of
#: lines starting with a digit: every line of a run has the same heading, so a run of N lines is walked
#: once, not N times (a megabyte of dotted quads, one a line, took 5 s of CPU walking back each time).
_RUN_HEADINGS: tuple[str, dict[int, str | None]] = ("", {})


def _list_heading(text: str, lo: int, pos: int, reach: int) -> str | None:
    """For a line that starts with the value (``10.2.14.3 - fixes``), the heading above the run of lines
    that start the same way (``Version history:``)."""
    global _RUN_HEADINGS
    first = text[pos : pos + 1]
    digit_run = first.isdigit()
    walked_text, known = _RUN_HEADINGS
    if walked_text is not text:
        known = {}
        _RUN_HEADINGS = (text, known)
    if digit_run and lo in known:
        return known[lo]
    passed = [lo]
    floor = max(0, lo - reach)
    end = lo - 1
    heading: str | None = None
    while end > floor:
        start = text.rfind("\n", floor, end) + 1
        above = text[start:end]
        end = start - 1
        if above[:1].isdigit() and digit_run:
            if start in known:
                heading = known[start]
                break
            passed.append(start)
            continue
        m = _HEADING.match(above)
        heading = m.group("key") if m and above.rstrip().endswith(":") else None
        break
    if digit_run:
        known.update(dict.fromkeys(passed, heading))
    return heading


_OBJECT_KEY = lazy(r"""["']?(?P<key>[A-Za-z_][\w.\-]{0,40})["']?[ \t]*[:=][ \t]*$""")


_POSITION = itemgetter(1)


def parent_key(text: str, pos: int, reach: int = 1500) -> str | None:
    """The key of the JSON object (or YAML block) that holds the value at ``pos``: ``product`` for the name in
    ``{"product": {"name": "Aurora Desk Lamp"}}``; through a list, the key of the list (``"users": [{...}]``).
    """
    depth = 0
    floor = max(0, pos - reach)
    # Only the brackets are visited, each found by str.rfind (a regex search for a class of characters is 20
    # times slower): walking back one character at a time took 24 s of CPU for a megabyte of
    # '"name": "Anna Berg", ' (1,500 steps for each name). The last of each bracket is kept, so a step
    # looks again only for the one it used.
    # At most 200 brackets: past them the holder is too far to say what the value is (a run of brackets
    # took 9 ms a value).
    opening, closing = text.rfind("{", floor, pos), text.rfind("}", floor, pos)
    start, end = text.rfind("[", floor, pos), text.rfind("]", floor, pos)
    if opening < 0 and closing < 0 and start < 0 and end < 0:
        return enclosing_key(text, pos)  # no bracket within reach (what the walk below ends in, at once)
    last = {"{": opening, "}": closing, "[": start, "]": end}
    for _ in range(200):
        c, i = max(last.items(), key=_POSITION)
        if i < 0:
            break
        last[c] = text.rfind(c, floor, i)
        if c in "}]":
            depth += 1
        elif c in "{[":
            if depth:
                depth -= 1
                continue
            # A key ends in ":" or "=" before its bracket: without one, no search.
            before = text[max(0, i - 48) : i]
            m = _OBJECT_KEY.search(before) if before.rstrip(" \t")[-1:] in (":", "=") else None
            if m:
                return m.group("key")
            if c == "[" or text[max(0, i - 1) : i] in ("[", ","):
                continue  # an object inside a list: the list's key names it
            return None
    else:
        return None
    return enclosing_key(text, pos) if "{" not in text[floor:pos] else None


def _table_column(text: str, lo: int, pos: int) -> str | None:
    """The header cell of the pipe-table column holding ``pos`` (the table's first row, above ``lo``)."""
    col = text.count("|", lo, pos)
    start = lo
    for _ in range(200):
        if start == 0:
            break
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev:start].lstrip(" \t").startswith("|"):
            break
        start = prev
    header_end = text.find("\n", start)
    cells = text[start : header_end if header_end != -1 else len(text)].split("|")
    return cells[col].strip() or None if col < len(cells) else None


def column_name(text: str, pos: int, delim: str, header: list[str], line_start: int | None = None) -> str | None:
    """The header name of the CSV/TSV column holding ``pos`` (quotes respected on the line), if any."""
    col = column_index(text, pos, delim, line_start)
    return header[col] if col is not None and col < len(header) else None


def column_index(text: str, pos: int, delim: str, line_start: int | None = None) -> int | None:
    """The index of the CSV/TSV column holding ``pos`` (quotes respected on the line)."""
    lo = text.rfind("\n", 0, pos) + 1 if line_start is None else line_start
    if pos - lo > 4000:
        return None
    if '"' not in text[lo:pos]:
        return text.count(delim, lo, pos)
    col = 0
    quoted = False
    for ch in text[lo:pos]:
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            col += 1
    return col


# Prose that introduces a version: "upgrade to 5.5.24.85", "rolling out 10.6.17.64", "since 3.3.24.44".
_VERSION_PROSE = lazy(
    r"(?:\b|_)(?:versions?(?: string| number| no\.?)?|ver\.?|v|release[sd]?|releasing|build|"
    r"upgrad(?:e|ed|ing)(?: to| from)?|downgrad(?:e|ed)(?: to)?|updat(?:e|ed|ing)(?: to)?|"
    r"roll(?:ing|ed)? (?:out|back)(?: to)?|rollout of|"
    r"cut(?:ting)?|bump(?:ed)?(?: \w+)? to|tag(?:ged)?|previous|since|deploy(?:ed|ing)?|ship(?:ped|ping)?|"
    r"patch(?:ed)?|firmware|fw|sdk|installed|baseband|bootloader|bios|microcode|receiver|rcvr|driver|app|"
    # a document's or a release's revision and a fix's number (accuracy17): "Revision 3.14.201.77", "hotfix ...",
    # "fixed in", as English, German, French, Spanish and Italian write them
    r"revision|rev\.?|r[ée]vision|revisi[óo]n|revisione|hot-?fix|fix|fixed in|korrektur|correctif)[\s:=(\"'v<>~^]*$",
    re.I,
)
_IP_PROSE = lazy(
    r"\b(?:ip|ips|address|addr|host|hosts|server|node|from|to|via|peer|remote|src|dst|source|destination|gateway|"
    r"connect(?:ed|ing|ion)?|listen(?:ing)?|bind|ping|proxy|dns|subnet|route|client)\b",
    re.I,
)
_QUAD = lazy(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}")


# A version verb a few words before ("Upgraded agent to 10.6.17.64", "bumped libssl from").
_VERSION_VERB = lazy(
    r"\b(?:(?:upgrad|downgrad|bump|releas)\w*|pin(?:ned|s)?|roll(?:ed|ing)? (?:out|back))"
    r"(?:[ \t]+[\w.@/-]+){0,3}?[ \t]+(?:to|from|at|=|->|→)?[ \t\"'v]*$",
    re.I,
)


#: Every word pattern above needs a letter: a window without one (a run of numbers) skips their searches.
_LETTER = re.compile(r"[A-Za-z]")


def introduced_as_version(text: str, pos: int) -> bool:
    """Whether the words just before ``pos`` (same line) introduce a version ("upgrade to", "sdk_version <")."""
    lo = max(text.rfind("\n", max(0, pos - 60), pos) + 1, pos - 60)
    before = text[lo:pos]
    if _LETTER.search(before) is None:
        return False
    m = _VERSION_PROSE.search(before) or _VERSION_VERB.search(before)
    return m is not None and not _IP_PROSE.search(before, m.end())


def in_version_prose(text: str, pos: int) -> bool:
    """Whether the words just before ``pos`` (same line) make the dotted quad there a version, not a host.

    Either they introduce a version ("upgrade to", "rolling out", "sdk_version <"), or the quad is shaped like
    one (small first three parts: ``11.3.5.71``) and sits in words with nothing about hosts or networks.
    """
    if pos == 0 or text[pos - 1] == "\n":
        return False  # no words before it on its line
    if introduced_as_version(text, pos):
        return True
    lo = max(text.rfind("\n", max(0, pos - 60), pos) + 1, pos - 60)
    before = text[lo:pos]
    if not before.rstrip()[-1:].isalpha():
        return False  # the test below ends with it: the cheap part first
    q = _QUAD.match(text, pos)
    if q is None or _IP_PROSE.search(before):
        return False
    a, b, c = int(q.group(1)), int(q.group(2)), int(q.group(3))
    return a <= 20 and b <= 20 and c <= 30 and before.rstrip()[-1:].isalpha()


#: Key words under which capitalised words are a company, brand or product, not a person.
NOT_PEOPLE = words(
    "description desc product products item items title brand merchant vendor supplier company employer "
    "organisation organization org team carrier partner store shop business products items catalog catalogue "
    "sku variant variants service services app application device devices host hosts server servers project "
    "projects repo repository package packages model models plan plans category categories tag tags course "
    "courses event events venue location locations building room "
    # software and payers: {"os": {"name": "Android"}}, {"payer": {"name": ...}}
    "os platform browser runtime sdk framework library payer insurer "
    # the same objects in other languages (accuracy7): {"prodotto": {"nome": ...}}, {"produit": {"nom": ...}}
    "prodotto produit producto produto produkt articolo article articulo artigo artikel servizio servicio "
    # (accuracy24) a vehicle's make and model ({"vehicle": "Renault Logan"}), and an animal of a veterinary record,
    # its name a pet's ({"animal": {"name": "Pedro"}}), in the tune sets' languages
    "vehicle vehicles car animal animals pet pets species breed mascota animale haustier tier huisdier"
)
#: (accuracy13) Roles people fill in a firm's or a project's name: "Company secretary", "Project manager".
_ROLES_OF = words(
    "secretary director manager contact owner lead head officer representative chair coordinator sponsor "
    "administrator admin liaison steward champion"
)
_VAGUE_KEYS = words("name title label display full value text nom nome nombre naam")
#: Types whose shape a version, SKU or order number can take.
_SHAPED = frozenset({T.IP_ADDRESS, T.PHONE, T.US_SSN, T.CREDIT_CARD})


#: Keys only a product or a part has: a bare "name" beside one of them in its object names the thing.
_PRODUCT_KEYS = lazy(
    r"[\"'](?:sku|sku_?prefix|sku_?id|price|unit_?price|barcode|upc|ean|isbn|part_?no|part_?number|model_?no)[\"']"
    r"[ \t]*:",
    re.I,
)


#: The text whose product keys were last found, and their starts (sorted): found once per text, then bisected.
_PRODUCT_KEYS_FOUND: tuple[str, list[int]] = ("", [])


def _beside_product_keys(text: str, start: int, end: int) -> bool:
    """Whether the object holding the value at [start, end) has a product's key (``sku``, ``price``...): its
    nearest braces within 300 characters bound it. A text without such a key answers at once."""
    global _PRODUCT_KEYS_FOUND
    if _PRODUCT_KEYS_FOUND[0] is not text:
        _PRODUCT_KEYS_FOUND = (text, [m.start() for m in _PRODUCT_KEYS.finditer(text)])
    keys = _PRODUCT_KEYS_FOUND[1]
    if not keys:
        return False
    lo = text.rfind("{", max(0, start - 300), start)
    hi = text.find("}", end, end + 300)
    child = text.find("{", end, hi)
    if child != -1:
        hi = child  # the object's own keys before a child object opens, not the child's
    if lo == -1 or hi == -1 or text.find("}", lo, start) != -1:
        return False
    i = bisect.bisect_left(keys, lo)
    return i < len(keys) and keys[i] < hi


def drop_by_structure(items: list[Finding], text: str, csv: CsvHeader | None) -> list[Finding]:
    """``items`` without the values their key or column says are something else.

    A dotted quad, phone, SSN or card shape under a ``version``/``build``/``sku``/``order`` key or column is
    an identifier of a thing; capitalised words under a ``product``/``merchant``/``employer`` key are a company.
    """
    # A table of two or more columns names its values by column; anything else by key or label.
    if csv is not None and len(csv[2]) >= 2:
        return _drop_by_column(items, text, csv)
    out: list[Finding] = []
    # Several findings may start at one position (a name found by a cue and as a sequence): each position and
    # type is judged once.
    kept: dict[tuple[int, int, T], bool] = {}
    for f in items:
        if f.type in _SHAPED or f.type is T.PERSON:
            memo = (f.start, f.end, f.type)
            keep = kept.get(memo)
            if keep is None:
                keep = kept[memo] = _kept_by_key(text, f.start, f.end, f.type)
            if not keep:
                continue
        out.append(f)
    return out


def _kept_by_key(text: str, start: int, end: int, kind: T) -> bool:
    """Whether a shaped value or a person at ``start`` stands, by the key, label or object that names it."""
    key = field_key(text, start)
    if key is None:
        return True
    kw = key_words(key)
    # ... unless the value is a signature ("Signature of Employer: /s/ Name").
    # ... and unless a person's role qualifies the thing ("Company secretary:", "Project manager:", "Vendor contact:").
    if kind is T.PERSON and kw & NOT_PEOPLE and not text.startswith("/s/", max(0, start - 4)) and not kw & _ROLES_OF:
        return False
    if kind in _SHAPED and lowers_shaped(key) and not far_from_key(text, start):
        return False
    # (accuracy36) A phone's shape under a record's bare value key whose type field names an identifier is that
    # identifier, valid or not: "verify type=nhs value=...", {"document_type": "uk_nhs_number", "document_number": ...}
    if kind is T.PHONE and kw and kw <= _VALUE_KEYS and _typed_as_identifier(text, start, end):
        return False
    # A bare "name" or "title" says nothing alone: the object holding it does ("product": {...}).
    if kind is T.PERSON and kw <= _VAGUE_KEYS:
        parent = parent_key(text, start)
        if parent is not None and key_words(parent) & NOT_PEOPLE:
            return False
        if _beside_product_keys(text, start, end):
            return False
    return True


#: Keys that say only that a value is one, its kind written in a type field beside them.
_VALUE_KEYS = words("value val number no num nr document doc id identifier")


def _typed_as_identifier(text: str, start: int, end: int) -> bool:
    """Whether a "document type" field beside the value at [start, end) names an identifier (``typed_document``)."""
    from privacykit.domain.detection.scanners.national_ids import typed_document  # the scanners import this module

    return typed_document(text, start, end) is not None


def far_from_key(text: str, pos: int) -> bool:
    """Whether two words or more stand between the last ":" or "=" of the line (at most 120 characters back)
    and ``pos``: the key names the line's first value ("kernel: user ... authenticated from 203.0.113.9" is
    no kernel version)."""
    lo = max(text.rfind("\n", max(0, pos - 120), pos) + 1, pos - 120)
    sep = max(text.rfind(":", lo, pos), text.rfind("=", lo, pos))
    return sep >= 0 and len(text[sep + 1 : pos].split()) >= 2


def columns_lower_their_values(csv: CsvHeader) -> bool:
    """Whether a column the header reads values from has a name that would drop them (``_drop_by_column``):
    a person column named like a product, a phone or SSN column named like a version or an order."""
    _, wanted, names = csv
    for col, kind, _ in wanted:
        words_of = key_words(names[col]) if col < len(names) else frozenset()
        shaped = kind in _SHAPED and col < len(names) and lowers_shaped(names[col])
        if (kind is T.PERSON and words_of & NOT_PEOPLE) or shaped:
            return True
    return False


def _drop_by_column(items: list[Finding], text: str, csv: CsvHeader) -> list[Finding]:
    """``items`` without those in a column whose name lowers them; a table with no such column costs nothing."""
    delim, _, names = csv
    not_people = {i for i, n in enumerate(names) if key_words(n) & NOT_PEOPLE}
    not_shaped = {i for i, n in enumerate(names) if lowers_shaped(n)}
    if not (not_people or not_shaped):
        return items
    out: list[Finding] = []
    for f in items:
        bad = not_people if f.type is T.PERSON else not_shaped if f.type in _SHAPED else None
        if bad and column_index(text, f.start, delim) in bad:
            continue
        out.append(f)
    return out
