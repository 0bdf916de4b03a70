"""Context keywords: one Aho-Corasick pass finds every label, name cue and medical term, then each is acted on.

The keywords and their kinds come from ``data/keywords.tsv`` (labels such as "DOB" or "MRN", titles,
greetings, sign-offs...) plus the medical vocabularies. A label reads the value after it; a cue hands over
to the name rules; a medical term is kept aside for ``medical.admit_medical``.
"""

from __future__ import annotations

import functools
import marshal
import os
import re
import zlib
from typing import Any

import ahocorasick_rs

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection import wordlists
from privacykit.domain.detection.context import count_digits, value_after
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners import medical
from privacykit.domain.detection.scanners.addresses import address_at
from privacykit.domain.detection.scanners.contact import PHONE_VALUE
from privacykit.domain.detection.scanners.dates import birth_year_span, date_span, value_start
from privacykit.domain.detection.scanners.hl7 import cda_patient_id
from privacykit.domain.detection.scanners.medical import (
    DIAGNOSES,
    MED_DOSE_AFTER,
    MEDICATIONS,
    ONE_WORD_EXTRACTED,
    ONE_WORD_SCORE,
)
from privacykit.domain.detection.scanners.names import name_after_cue, reads_again
from privacykit.domain.detection.scanners.national_ids import admit_plan_ids, labelled_id, typed_document
from privacykit.domain.detection.scanners.numbers import MRN_VALUE, SSN_VALUE, licence_after, passport_after
from privacykit.domain.detection.scanners.sql import scan_sql_insert
from privacykit.domain.detection.shapes import NUL_ERRORS, nuls_over
from privacykit.domain.detection.wordlists import data_file, load_pairs

__all__ = ["scan_keywords"]

# Short keys ("hi", "ms", "no") occur inside countless words ("this", "36ms", "notifier"); registering them
# only between boundary characters keeps the automaton from reporting those hits at all.
_LEFT = " \n\t\"'([{<>,;/|="
_RIGHT = " \n\t\r\"'.,;:!?#=)]}<>-/&"
# Kinds whose label reads a value: a short one may also end a snake_case key ("patient_mrn=", "member_dob").
_VALUE_KINDS = frozenset({"dob", "mrn", "ssn", "passport", "phone"})
_KEY_END = " \t\"':="
# A URL query's parameters ("?dob=...&ssn=..."): a short label that reads a value stands after them too, before "=".
_QUERY_START = "?&"


# Per automaton string, its (trailing characters, kind, keyword) entries.
_Entries = tuple[tuple[int, str, str], ...]
# A short word registered with the boundary before it: the characters that may follow it, and the entries of
# the string it makes with one of them (trailing 1: the following character ends that string).
_Tail = tuple[str, _Entries]


# The first code point of the kana and CJK ideographs (hiragana U+3040 on; CJK punctuation is below it).
_CJK = "\u3040"


def _automaton_strings() -> tuple[dict[str, _Entries], dict[str, _Tail]]:
    """The strings the automaton looks for: each string with its (trailing, kind, keyword) entries, and each
    short word with the boundary before it (``_LEFT`` or "_") with what may follow it.

    A short word ("hi", "dob", "tel") counts only between boundary characters. A word of two letters is
    registered once per character before and after it (16 x 18 strings): two letters start countless words
    ("no" in "[notifier]", "now") and each would be a hit to look at. A word of three letters starts few, and
    is registered with the character before it only; the character after it is read where it is found (its
    16 x 18 strings a word made 21,000 strings in all, 25 ms to gather and build on every start). The hits
    are the ones those strings gave, with their entries in the same order (a string that a word would make
    with the character after it and that is registered whole too is found whole, with the word's entries).
    """
    # (keyword, kind) pairs; one keyword may have several kinds ("dr." is a title and a medical hint).
    keywords: list[tuple[str, str]] = sorted(
        {(w, k) for k, w in load_pairs("keywords.tsv")}
        | {(w, "diag") for w in DIAGNOSES}
        | {(w, "med") for w in MEDICATIONS - DIAGNOSES}
    )
    # Several keywords can share one automaton string ("\nmr#" is both the title "Mr" and "MR#"), so each
    # string maps to all of its (trailing characters, kind, keyword) entries, in the keywords' order.
    entries: dict[str, list[tuple[int, tuple[int, str, str]]]] = {}
    tails: dict[str, tuple[str, list[tuple[int, tuple[int, str, str]]]]] = {}
    for n, (k, kind) in enumerate(keywords):
        if (
            len(k) <= 2 and k.isalpha() and k[0] < _CJK
        ):  # two letters start countless words ("[notifier]"): both boundaries
            item = (n, (1, kind, k))
            for p in _LEFT:
                for q in _RIGHT:
                    entries.setdefault(p + k + q, []).append(item)
            if kind in _VALUE_KINDS or kind.startswith("id:"):
                for q in _KEY_END:
                    entries.setdefault("_" + k + q, []).append(item)
                for p in _QUERY_START:
                    entries.setdefault(p + k + "=", []).append(item)
        elif len(k) <= 3 and k.isalpha() and k[0] < _CJK:
            item = (n, (1, kind, k))
            for p in _LEFT:
                tails.setdefault(p + k, (_RIGHT, []))[1].append(item)
            if kind in _VALUE_KINDS or kind.startswith("id:"):
                tails.setdefault("_" + k, (_KEY_END, []))[1].append(item)
                for p in _QUERY_START:
                    tails.setdefault(p + k, ("=", []))[1].append(item)
        elif len(k) <= 3 and k[0].isalnum() and k[0] < _CJK:
            for p in _LEFT:
                entries.setdefault(p + k, []).append((n, (0, kind, k)))
        else:
            entries.setdefault(k, []).append((n, (0, kind, k)))
            if " " in k and (kind in _VALUE_KINDS or kind.startswith("id:")) and k.replace(" ", "").isalpha():
                # the label as a snake_case or camelCase key ("fecha_nacimiento", "fechaNacimiento")
                entries.setdefault(k.replace(" ", "_"), []).append((n, (0, kind, k)))
                if len(k) >= 10:
                    entries.setdefault(k.replace(" ", ""), []).append((n, (0, kind, k)))
    # A string that a short word makes with its following character and that is also registered whole: found
    # whole, with the word's entries among its own.
    # (each list is in the keywords' order but for those extended here; a list of one needs no sort: 10,000 do not)
    taken: dict[str, set[str]] = {}  # per short word's string, the following characters registered whole with it
    for string, found in entries.items():
        tail = tails.get(string[:-1])
        if tail is not None:
            taken.setdefault(string[:-1], set()).add(string[-1])
            if string[-1] in tail[0]:
                found.extend(tail[1])
    return (
        {
            string: (found[0][1],) if len(found) == 1 else tuple(e for _, e in sorted(found))
            for string, found in entries.items()
        },
        {
            base: (
                right if base not in taken else "".join(q for q in right if q not in taken[base]),
                tuple(e for _, e in found),
            )
            for base, (right, found) in tails.items()
        },
    )


# A hit is ``(order, entries)``: ``order >> _END_SHIFT`` is its end in the haystack (exclusive), and among hits
# that end together the order is the one the automaton reports whole strings in (the longer first), the
# strings with a non-ASCII letter after the others.
_END_SHIFT = 17
_NON_ASCII_ORDER = 1 << 16


class _Strings:
    """The strings of one automaton, by index: entries when found whole, and the following characters and
    entries of a short word registered with the boundary before it (as bytes when the haystack is bytes)."""

    def __init__(self, strings: list[str], exact: dict[str, _Entries], tails: dict[str, _Tail], other: int) -> None:
        self.entries = [exact.get(k, ()) for k in strings]
        self.tails = [tails.get(k) for k in strings]
        self.right = [None if t is None else t[0] for t in self.tails]
        self.right_bytes = [None if t is None else t[0].encode("ascii") for t in self.tails]
        # Its order among hits that end together when found whole; with one more character, one less.
        self.order = [other + 0xFFFF - len(k) for k in strings]

    def state(self) -> tuple[Any, ...]:
        """The lists above, as :func:`_tables` keeps them."""
        return self.entries, self.tails, self.right, self.right_bytes, self.order

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> _Strings:
        strings = cls.__new__(cls)
        strings.entries, strings.tails, strings.right, strings.right_bytes, strings.order = state
        return strings

    def hits(self, found: list[tuple[int, int, int]], haystack: str, offset: int = 0) -> list[tuple[int, _Entries]]:
        """The hits of the automaton's matches ``found`` in ``haystack``, their ends moved by ``offset``."""
        return self._hits(found, haystack, self.right, offset)

    def hits_in_bytes(self, found: list[tuple[int, int, int]], haystack: bytes) -> list[tuple[int, _Entries]]:
        """:meth:`hits` in an ASCII haystack (its following characters are tested as bytes)."""
        return self._hits(found, haystack, self.right_bytes, 0)

    def _hits(
        self, found: list[tuple[int, int, int]], haystack: str | bytes, right: list[Any], offset: int
    ) -> list[tuple[int, _Entries]]:
        entries, tails, order = self.entries, self.tails, self.order
        n = len(haystack)
        out = []
        for i, _, e in found:
            whole = entries[i]
            if whole:
                out.append(((e + offset) << _END_SHIFT | order[i], whole))
            follow = right[i]
            if follow is not None and e < n and haystack[e] in follow:
                out.append(((e + 1 + offset) << _END_SHIFT | (order[i] - 1), tails[i][1]))  # type: ignore[index]
        return out


class _Automata:
    """The ~8,000 strings in Aho-Corasick automata (Rust ``aho-corasick``), built once, on the first scan.

    ASCII strings are searched in the text's ASCII bytes: 10-15 ms for 4 MiB where pyahocorasick took
    55-70 ms (it searches a node's children linearly, and the root has one per letter, digit and sign).
    The few strings with a non-ASCII letter ("olá", "fiancé") are searched only around the text's
    non-ASCII characters; a text dense with them is searched as a string, by an automaton of every string.
    """

    def __init__(self) -> None:
        keys, exact, tails, ascii_bytes, ascii_state, other, other_state, reach = _tables()
        self.ascii_strings = _Strings.from_state(ascii_state)
        self.ascii = ahocorasick_rs.BytesAhoCorasick(
            ascii_bytes, implementation=ahocorasick_rs.Implementation.ContiguousNFA
        )
        self.other_strings = _Strings.from_state(other_state)
        self.other = ahocorasick_rs.AhoCorasick(other)
        self.reach = reach
        self.keys, self.exact, self.tails = keys, exact, tails

    @functools.cached_property
    def whole(self) -> tuple[ahocorasick_rs.AhoCorasick, _Strings]:
        """Every string, searched in a str: for text with non-ASCII characters everywhere (built if needed)."""
        return ahocorasick_rs.AhoCorasick(self.keys), _Strings(self.keys, self.exact, self.tails, 0)

    def hits(self, haystack: str) -> list[tuple[int, _Entries]]:
        """(order, entries) of every occurrence of every string in ``haystack`` (see ``_END_SHIFT``)."""
        if haystack.isascii():
            return self.hits_after_newline(haystack[1:], haystack.encode("ascii"), haystack[:1])
        return self.hits_after_newline(haystack[1:], haystack.encode("ascii", NUL_ERRORS), haystack[:1])

    def hits_after_newline(self, low: str, raw: bytes, first: str = "\n") -> list[tuple[int, _Entries]]:
        """``hits(first + low)`` where ``raw`` is that haystack's ASCII bytes, one NUL per non-ASCII character.

        The caller already has those bytes (``shapes.lower_of``), so the haystack is neither copied nor
        encoded again; the str is sliced only around non-ASCII characters.
        """
        if raw.find(0) == -1:
            return self.ascii_strings.hits_in_bytes(self.ascii.find_matches_as_indexes(raw, overlapping=True), raw)
        if nuls_over(raw, len(raw) // 64 + 64):
            automaton, strings = self.whole
            haystack = first + low
            return strings.hits(automaton.find_matches_as_indexes(haystack, overlapping=True), haystack)
        out = self.ascii_strings.hits_in_bytes(self.ascii.find_matches_as_indexes(raw, overlapping=True), raw)
        if self.reach:
            for lo, hi in _around(raw, self.reach):
                piece = first + low[: hi - 1] if lo == 0 else low[lo - 1 : hi - 1]
                found = self.other.find_matches_as_indexes(piece, overlapping=True)
                out += self.other_strings.hits(found, piece, lo)
        return out


def _around(raw: bytes, reach: int) -> list[tuple[int, int]]:
    """Merged windows of ``reach`` bytes either side of every NUL byte of ``raw``."""
    windows: list[tuple[int, int]] = []
    i = raw.find(0)
    while i != -1:
        lo, hi = max(0, i - reach), min(len(raw), i + reach)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
        i = raw.find(0, i + 1)
    return windows


def _computed_tables() -> tuple[Any, ...]:
    """What the automata are built from: the strings and their entries (:func:`_automaton_strings`), every
    string in order, the ASCII ones as bytes with their :class:`_Strings` lists, the others with theirs, and how
    far from a non-ASCII character such a string may end (the character after a short word included)."""
    exact, tails = _automaton_strings()
    keys = list(dict.fromkeys([*exact, *tails]))
    ascii_strings = [k for k in keys if k.isascii()]
    other = [k for k in keys if not k.isascii()]
    reach = max((len(k) + (k in tails) for k in other), default=0)
    return (
        keys,
        exact,
        tails,
        [k.encode("ascii") for k in ascii_strings],
        _Strings(ascii_strings, exact, tails, 0).state(),
        other,
        _Strings(other, exact, tails, _NON_ASCII_ORDER).state(),
        reach,
    )


#: :func:`_computed_tables` as the build wrote them (``make install``, ``write_tables``): loaded in ~5 ms where
#: computing them takes 30-40 ms at every start. Not in git; absent or stale, they are computed.
TABLES_FILE = data_file("keywords.tables")


def _tables_fingerprint() -> int:
    """A checksum of everything :func:`_computed_tables` reads: this module, the medical vocabularies' module,
    the word lists' reader, their three files and the marshal format (any change makes the file stale)."""
    data = ("keywords.tsv", "diagnoses.txt", "diagnoses_icd10cm.txt", "medications.txt", "medications_drugdict.txt")
    sources = (__file__, medical.__file__, wordlists.__file__, *map(data_file, data))
    check = marshal.version
    for path in sources:
        with open(path, "rb") as handle:
            check = zlib.crc32(handle.read(), check)
    return check


def _tables() -> tuple[Any, ...]:
    """:func:`_computed_tables`, read from ``TABLES_FILE`` when the build wrote it from the same sources."""
    try:
        with open(TABLES_FILE, "rb") as handle:
            # (the package's own file, as trusted as its bytecode, which is marshal data too; load() would read
            # it a few bytes at a time)
            fingerprint, tables = marshal.loads(handle.read())  # noqa: S302
        if fingerprint == _tables_fingerprint():
            return tables  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return _computed_tables()


def write_tables(path: str = TABLES_FILE) -> None:
    """Write :func:`_computed_tables` for later starts to load (the build does, ``make install``); atomically,
    so a scan starting meanwhile reads the old file or the new one."""
    temporary = f"{path}.{os.getpid()}"
    with open(temporary, "wb") as handle:
        marshal.dump((_tables_fingerprint(), _computed_tables()), handle)
    os.replace(temporary, path)


@functools.cache
def _automata() -> _Automata:
    """Built once, on the first scan: its ~15,000 strings take 20-30 ms to gather and build, far too much for
    every call, and more than an import that may never scan (a cold start answering a validation error)
    should pay."""
    return _Automata()


def _boundary_ok(text: str, low: str, start: int, end: int, key: str, kind: str = "") -> bool:
    """Whether the keyword at [start, end) stands as a word: or as a part of a camelCase key ("passportNumber"),
    or, for a label that reads a value, as the last word of a snake_case key ("patient_mrn=").

    Japanese and Chinese write no spaces between words: a term in kana or kanji stands as a word wherever it is
    ("患者は糖尿病の既往"), and is registered whole however short (``_CJK``)."""
    if key[0] >= _CJK:
        return True
    joined_before = key[0].isalnum() and start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_")
    if joined_before and not (text[start - 1].islower() and text[start].isupper() and len(key) > 2):
        snake_end = low[start - 1] == "_" and (end >= len(low) or low[end] in _KEY_END)
        if not (snake_end and (kind in _VALUE_KINDS or kind.startswith("id:"))):
            return False
    if key[-1].isalnum() and end < len(low) and (low[end].isalnum() or low[end] == "_"):
        return text[end].isupper() and text[end - 1].islower() and len(key) > 2
    return True


def scan_keywords(text: str, low: str, out: Findings, low_bytes: bytes | None = None) -> None:
    """Act on every keyword the automaton found in ``low`` (``text`` lower-cased; ``low_bytes`` its ASCII bytes
    with one NUL per non-ASCII character, as ``shapes.lower_of`` gives them)."""
    # The automaton runs over "\n" + low so a short key at the very start still has a boundary before it;
    # an end in that haystack, exclusive, is the end in ``low`` of the string's last character, inclusive.
    automata = _automata()
    found = automata.hits("\n" + low) if low_bytes is None else automata.hits_after_newline(low, b"\n" + low_bytes)
    # A label that is also the start of a longer one ("tel", "tel:") is read once: when the shorter found its
    # value, the longer would find the same (a megabyte of "Tel: ..." lines read every value twice).
    last_start, last_kind, last_count = -1, "", -1  # the last entry acted on, and the findings before it
    items = out.items
    for order, entries in sorted(found, key=_first):
        end_idx = order >> _END_SHIFT
        for trailing, kind, key in entries:
            end = end_idx - 1 - trailing  # a short key may be registered with one boundary character after it
            start = end - len(key)
            count = len(items)
            if start == last_start and kind == last_kind and last_count < count:
                continue
            # A value after a key is read once, whichever key ending there found it ("name=" and " name=",
            # "last_name=" and "_name="), and a title's name once ("dr" and "dr."): ``out.last_read`` is what the
            # last key or title read, from its end or its start (names.reads_again).
            read = out.last_read
            if read is not None and read[0] in (end, start) and reads_again(text, start, end, kind, key, read):
                continue
            last_start, last_kind, last_count = start, kind, count
            if kind == "medhint":  # word stems ("diagnos", "prescri"): no boundary after them
                out.medical_hints.append(start)
            elif kind == "animal":  # a word an animal's record uses (scanners/animals.py reads them)
                out.animal.append((start, end))
            elif kind == "example":  # a word calling the values beside it examples (contact.drop_test_numbers)
                if _example_word(text, low, start, end):
                    out.examples.append((start, end))
            elif kind == "format":  # a marker of an interchange format (scanners/interchange.py, hl7.py)
                if key != ":59:" or not low[end : end + 1].isdigit():  # (a time of day: "10:59:02")
                    out.formats.add(key)
            elif kind == "addr":  # address labels and box words, inside keys too ("shipping_address")
                address_at(text, start, key, out)
            elif kind == "title" and (
                not text[start].isupper() or (key[-1] != "." and text[end : end + 1] not in _AFTER_TITLE)
            ):
                continue  # a capitalised title, then a space or a dot: "cache miss", "Patient:" are words
            elif kind == "cue" and text[end : end + 1] not in _AFTER_CUE:
                continue  # a free-text cue is followed by a space or a tab (names._name_after_free_cue)
            elif _boundary_ok(text, low, start, end, key, kind):
                _keyword_hit(text, start, end, kind, key, out)
    if "-\n" in low:
        _broken_labels(text, low, automata, out)
    if out.pending_plan_ids:
        admit_plan_ids(text, low, out)


def _example_word(text: str, low: str, start: int, end: int) -> bool:
    """Whether the "example" keyword at [start, end) is a word of the text, not part of a host, a mailbox or a
    longer word ("user@example.com", "example-cro.com", "examples2"), nor a firm's name ("Example Payments Ltd")."""
    before = low[start - 1 : start]
    if before and (before.isalnum() or (before in "@./_-" and start > 1 and low[start - 2].isalnum())):
        return False
    after = low[end : end + 2]
    if after[:1].isalnum() or after[:1] in "@_" or (after[:1] in ".-" and after[1:2].isalnum()):
        return False
    # A capitalised word before another: a name ("Example Bank", "Dummy Industries"), not a cue.
    return not (
        text[start].isupper()
        and not text[start + 1 : start + 2].isupper()
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
    )


# Labels a PDF conversion may break over a line with a hyphen ("Geburts-\ndatum:", "Data de nasci-\nmento:"):
# the kinds that read the value after their label.
_BROKEN_KINDS = frozenset({"dob", "mrn", "ssn", "passport", "dl", "docnum", "label", "field"})
_BROKEN_PER_TEXT = 1000
_BROKEN_AT = lazy(r"(?<=[^\W\d_])-\n[ \t]*(?=[^\W\d_])")


def _broken_labels(text: str, low: str, automata: _Automata, out: Findings) -> None:
    """Labels broken over a line end by a hyphen: the two halves joined are looked for by the automaton, and a
    label found across the break reads its value as it would whole (at most ``_BROKEN_PER_TEXT`` breaks)."""
    for n, m in enumerate(_BROKEN_AT.finditer(low)):
        if n == _BROKEN_PER_TEXT:
            break
        lo = max(low.rfind("\n", max(0, m.start() - 40), m.start()) + 1, m.start() - 40)
        head = low[lo : m.start()]
        tail_end = low.find("\n", m.end(), m.end() + 40)
        tail = low[m.end() : tail_end if tail_end != -1 else min(len(low), m.end() + 40)]
        joined = "\n" + head + tail
        cut = len(head)  # offsets in the joined piece below ``cut`` are in ``head``, the rest in ``tail``
        for order, entries in automata.hits(joined):
            piece_end = (order >> _END_SHIFT) - 1  # exclusive end in ``head + tail`` of the string found
            for trailing, kind, key in entries:
                if kind not in _BROKEN_KINDS and not kind.startswith("id:"):
                    continue
                e = piece_end - trailing
                b = e - len(key)
                if not (b < cut < e) or (b > 0 and head[b - 1].isalnum()):
                    continue  # not across the break, or inside a word
                end = m.end() + (e - cut)
                if end < len(low) and low[end].isalnum():
                    continue
                _keyword_hit(text, lo + b, end, kind, key, out)


# What name_after_cue needs right after a title ("Dr Okafor", "Dr. Okafor") and a free-text cue; the same
# tests made here skip the calls that would return at once ("Patient:" is a title key and a cue).
_AFTER_TITLE = (" ", "\t", ".")
_AFTER_CUE = (" ", "\t")


def _first(hit: tuple[int, _Entries]) -> int:
    return hit[0]


def _licence_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether a bare "DL"/"CDL" names a driver's licence: written in capitals, not a unit ("mg/dL", "5 dl")."""
    if not text[start:end].isupper():
        return False
    before = text[max(0, start - 3) : start]
    if before.endswith("/"):
        return False
    # a number just before is a quantity's ("5 DL"); two spaces or more after it end a field before the label
    # ("DOB 01/16/1947  DL CO 94-883-3266")
    stripped = before.rstrip(" ")
    return not stripped[-1:].isdigit() or len(before) - len(stripped) >= 2


# A bare "licence" after another word of a licence label, which reads its value itself; and the end of an HTML
# field's name ("<dt>Licence</dt><dd>", "<th>License</th><td>").
_BARE_LICENCE = frozenset({"licence", "license"})
_LICENCE_WORDS = ("driver", "drivers", "driver's", "driver’s", "driving", "operator", "operator's", "operator’s")
_JOINED = frozenset({'"', "'", "_", "-"})
_HTML_FIELD_END = lazy(r"[ \t]*</(?:dt|th|td|label|b|strong|span)>", re.I)
# Licences that are not a driver's: to practise a profession, run a business, sell, fish... (the word before
# a bare "license" label).
_OTHER_LICENCE = lazy(
    r"\b(?:medical|nursing|nurse|professional|business|pharmacy|pharmacist|dea|rn|lpn|aprn|np|physician|"
    r"practitioner|clinical|board|contractor|liquor|software|marriage|fishing|hunting|pilot|broker|real estate|"
    r"insurance|teaching|teacher|cosmetology|dental|counsel+or|psychology|psychologist|social work|therapist|"
    r"pesticide|radio|firearms?|gun|dog|vendor|trade|music|content|state board|practice|practising|practicing)"
    r"[ \t'’s]*$",
    re.I,
)
# A label joined to the birth-date label in one field ("DOB/Sex:", "DOB / Age:"), before its values.
_JOINED_LABEL = lazy(r"[ \t]*/[ \t]*[A-Za-z]{1,12}\b")
# What ends the clause a birth-date label opens, and the words that give a later date another meaning.
_CLAUSE_END = lazy(r"[.!?;](?:\s|$)|\n")
_OTHER_DATE = lazy(
    r"\b(?:visit|admi\w*|discharg\w*|issue\w*|expir\w*|appointment|due|dated|today|until|by|on or before|"
    r"service|seen|signed|effective|deadline|filed|died|death|deceased|"
    r"(?:verified|updated|changed|checked|received|submitted|requested|recorded|entered|logged)\s+(?:on|at))\b",
    re.I,
)
_DIGITS = lazy(r"\d+")
# Labels that name the birth date itself (not "born", "birthday": "born in Lyon", "her birthday party").
_STRONG_DOB = frozenset(
    {"dob", "d.o.b", "d.o.b.", "date of birth", "birth date", "birthdate", "geburtsdatum", "brthdtc"}
)  # fmt: skip
# Labels of a day, not of a date: a year alone after them is no birth date ("born 1950-1954", "birthday: 12").
_DAY_OF_BIRTH = frozenset({"born", "birthday", "bday", "b-day", "geburtstag", "geboren"})
# What stands between an old birth date and the one that corrects it.
_CORRECTED = lazy(r"[ \t]*[,;]?[ \t]*(?:new|to|->|→|=>)[ \t]*[:=]?[ \t]*")


def _dob_further(text: str, end: int, key: str) -> tuple[int, int] | None:
    """A birth date not right after its label: past a joined label ("DOB/Sex : 05/05/2001 / M"), or later in
    the clause a strong label opens ("the DOB exactly as in their chart (12/27/1969)"), unless a word
    before it says the date is another one (a visit, an expiry, a deadline).

    The clause ends at the next label of the same kind, so a run of labels is read once, not once per label.
    """
    joined = _JOINED_LABEL.match(text, end)
    if joined:
        span = date_span(text, joined.end())
        if span:
            return span
    if key not in _STRONG_DOB:
        return None
    window = text[end : end + 60].split("\n", 1)[0].lower()
    if "dob" in window or "birth" in window or "d.o.b" in window:
        return None  # another birth-date label of the line reads what follows (a run of labels is read once)
    if _DIGITS.search(window) is None:
        return None
    stop = _CLAUSE_END.search(text, end, end + 60)
    hi = stop.start() if stop else min(len(text), end + 60)
    other = _OTHER_DATE.search(text, end, hi)
    if other:
        hi = other.start()
    tries = 0
    for m in _DIGITS.finditer(text, end, hi):
        if text[m.start() - 1] in "/.-" or text[m.start() - 1].isalpha():
            continue  # inside a token, not where a date starts
        span = date_span(text, m.start(), exact=True)
        if span:
            return span
        tries += 1
        if tries == 3:
            break
    return None


# "the MRN for the CT req is E3644486", "MRN of this patient: ...": a few words between the label and "is" or ":".
_MRN_LEAD = lazy(r"(?:[ \t]+\(?[A-Za-z]{1,14}\)?){1,5}[ \t]*(?:[ \t]is|:)[ \t]+")
# A digit among the first twelve characters of a key's value: what a record number after "patient=" needs (the
# key is a name's too: a megabyte of "patient=Ab Cd " asks this and nothing more).
_DIGIT_SOON = lazy(r"[^\s\d]{0,11}\d")
# The registers other than a patient's whose number a bare "record no." may follow ("Criminal record no.").
_OTHER_RECORD = lazy(
    r"(?i:criminal|police|court|land|registry|personnel|employee|staff|training|service|vehicle|school|student|"
    r"academic|payroll|hr|conviction|dbs|property|birth|marriage|death)[ \t]+$"
)
# A DICOM tag is no record number: "# PatientID" above "(0010,0010) PN ...".
_DICOM_TAG = lazy(r",[0-9A-Fa-f]{4}\)")
# After a phone label, what may stand before its value besides the usual gap: a preposition of one of the
# languages the labels are in ("WhatsApp al ...", "call back on ...", "joignable au ..."), or a few words that
# finish the label before its colon ("Teléfono de contacto: ...", "Mobile (after 6pm): ...").
# A call's identifier after a phone label ("Call ID", "call_id=", "Call-Ref #", "call UUID").
_CALL_ID = lazy(r"[ \t_-]?(?i:id|ref|reference|uuid|sid|log|record)\b")
_PHONE_PREPOSITION = lazy(r"[ \t]+(?:at|on|al|au|am|an|op|em|no|sur|unter|under)[ \t]+")
_PHONE_LABEL_REST = lazy(
    r"[ \t]*(?:[^\W\d_]+\.?|\([^()\n]{1,20}\))(?:[ \t]+(?:[^\W\d_]+\.?|\([^()\n]{1,20}\))){0,3}[ \t]*[:=][ \t]*"
)


# Seven digits on the rest of a line: what a phone label's value past a preposition or the rest of the label needs.
# Neither lead crosses a line break nor does the value, whose every digit is a "\d" (``PHONE_VALUE``); the lead
# ends within 48 characters, the value within 22 more, and fewer than 7 digits is no phone (``labelled_phone_ok``).
# (possessive: a run without digits is read once, not given back a character at a time, ~1 us for 70 of them)
_PHONE_FURTHER_DIGITS = lazy(r"(?:[^\d\n]*+\d){7}")
_PHONE_FURTHER_REACH = 48 + 22
# A bare source or destination key ("src=", "dst="): a host's or a port's in most logs, a phone's in an SMS
# gateway's; read only when its value is a number written with digits and spaces alone.
_BARE_ADDRESS = frozenset({"src=", "dst="})
_DIGITS_ONLY = lazy(r"\+?\d(?:[ ]?\d){8,14}")


def _phone_further(text: str, end: int) -> re.Match[str] | None:
    """The value of a phone label past a preposition or the rest of the label ("Teléfono de contacto: ...");
    ``None`` also where that value could not be a phone number (a log's "call attempt=3": 7,700 of the bench
    mix's "call" words, each ~3 us of patterns; ~1 us tells)."""
    if _PHONE_FURTHER_DIGITS.match(text, end, end + _PHONE_FURTHER_REACH) is None:
        return None
    lead = _PHONE_PREPOSITION.match(text, end, end + 16)
    if lead is None:
        window = text[end : end + 48]
        if ":" not in window and "=" not in window:
            return None  # most "call" and "text" words of a log: no label goes on to a colon
        lead = _PHONE_LABEL_REST.match(text, end, end + 48)
    return PHONE_VALUE.match(text, lead.end()) if lead else None


# The rest of a line's stamp after its date: the time (seconds, fraction, zone), then a speaker's label.
_STAMP_REST = lazy(
    r"(?:[ T]|,[ \t]*)\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?\]?(?:[ \t]+-)?[ \t]+"
    r"(?:[^\s:][^:\n]{0,40}:[ \t]+)?"
)


# Birth-date labels of other languages a chat request names ("Envíe nombre completo y fecha de nacimiento.").
_REQUESTED_DOB = frozenset(
    {"fecha de nacimiento", "data de nascimento", "date de naissance", "data di nascita", "geburtsdatum",
     "geboortedatum"}
)  # fmt: skip
# "born in Lyon on 3 May 1990", "nato a Torino (TO) il 11/10/1966", "Nato/a a: Verona   il ...", "né à Lyon le
# ...", "nacida en Cusco el ...", "geboren in Graz am ...": the birth place, then a connector, then the date.
_BORN_AT = frozenset(
    {"born", "nato a", "nata a", "nato/a a", "né à", "née à", "né(e) à", "nacido en", "nacida en", "nacido/a en",
     "nascido em", "nascida em", "nasceu em", "geboren in"}
)  # fmt: skip
_PLACE_WORD = r"(?:[A-ZÀ-ÞĀ-ɏ][\w'’.-]*|d[aeiou]s?|del|la|sur|am|upon|\([A-Z]{2,3}\))"
_BORN_PLACE = lazy(
    rf"[ \t]*:?[ \t]*(?:(?:in|at)[ \t]+)?{_PLACE_WORD}(?:[ \t]*,?[ \t]+{_PLACE_WORD}){{0,4}}"
    r"[ \t]*,?[ \t]+(?:on|il|le|el|em|am|the)[ \t]+"
)


def _born_at(text: str, end: int, key: str) -> tuple[int, int] | None:
    """The birth date after the birth place a "born in"/"nato a" label names first."""
    if key not in _BORN_AT:
        return None
    m = _BORN_PLACE.match(text, end, end + 80)
    return date_span(text, m.end(), exact=True) if m else None


def _column_name(text: str, start: int, end: int) -> bool:
    """Whether the label at [start, end) is a column name of a header line: a delimiter right after it, and
    three more of them on its line."""
    delim = text[end : end + 1]
    if delim not in ("\t", ",", ";", "|"):
        return False
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1
    line_end = text.find("\n", end, end + 2000)
    line = text[line_start : line_end if line_end != -1 else end]
    # a header names its columns in a few words each: a line with a clause of prose between two commas is a
    # sentence ("... holds a valid Florida driver license, number G199-..., with one ...")
    return line.count(delim) >= 3 and (delim != "," or not any(c.count(" ") > 3 for c in line.split(delim)))


def _document_number(text: str, start: int, end: int, out: Findings) -> None:
    """The value after a "document number" label, read as the type its "document type" field names."""
    kind = typed_document(text, start, end)
    if kind is None:
        return
    if kind is T.PASSPORT:
        passport_after(text, end, out)
    elif kind is T.DRIVER_LICENSE:
        licence_after(text, end, out)
    elif kind is T.US_SSN:
        m = value_after(text, end, SSN_VALUE)
        if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
            out.add(T.US_SSN, m.start(), m.end(), 0.9)
    else:
        labelled_id(text, end, kind.value, out, start)


# An airline's passenger document record (IATA APIS, SSR DOCS): "DOCS/P/FRA/02AB12345/FRA/19JUL83/F/...",
# "HK1/P/USA/A47201485/USA/12MAR80/M/...": document type P, issuer, number, nationality, birth date, sex.
_APIS = lazy(r"([A-Z]{3})/([A-Z0-9]{5,20})/[A-Z]{3}/(\d{2}[A-Z]{3}\d{2})/[MFXU]I?(?![A-Za-z0-9])")


def _apis_document(text: str, end: int, out: Findings) -> None:
    """The passport number and birth date of a passenger document record after its "DOCS/P/" or "HK1/P/"."""
    m = _APIS.match(text, end)
    if m is None or count_digits(m.group(2)) < 2:
        return
    out.add(T.US_PASSPORT if m.group(1) == "USA" else T.PASSPORT, m.start(2), m.end(2), 0.85)
    out.add(T.DATE_OF_BIRTH, m.start(3), m.end(3), 0.85)


# A column's cells under its header in a table laid out by spaces or pipes inside a document (a form's household
# table, a fixed-width extract): the header's neighbours stand two spaces or a pipe away. (A tab-separated table
# is the CSV reader's: its cells do not line up.)
_COLUMN_ROWS = 500
_HEADER_REACH = 300
_RULE_LINE = lazy(r"[ \t|:+=_-]+")


def _dob_column(text: str, start: int, end: int, out: Findings) -> None:
    """The birth dates under a birth-date label that heads a column of a space- or pipe-laid table, down to the
    first row without one: in a pipe table the cell of the label's rank, else the date a row starts within three
    characters of the label's column."""
    nxt = text[end : end + 2]
    if nxt != "  " and nxt != " |" and nxt[:1] not in ("\n", "\r", "|"):
        return  # (most labels: a value or a word follows)
    line_start = text.rfind("\n", max(0, start - _HEADER_REACH), start) + 1
    line_end = text.find("\n", end, end + _HEADER_REACH)
    if line_end == -1 or (line_start == 0 and start > _HEADER_REACH):
        return  # no table's header line is that long (a megabyte of one line is searched a few hundred bytes a label)
    before, after = text[line_start:start], text[end:line_end]
    if not (before.strip() or after.strip()) or "\t" in before or "\t" in after:
        return  # a label alone on its line is a form's, its value below it (read as a label's)
    if before and not before.endswith("  ") and not before.rstrip(" ").endswith("|"):
        return
    if after and not after.startswith("  ") and not after.lstrip(" ").startswith("|"):
        return
    rank = before.count("|") if "|" in before or "|" in after else -1
    col = start - line_start
    pos = line_end + 1
    for _ in range(_COLUMN_ROWS):
        nl = text.find("\n", pos)
        row_end = len(text) if nl == -1 else nl
        if _RULE_LINE.fullmatch(text, pos, row_end):
            pos = row_end + 1
            continue
        span = None
        if rank >= 0:
            at = pos
            for _ in range(rank):
                at = text.find("|", at, row_end) + 1
                if at == 0:
                    return
            while at < row_end and text[at] == " ":
                at += 1
            span = date_span(text, at, exact=True) if at < row_end else None
        else:
            for at in range(pos + max(0, col - 3), min(row_end, pos + col + 4)):
                if text[at].isdigit() and (at == pos or text[at - 1] == " "):
                    span = date_span(text, at, exact=True)
                    break
        if span is None:
            return
        out.add(T.DATE_OF_BIRTH, span[0], span[1], 0.85)
        if nl == -1:
            return
        pos = nl + 1


def _record_number(text: str, end: int, out: Findings) -> None:
    """The record number after a record number's label ending at ``end``, right after it or a few words on."""
    m = value_after(text, end, MRN_VALUE)
    if m is None:
        lead = _MRN_LEAD.match(text, end, end + 48)
        m = MRN_VALUE.match(text, lead.end()) if lead else None
    if m and count_digits(m.group()) >= 4 and not _DICOM_TAG.match(text, m.end()):
        out.add(T.MEDICAL_RECORD_NUMBER, m.start(), m.end(), 0.85)


def _keyword_hit(text: str, start: int, end: int, kind: str, key: str, out: Findings) -> None:
    """Act on one keyword: read the value it labels, or the name it introduces, or keep a medical term."""
    if kind not in _VALUE_READERS and not kind.startswith("id:"):
        if key == "patient=" and _DIGIT_SOON.match(text, end):
            # an audit log's "patient=" key (a name key too) holding a record number ("action=VIEW patient=KSC-...")
            _record_number(text, end, out)
        name_after_cue(text, start, end, kind, key, out)  # most keywords are name cues: asked first
    elif kind == "med":
        score = 0.9 if MED_DOSE_AFTER.match(text, end) else 0.75
        out.medical.append(Finding(start, end, T.MEDICATION, score - ONE_WORD_SCORE * (key in ONE_WORD_EXTRACTED)))
    elif kind == "diag":
        # the syndrome is written in capitals; "aids" is a plural ("2 hearing aids", "walking aids"): a word of
        # care still (a member id near it is a health plan's), no condition (no tune set labels one)
        if key != "aids" or text[start:end] == "AIDS":
            out.medical.append(Finding(start, end, T.DIAGNOSIS, 0.8 - ONE_WORD_SCORE * (key in ONE_WORD_EXTRACTED)))
        else:
            out.medical_hints.append(start)
    elif kind == "dob":
        if key in _REQUESTED_DOB:
            out.request_labels.append(start)
        at = value_start(text, end)
        span = date_span(text, at, exact=True) or _dob_further(text, end, key) or _born_at(text, end, key)
        if span and text[span[0] - 1 : span[0]] in ("\n", "") and (stamp := _STAMP_REST.match(text, span[1])):
            # a date and a time opening the next line are a chat or log line's stamp, no birth date: the answer
            # follows its speaker ("...confirm your date of birth.\n2024-05-01 10:15:21 Ana: 20/03/1958")
            span = date_span(text, stamp.end(), exact=True)
        if span is None and key not in _DAY_OF_BIRTH:
            span = birth_year_span(text, at)  # only the year is known: "Date of birth: 1971 (approx.)"
        if span is None:
            _dob_column(text, start, end, out)
        if span:
            out.add(T.DATE_OF_BIRTH, span[0], span[1], 0.9)
            # a correction gives the birth date twice: "field=dob old=1970-01-02 new=1971-01-02", "the DOB
            # from 03/04/1980 to 04/03/1980"
            corrected = _CORRECTED.match(text, span[1])
            if corrected and (again := date_span(text, corrected.end(), exact=True)):
                out.add(T.DATE_OF_BIRTH, again[0], again[1], 0.9)
    elif kind == "mrn":
        if key[-1] == "=" and _DIGIT_SOON.match(text, end) is None:
            return  # a log's "paciente=" key holding a name or a word, not a number
        if key[0] == "/" and text[start + 1 : start + 2].isupper():
            return  # a FHIR server's REST path ("/Patient/5501"): the resource's logical id, no record number
        if key == "expediente" and "pacient" not in text[max(0, start - 120) : start].lower():
            return  # a bare "Expediente:" is a case file's (a court's, an employee's) unless a patient is named
        if key.startswith("record n") and _OTHER_RECORD.search(text, max(0, start - 24), start):
            return  # "Criminal record no.", "Personnel record no.": another register's number
        _record_number(text, end, out)
    elif kind == "passport":
        if not _column_name(text, start, end):
            passport_after(text, end, out)
    elif kind == "dl":
        if key in _BARE_LICENCE and (
            text[end : end + 1] == ":"
            or text[start - 1 : start] in _JOINED
            or text[max(0, start - 12) : start].rstrip().lower().endswith(_LICENCE_WORDS)
        ):
            return  # "licence" alone is read where no longer label reads it ("licence:", "driving licence")
        if key in ("dl", "cdl", "dl(", "cnh") and not _licence_abbreviation(text, start, end):
            return
        if _column_name(text, start, end):
            return  # a table's header ("dl_state\tdl_number"): its column is read by the table reader
        if key.startswith(("licen", "lic")) and _OTHER_LICENCE.search(text, max(0, start - 32), start):
            return  # "State medical license: FL #778285", "nursing licence no.": a licence to practise, not to drive
        # a state id card shares its state's licence numbering; "state_id" also names a row of a table of states
        direct = not key.startswith("state")
        if key in _BARE_LICENCE:
            # "licence" alone names a field of an HTML list or table ("<dt>Licence</dt><dd>..."), or is a word
            # that a number in a licence's distinctive format follows ("hirer ..., licence MORGA657054HM9IJ")
            direct = _HTML_FIELD_END.match(text, end) is not None
        read = (end, "licence", "", direct)
        if out.last_read == read:
            return  # the label's value is read already ("dl#" ends "Il dl#" too): read once, as a name cue's is
        out.last_read = read
        licence_after(text, end, out, direct=direct)
    elif kind.startswith("id:"):
        if not _column_name(text, start, end):
            labelled_id(text, end, kind[3:], out, start)
    elif kind == "docnum":
        _document_number(text, start, end, out)
    elif kind == "ssn":
        m = value_after(text, end, SSN_VALUE)
        if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
            out.add(T.US_SSN, m.start(), m.end(), 0.9)
    elif kind == "apis":
        _apis_document(text, end, out)
    elif kind == "cda":
        cda_patient_id(text, end, out)
    elif kind == "sql":
        scan_sql_insert(text, start, out)
    elif kind == "phone":
        if _CALL_ID.match(text, end):
            return  # "Call ID 2729269024", "call ref #...": the call's identifier, not a number to call
        m = value_after(text, end, PHONE_VALUE) or _phone_further(text, end)
        if m and key in _BARE_ADDRESS and not _DIGITS_ONLY.fullmatch(m.group()):
            return  # "src=10.0.0.7", "dst=fw-2": a bare source or destination is a phone's only as digits
        if m and v.labelled_phone_ok(m.group()):
            s = m.start()
            if s and text[s - 1] == "(" and m.group().count(")") > m.group().count("("):
                s -= 1  # the gap took the area code's parenthesis: "Cel.: (55) 1234-5678"
            out.add(T.PHONE, s, m.end(), 0.8)


# The kinds _keyword_hit reads a value or a term after (and "id:..."); every other kind is a name cue.
_VALUE_READERS = frozenset(
    {"med", "diag", "dob", "mrn", "passport", "dl", "docnum", "ssn", "apis", "cda", "sql", "phone"}
)
