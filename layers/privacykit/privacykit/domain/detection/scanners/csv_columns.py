"""CSV/TSV exports: a header that names its columns ("dob", "patient_name", "ssn") says what each cell holds.

The header is read once from the first line; ``detect_large`` and ``detect_stream`` carry it to later windows.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import compress, repeat
from operator import add, methodcaller, ne
from typing import TypeAlias

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import count_digits
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.contact import PHONE_REGIONS
from privacykit.domain.detection.scanners.dates import date_span
from privacykit.domain.detection.scanners.medical import trial_subject
from privacykit.domain.detection.scanners.names import SURNAMES, is_given, person_header
from privacykit.domain.detection.scanners.national_ids import doc_type_kind, id_ok, national_id_kind
from privacykit.domain.detection.scanners.numbers import SSN_VALUE, passport_type
from privacykit.domain.detection.shapes import same_length_lower
from privacykit.domain.detection.wordlists import fold, load_pairs, words

__all__ = ["CsvHeader", "column_cell", "header_kind", "read_csv_header", "scan_csv", "scan_pipe_tables", "untitled"]

# The delimiter, per column of interest (column index, type, whether the header name is vague), and every
# column's name (the structure a value's column gives it, structure.py).
CsvHeader: TypeAlias = tuple[str, list[tuple[int, T, bool]], list[str]]

_HEADER_KIND: dict[str, T] = {w: T(k) for k, w in load_pairs("csv_headers.tsv")}
# (a name may open with digits before its first letter: "13thMonth", "2ndPhone")
_HEADER_FIELD = lazy(r"\s*\"?\d{0,4}[A-Za-z_][\w .#/()?!%£$€-]{0,40}\"?\s*")
# (accuracy27) a redaction's marker in brackets too ("[REDACTED]", "<redacted>"): no one's value
_EMPTY_VALUES = words("n/a na null none - -- unknown nan redacted *** undefined [redacted] <redacted> (redacted)")
_HAS_DIGIT = lazy(r"\d")
_NOT_DIGIT = lazy(r"\D+")
# A firm's legal form ending a value (csv_columns' person cells; addresses.py reads the same forms before a street).
_FIRM_FORMS = [
    "GmbH", "AG", "KG", "SAS", "SARL", "S.A.", "S.r.l.", "Srl", "S.p.A.", "SpA", "Ltd", "Ltd.", "Limited", "LLC", "Inc",
    "Inc.", "Corp", "Corp.", "B.V.", "N.V.", "S.L.", "Lda", "Lda.", "plc", "PLC", "& Co", "& Co.",
    # (accuracy24) Poland's "Sp. z o.o.", spaced or not
    *(f"{s}p.{a}z{b}o.{c}o." for s in "Ss" for a in ("", " ") for b in ("", " ") for c in ("", " ")),
]  # fmt: skip
_FIRM_VALUE = lazy(
    rf"(?<![\w.])(?:{'|'.join(map(re.escape, _FIRM_FORMS))})[ \t\"]*$"
    # (accuracy24) words joined by "&" are a firm's name ("Name & Name's", "Name & Sons Removals"), or two people,
    # never one: no tune set labels a person's span holding an "&"
    r"|\w[ ]&[ ]\w"
)
_HAS_LETTER = lazy(r"[^\W\d_]")
# Washington's licence numbers ("WDLK6V7GVJ8B") may hold fewer than four digits.
_WDL_CELL = lazy(r"WDL[A-Z0-9]{9}")
_VAGUE_HEADERS = words(
    "name displayname contact holdername provider owner customer client kunde cliente klant agent seller nome nom "
    "first last"
)
# "First" and "Last" side by side are a person's name parts, no longer vague (a donor sheet, a roster).
_PAIRED_PARTS = frozenset({"first", "last"})


def read_csv_header(text: str) -> CsvHeader | None:
    """Delimiter and the (column index, type) pairs of a CSV/TSV header line, if the text starts with one."""
    nl = text.find("\n", 0, 4000)
    head = text[: nl if nl != -1 else min(len(text), 4000)].rstrip("\r")
    if not head or len(head) > 2000:
        return None
    delim = max(",\t;|", key=head.count)
    if head.count(delim) < 1:
        return None
    cols = head.split(delim)
    if not all(_HEADER_FIELD.fullmatch(c) for c in cols):
        return None
    wanted: list[tuple[int, T, bool]] = []
    for i, c in enumerate(cols):
        key = _column_key(c)
        kind = _key_kind(key)
        if kind is None and "(" in c:
            kind = _key_kind(_column_key(_ASIDE.sub("", c)))  # "Phone (WhatsApp)", "DOB (dd/mm/yyyy)"
        if (
            kind is None
            and (key in _ACCOUNT_HEADERS or _account_among(c))
            and any(_SORT_CODE.fullmatch(c.strip().strip('"')) for c in cols)
        ):
            # an account number beside a sort code column is a UK bank account's, in a column that holds it or a
            # card ("card_or_account", "Account / card": a card's cell is no account's, and left to the card scan)
            kind = T.UK_BANK_ACCOUNT
        if kind is None:
            kind = _leading_id_kind(c)
        if kind is None and key in _DOC_NUMBER_HEADERS:
            kind = _typed_column(text, head, delim, cols)
        if kind is not None:
            wanted.append((i, kind, key in _VAGUE_HEADERS))
    keys = [_column_key(c) for c in cols]
    if set(keys) >= _PAIRED_PARTS:
        wanted = [(i, k, vague and keys[i] not in _PAIRED_PARTS) for i, k, vague in wanted]
    if any(kind is T.DRIVER_LICENSE and keys[i] not in _BARE_LICENCE for i, kind, _ in wanted) or any(
        _PROFESSION_COLUMN.search(k) for k in keys
    ):
        # a bare "license_no" beside a driver's licence column, or in a table of clinicians or contractors
        # (an "npi", "specialty" or "license_type" column), is another licence (a nurse's, a contractor's)
        wanted = [w for w in wanted if not (w[1] is T.DRIVER_LICENSE and keys[w[0]] in _BARE_LICENCE)]
    if any(_OTHER_MEMBERSHIP.search(k) for k in keys):
        # a bare member number in a table of a pension, a loyalty scheme or a club is that membership's, not a
        # health plan's (accuracy17)
        wanted = [w for w in wanted if not (w[1] is T.HEALTH_PLAN_ID and keys[w[0]] in _BARE_MEMBER)]
    if (
        wanted
        and all(k is T.HEALTH_PLAN_ID and keys[i] in _BARE_MEMBER for i, k, _ in wanted)
        and not any(_PLAN_COLUMN.search(k) for k in keys)
    ):
        # a member number the table's only identifier, among columns of classes, gates or tickets and none of a
        # plan, a claim or a person: a gym's or a stadium's member (holdout33; accuracy30)
        wanted = []
    if any(_MEDDRA_LEVEL.match(k) for k in keys):
        # a MedDRA extract: "pt" is its preferred term, not a patient ("pt_code, pt_name, soc_name"; accuracy23)
        wanted = [w for w in wanted if not (w[1] is T.PERSON and keys[w[0]] in _MEDDRA_TERMS)]
    return delim, wanted, [c.strip().strip('"') for c in cols]


# A "document number" column and the "document type" column beside it (airline APIS manifests, KYC exports):
# the numbers are of the type every row's document type names.
_DOC_NUMBER_HEADERS = words(
    "docnumber documentnumber docno documentno docnum docnr idnumber idno traveldocumentnumber traveldocnumber "
    # as German, French, Spanish, Italian and Portuguese registers name them
    "ausweisnummer dokumentnummer dokumentennummer numerodocument numerodepiece numerodocumento "
    "numerodeldocumento numerodedocumento nrdocumento"
)
_DOC_TYPE_HEADERS = words(
    "doctype documenttype idtype documentkind dockind traveldocumenttype typeofdocument "
    "ausweisart ausweistyp dokumenttyp dokumententyp typedocument typedepiece tipodocumento tipodedocumento"
)
_TYPED_ROWS = 20
# A number column's name as a register derives its type column's from it ("tax_id" / "tax_id_type",
# "document_number" / "document", "num_id" / "tipo_id"): the words around the stem they share.
_NUMBER_SUFFIXES = ("number", "numero", "num", "no", "nr", "value")
_NUMBER_PREFIXES = ("numero", "num", "no", "nr")
_TYPE_AFFIXES = (("", "type"), ("", "kind"), ("type", ""), ("kind", ""), ("tipo", ""), ("typede", ""), ("", "typ"))
# Number columns of a national or tax id whose type is the country's: typed row by row by a country column.
_NATIONAL_NUMBER_HEADERS = words(
    "nationalid nationalidnumber nationalidno nationalnumber nationalidentitynumber nationalidentifier taxid "
    "taxidnumber taxidno taxnumber taxno tin personalid personalidnumber personalnumber citizenid idnumber idno "
    "identitynumber identityno governmentid govid nid"
)
_DOCUMENT_STEMS = ("document", "doc", "id", "identity", "identification", "card")
_COUNTRY_HEADERS = words(
    "country countrycode nationality citizenship issuingcountry countryofissue issuercountry nation pais paese "
    "land pays nacionalidad nacionalidade nationalite nazionalita staatsangehorigkeit"
)


def _number_and_type_columns(keys: list[str]) -> tuple[int | None, int | None, int | None]:
    """The document-number column of a register, the column naming each row's document type (by the
    vocabulary, or by a name derived from the number column's) and, for a national or tax id column, the column
    naming each row's country."""
    at = next((i for i, k in enumerate(keys) if k in _DOC_TYPE_HEADERS), None)
    country = next((i for i, k in enumerate(keys) if k in _COUNTRY_HEADERS), None)
    where: dict[str, int] = {}
    for j, k in enumerate(keys):
        where.setdefault(k, j)
    for i, key in enumerate(keys):
        listed = key in _DOC_NUMBER_HEADERS or key in _NATIONAL_NUMBER_HEADERS
        stems = {key}
        stems.update(key[: -len(x)] for x in _NUMBER_SUFFIXES if key.endswith(x) and len(key) > len(x) + 1)
        stems.update(key[len(x) :] for x in _NUMBER_PREFIXES if key.startswith(x) and len(key) > len(x) + 1)
        if listed or any(st == "id" or st.endswith(_DOCUMENT_STEMS) for st in stems):
            # (looked up by name, once per candidate: a header of hundreds of columns is no square's work)
            names = stems | {a + st + b for st in stems for a, b in _TYPE_AFFIXES}
            found = [where[n] for n in names if n != key and n in where]
            if found:
                return i, min(found), country if key in _NATIONAL_NUMBER_HEADERS else None
        if listed:
            return i, at, country if key in _NATIONAL_NUMBER_HEADERS else None
    return None, None, None


def _typed_column(text: str, head: str, delim: str, cols: list[str]) -> T | None:
    """The type of a document-number column that the first rows' document-type cells all name alike (a
    passport column is typed per row by its country afterwards, as every passport column is)."""
    at = next((i for i, c in enumerate(cols) if _column_key(c) in _DOC_TYPE_HEADERS), None)
    if at is None:
        return None
    named: set[T | None] = set()
    pos = text.find(head) + len(head) + 1
    for _ in range(_TYPED_ROWS):
        nl = text.find("\n", pos)
        row = text[pos : nl if nl != -1 else len(text)].rstrip("\r")
        cells = row.split(delim)
        if len(cells) == len(cols):
            named.add(doc_type_kind(cells[at].strip().strip('"')))
        if nl == -1:
            break
        pos = nl + 1
    if len(named) != 1:
        return None
    kind = named.pop()
    return T.US_PASSPORT if kind is T.PASSPORT else kind if kind in _ID_COLUMNS else None


def _typed_rows(
    text: str, delim: str, wanted: list[tuple[int, T, bool]], names: list[str], skip_first: bool, out: Findings
) -> list[tuple[int, int]]:
    """The cells of a document-number column typed row by row, by the document type their row names (a KYC or
    AML register holding a DNI in one row, an NRIC or a driving licence in the next): the spans found."""
    keys = [_column_key(c) for c in names]
    num, at, country = _number_and_type_columns(keys)
    if num is None or (at is None and country is None) or any(i == num for i, _, _ in wanted):
        return []  # no such pair of columns, or every row names one type (the column is typed as a whole)
    found: list[tuple[int, int]] = []
    pos = text.find("\n") + 1 if skip_first else 0
    while 0 < pos < len(text) or (pos == 0 and text):
        nl = text.find("\n", pos)
        row_end = len(text) if nl == -1 else nl
        cells = text[pos:row_end].rstrip("\r").split(delim)
        if len(cells) == len(names):
            kind = doc_type_kind(cells[at].strip().strip('"')) if at is not None else None
            if kind is None and country is not None:
                kind = national_id_kind(cells[country].strip().strip('"'))
            # (a passport's row is left to the passport readers, which ask its country: accuracy19)
            if kind in _ID_COLUMNS or kind is T.DRIVER_LICENSE or kind is T.US_SSN:
                s = pos + sum(len(c) + len(delim) for c in cells[:num])
                e = s + len(cells[num])
                while s < e and text[s] in _PAD:
                    s += 1
                while e > s and text[e - 1] in _PAD:
                    e -= 1
                if s < e and column_cell(text, s, e, text[s:e], kind, out):
                    found.append((s, e))
        if nl == -1:
            break
        pos = nl + 1
    return found


_BARE_MEMBER = words("memberid memberno membernumber member")
# Columns of memberships that are not a health plan's: a pension or annuity, a loyalty or points scheme, a club
# or union's dues.
_OTHER_MEMBERSHIP = lazy(
    r"retire|pension|annuit|superannuation|loyalty|points|rewards|club|union|dues|voting|shares|dividend"
)
# Columns of a health plan's table (in ``_column_key`` form): a plan, a payer, a claim, a coverage, a dependant...
_PLAN_COLUMN = lazy(
    r"plan|payer|payor|claim|cover|copay|deduct|benefit|insur|polic|subscriber|group|relation|depend|patient|"
    r"medic|health|dental|vision|pharm|rx|cpt|icd|dx|diag|mbi|eligib|carrier|npi"
)
_HEADER_WORDS = lazy(r"[A-Za-z0-9]+")
# The levels of MedDRA's hierarchy (lowest level term, preferred term, high level (group) term, system organ
# class) as a dictionary extract or a coded dataset names its columns: beside one, a "pt" column is a term.
_MEDDRA_LEVEL = lazy(r"(?:llt|hlgt|hlt|soc|primarysoc)(?:code|name|term|cd|nm)?$|ptcode$|ptcd$|meddra")
_MEDDRA_TERMS = words("pt ptname ptterm ptnm")


def _leading_id_kind(cell: str) -> T | None:
    """The checked identifier a column's name opens with, in two words or more, before words that say what the
    column is for ("nhs_no_for_occ_health", "NI number (payroll)"): its cells count only when their check digits
    hold (``_ID_COLUMNS``)."""
    parts = _HEADER_WORDS.findall(cell.lower() if cell.isascii() else fold(cell))
    for j in range(min(len(parts) - 1, 4), 1, -1):
        kind = _HEADER_KIND.get("".join(parts[:j]))
        if kind in _ID_COLUMNS:
            return kind
    return None


_BARE_LICENCE = words("licenseno licensenumber licenceno licencenumber license licence")
# Columns that make a table's bare licence column a professional one.
_PROFESSION_COLUMN = lazy(
    r"^(?:npi|dea|rn|lpn)(?:number|no|id)?$|specialt|credential|profession|discipline|licen[cs]etype|"
    r"board|practi|nursing|contractor"
)


def untitled(text: str) -> str | None:
    """``text`` with a title line above its header blanked (offsets kept), when it has one and no header first.

    A report's export often opens with its title (``"Year 4 roster",,,,`` or a line without delimiters) and
    names its columns on the second line; the title, blanked to spaces, then pads the header's first field.
    """
    nl = text.find("\n", 0, 300)
    if nl == -1:
        return None
    title = text[:nl].rstrip("\r")
    second = text[nl + 1 : text.find("\n", nl + 1, nl + 2001)]
    delim = max(",\t;|", key=second.count)
    if second.count(delim) < 1 or not title.strip() or title.rstrip(delim).count(delim) > 0:
        return None
    blanked = " " * (nl + 1) + text[nl + 1 :]
    header = read_csv_header(blanked)
    return blanked if header is not None and header[1] else None


# What joins the alternatives a column's name offers ("card_or_account", "Account / card", "IBAN or account").
_ALTERNATIVES = lazy(r"(?i:[ _-]or[ _-]|[ \t]*/[ \t]*)")


def _account_among(cell: str) -> bool:
    """Whether one of the alternatives a column's name offers is a bank account's."""
    parts = _ALTERNATIVES.split(cell)
    return len(parts) > 1 and any(_column_key(p) in _ACCOUNT_HEADERS for p in parts)


_ACCOUNT_HEADERS = words("accountnumber accountno accountnum acctno acctnumber bankaccount bankaccountnumber account")
_SORT_CODE = lazy(r"(?i:(?:bank[ _]?)?sort[ _-]?code)")


def scan_csv(
    text: str, header: CsvHeader, out: Findings, skip_first: bool, title: str = ""
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The cells of the columns ``header`` names; ``skip_first`` when the header line is part of ``text``;
    ``title``: the line above the header that ``untitled`` blanked, if any.

    Returns the spans of the cells it found something in, which need no other scanner, and those of the
    e-mail addresses it found as whole cells of an e-mail column, which need no e-mail scan (the other
    scanners still read them: a word in an address may be a cue for them).
    """
    delim, wanted, names = header
    claimed: list[tuple[int, int]] = _typed_rows(text, delim, wanted, names, skip_first, out)
    mails = _mail_columns(text, names)
    if not wanted and not mails:
        return claimed, []
    # A drug or condition catalogue is not about anyone: medical columns count only next to identifiers.
    identifying = any(
        k in (T.PERSON, T.MEDICAL_RECORD_NUMBER, T.DATE_OF_BIRTH, T.US_SSN) and not vague for _, k, vague in wanted
    ) or _subject_table(title + text[len(title) :], names, wanted)
    columns = [w for w in wanted if w[1] not in (T.DIAGNOSIS, T.MEDICATION) or identifying]
    if len(columns) + len(mails) <= _BULK_COLUMNS and (columns or mails):
        return _scan_columns(text, delim, columns + mails, skip_first, identifying, out)
    if not columns:
        return claimed, []
    cols = [col for col, _, _ in columns]
    cells = _column_cells(text, delim, cols, skip_first)
    for (_, kind, vague), found in zip(columns, cells, strict=True):
        # A bare "name" column may hold products or hosts: it holds people when most values carry a known
        # given name or surname; then every value in it counts, names of unlisted origin included.
        # ... unless the table's other columns identify someone (an MRN, birth date or SSN beside it).
        if vague and found and not identifying and not _people_column(found):
            continue
        if kind is T.PHONE and not _holds_phones(found):
            continue
        if kind is T.DATE_OF_BIRTH:  # a date is read from the text at the cell, not from its value alone
            for s, e, value in found:
                if column_cell(text, s, e, value, kind, out):
                    claimed.append((s, e))
            continue
        # Any other verdict depends on the value alone: a value that gave nothing once is not judged again (a
        # wide table of flags or codes repeats a few values in every row).
        nothing: set[str] = set()
        for s, e, value in found:
            if value in nothing:
                continue
            added = len(out.items)
            if column_cell(text, s, e, value, kind, out):
                claimed.append((s, e))
            elif len(out.items) == added:  # a value found but left to the other scanners is judged again
                nothing.add(value)
    return claimed, []


# A clinical trial's table keyed by its subject (CDISC SDTM's USUBJID/SUBJID, a subject or participant id
# column): a pseudonymised subject is a person to whoever holds the key (medical.trial_subject), unless the file
# says it was de-identified.
_SUBJECT_COLUMNS = words("usubjid subjid subjectid subjectno subjectnumber participantid participantno")


def _subject_table(text: str, names: list[str], wanted: list[tuple[int, T, bool]]) -> bool:
    """Whether a table with medical columns (``wanted``) is keyed by a trial subject (``_SUBJECT_COLUMNS``)."""
    return (
        any(k in (T.DIAGNOSIS, T.MEDICATION) for _, k, _ in wanted)
        and any(_column_key(n) in _SUBJECT_COLUMNS for n in names)
        and trial_subject(same_length_lower(text[:4000]))
    )


def _people_column(found: list[tuple[int, int, str]]) -> bool:
    """Whether a vague column ("name", "contact") holds people: most of its first values carry a listed name."""
    sample = found[:200]
    known = sum(1 for _, _, val in sample if any(is_given(fold(t)) or fold(t) in SURNAMES for t in val.split()))
    return known * 2 >= len(sample)


# ------------------------------------------------------------------------------- columns in bulk
# A table is read by one regex pass that captures every wanted column of every row; then each column is judged
# as a whole (is a vague column people, a phone column phones) and its cells are checked by one ``fullmatch`` of
# a pattern per type that accepts only values the per-cell rules (``column_cell``) accept, with the same span.
# A cell that pattern does not accept (a placeholder, a masked value, a date written another way, a phone) goes
# through the per-cell rules: findings are the same either way (tests/unit/detection/test_csv_columns.py).
_PAD_RE = r'[ "\t\r]*'
_NOT_MASKED = r"(?!.*\*)(?!.*(?i:xxx))"
_NOT_PLACEHOLDER = rf"(?!(?i:n/a|na|null|none|unknown|nan|redacted|undefined|[\[<(]redacted[\]>)]){_PAD_RE}$)"
_VALUE = r'[^ "\t\r](?:.*[^ "\t\r])?'  # the cell without its padding: what the per-cell rules call the value
_YEAR = r"(?:18[89][0-9]|19[0-9][0-9]|20[0-9][0-9])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|1[0-9]|2[0-8])"  # every month has these days: no calendar check needed
# A US-written number ("(212) 555-0142", "+1 212.555.0142"): valid when libphonenumber's US rules say so, as
# the per-cell rules try the US first; any other number goes through them.
_NANP_CELL = r"(?:\+?1[ .-]?)?\(?[0-9]{3}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}"
# An address the e-mail scan would find whole: no leading sign, no "git@", a domain of letters, not a file name.
_FILE_TLD = r"(?i:png|jpg|jpeg|gif|svg|webp|bmp|ico|pdf|txt|js|css|map|json|xml|html)"
_MAIL_CELL = (
    r"(?!(?i:git)@)[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,62}[A-Za-z0-9_%+'-])?@"
    rf"[A-Za-z0-9](?:[A-Za-z0-9-]{{0,62}}\.)+(?!{_FILE_TLD}{_PAD_RE}$)[A-Za-z]{{2,24}}"
)
_CellRule: TypeAlias = tuple[str, float, Callable[[str], bool] | None]
_FAST_SOURCES: dict[T, _CellRule] = {
    T.PERSON: (
        rf"{_PAD_RE}{_NOT_MASKED}{_NOT_PLACEHOLDER}(?=.*[^\W\d_])" rf'([^ "\t\r\d@][^\d@]*[^ "\t\r\d@]){_PAD_RE}',
        0.85,
        lambda value: _FIRM_VALUE.search(value) is None,
    ),
    T.DATE_OF_BIRTH: (
        rf"{_PAD_RE}({_YEAR}[-/.]{_MONTH}[-/.]{_DAY}|{_MONTH}[-/.]{_DAY}[-/.]{_YEAR}){_PAD_RE}",
        0.9,
        None,
    ),
    T.PHONE: (rf"{_PAD_RE}({_NANP_CELL}){_PAD_RE}", 0.85, v.phone_ok),
    # "[^0-9\n]*[0-9]" holds where ".*[0-9]" does (a digit before the line's end), stopping at the first digit.
    T.ADDRESS: (rf"{_PAD_RE}{_NOT_MASKED}(?=[^0-9\n]*[0-9])(?=[^A-Za-z\n]*[A-Za-z])({_VALUE}){_PAD_RE}", 0.8, None),
    T.MEDICAL_RECORD_NUMBER: (
        rf'{_PAD_RE}{_NOT_MASKED}(?=(?:[^0-9]*[0-9]){{4}})([^ "\t\r].{{2,18}}[^ "\t\r]){_PAD_RE}',
        0.85,
        None,
    ),
    T.DIAGNOSIS: (rf"{_PAD_RE}{_NOT_MASKED}{_NOT_PLACEHOLDER}(?=[^A-Za-z\n]*[A-Za-z])({_VALUE}){_PAD_RE}", 0.8, None),
    T.EMAIL: (rf"{_PAD_RE}({_MAIL_CELL}){_PAD_RE}", 0.95, None),
}
_FAST_SOURCES[T.DRIVER_LICENSE] = _FAST_SOURCES[T.MEDICAL_RECORD_NUMBER]
_FAST_SOURCES[T.MEDICATION] = _FAST_SOURCES[T.DIAGNOSIS]
_FastCell: TypeAlias = tuple[re.Pattern[str], float, Callable[[str], bool] | None]
#: Per type: the pattern a raw cell fullmatches when the per-cell rules would accept it (group 1: the value),
#: the score, and a check of the value still needed (a phone number's validity).
_FAST_CELL: dict[T, _FastCell] = {
    kind: (lazy(src), score, check) for kind, (src, score, check) in _FAST_SOURCES.items()
}
#: The same without the masked-value look-aheads, for a text holding no "*" and no "xxx" in any case, where
#: they cannot fail (each was one more pass over every cell).
_FAST_CELL_PLAIN: dict[T, _FastCell] = {
    kind: (lazy(src.replace(_NOT_MASKED, "")), score, check) for kind, (src, score, check) in _FAST_SOURCES.items()
}


def _may_hold_masks(text: str) -> bool:
    """Whether ``text`` may hold a "*" or an "xxx" in any case: two searches in C where one regex for both took
    40 ms a 4 MB table (entering its matcher at every "x"); a wide text, which ``str.lower`` maps character by
    character, is taken to hold them."""
    if not text.isascii() or "*" in text:
        return True
    # (no two x's side by side in any case: no three; else the lower case is searched)
    return any(pair in text for pair in ("xx", "XX", "xX", "Xx")) and "xxx" in text.lower()


#: Headers of at most this many wanted columns are read in bulk (``_scan_columns``); wider ones cell by cell.
_BULK_COLUMNS = 64


def _scan_columns(
    text: str, delim: str, columns: list[tuple[int, T, bool]], skip_first: bool, identifying: bool, out: Findings
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """:func:`scan_csv` for a header of at most ``_BULK_COLUMNS`` wanted columns, column by column.

    A column's cells are checked in the row match itself (``_typed_row_pattern``) where its type has an in-row
    form: a cell its form accepts gives its value's span from the row, with no ``fullmatch`` of its own; any
    other cell is read from its field as before (the fast pattern, then the per-cell rules).
    """
    cols = [col for col, _, _ in columns]
    order = sorted(range(len(cols)), key=cols.__getitem__)
    at = [cols[i] for i in order]
    gaps = tuple([at[0]] + [b - a - 1 for a, b in itertools.pairwise(at)])
    generic = _row_pattern(delim, gaps, anchored=True)
    fast_cells = _FAST_CELL if _may_hold_masks(text) else _FAST_CELL_PLAIN
    # What is judged of a whole column (is a vague column people, a phone column phones) is judged on its first
    # cells, read as before; a column judged empty of them is read as a plain field.
    keep = [
        _column_kept(text, generic, group, skip_first, columns[i][1], columns[i][2] and not identifying)
        for group, i in enumerate(order, start=1)
    ]
    forms: list[tuple[T, bool] | None] = []
    for group, (i, kept) in enumerate(zip(order, keep, strict=True), start=1):
        kind = columns[i][1]
        fast = fast_cells.get(kind)
        quoted = _row_form(text, generic, group, skip_first, fast) if kept and fast and kind in _IN_ROW else None
        forms.append(None if quoted is None else (kind, quoted))
    pattern, groups = _typed_row_pattern(delim, gaps, tuple(forms), fast_cells is _FAST_CELL)
    rows = list(pattern.finditer(text))
    claimed: list[tuple[int, int]] = []
    mailed: list[tuple[int, int]] = []
    for (typed_group, group), i, kept in zip(groups, order, keep, strict=True):
        _, kind, _ = columns[i]
        if not kept:
            continue
        # The header is the first row that reaches the column (a row too short or malformed leaves it unset).
        first = next((k for k, row in enumerate(rows) if _reaches(row, typed_group, group)), len(rows))
        column_rows = rows[first + 1 if skip_first else first :]
        typed: list[tuple[int, int]] = []
        if typed_group:
            typed = list(map(methodcaller("span", typed_group), column_rows))
            if _UNSET in typed:
                untyped = list(map(_UNSET.__eq__, typed))
                spans = list(compress(map(methodcaller("span", group), column_rows), untyped))
                typed = list(compress(typed, map(operator.not_, untyped)))
            else:
                spans = []
        else:
            spans = list(map(methodcaller("span", group), column_rows))
        if _UNSET in spans:
            spans = [sp for sp in spans if sp[0] >= 0]
        found, rest = _typed_cells(text, typed, kind, fast_cells.get(kind))
        if spans:
            more, more_rest = _field_cells(text, spans, fast_cells.get(kind))
            # (the cells are disjoint: their starts put them in row order)
            found = sorted(found + more) if found and more else found or more
            rest = sorted(rest + more_rest) if rest and more_rest else rest or more_rest
        if not found and not rest:
            continue
        out.items += _findings(found, kind, fast_cells[kind][1] if kind in fast_cells else 0.0)
        if kind is T.EMAIL:
            # Only whole-cell addresses the e-mail scan would find the same; it reads every other cell.
            mailed += found
            continue
        claimed += found
        for cs, ce, value in rest:
            if column_cell(text, cs, ce, value, kind, out):
                claimed.append((cs, ce))
    return claimed, mailed


def _column_kept(text: str, generic: re.Pattern[str], group: int, skip_first: bool, kind: T, vague: bool) -> bool:
    """Whether a column is read: a vague one ("name", "contact") when it holds people, a phone column when it holds
    phone numbers, each judged on its first cells."""
    if vague and not _people_column(list(itertools.islice(_first_cells(text, generic, group, skip_first), 200))):
        return False
    return kind is not T.PHONE or _holds_phones(_first_cells(text, generic, group, skip_first))


def _reaches(row: re.Match[str], typed_group: int | None, group: int) -> bool:
    """Whether ``row`` reaches a column (its checked cell or its plain field is set)."""
    return row.start(group) >= 0 or (typed_group is not None and row.start(typed_group) >= 0)


def _first_cells(text: str, generic: re.Pattern[str], group: int, skip_first: bool) -> Iterator[tuple[int, int, str]]:
    """The cells of a column in row order as ``_cells`` gives them (its header skipped), read lazily by the
    row pattern: a column is judged on its first few."""
    spans = (span for span in map(methodcaller("span", group), generic.finditer(text)) if span[0] >= 0)
    if skip_first:
        next(spans, None)
    return _cells(text, spans)


def _row_form(text: str, generic: re.Pattern[str], group: int, skip_first: bool, fast: _FastCell) -> bool | None:
    """Whether a column's cells are checked in the row quoted (its first cell is) or unquoted; ``None`` when most
    of its first cells are not what its fast pattern accepts (each would be matched twice) or it has none."""
    spans = (span for span in map(methodcaller("span", group), generic.finditer(text)) if span[0] >= 0)
    if skip_first:
        next(spans, None)
    # (among its first rows only: a sparse column is not read to its end for them)
    sample = list(itertools.islice(((s, e) for s, e in itertools.islice(spans, _FORM_ROWS) if s < e), _FORM_SAMPLE))
    accepted = sum(1 for s, e in sample if fast[0].fullmatch(text, s, e))
    return text[sample[0][0]] == '"' if sample and accepted >= _FORM_SHARE * len(sample) else None


#: How many of a column's first cells decide whether its cells are checked in the row, and the share of them its
#: fast pattern must accept.
_FORM_SAMPLE, _FORM_SHARE = 20, 0.5
#: The rows those cells are looked for in.
_FORM_ROWS = 200


def _typed_cells(
    text: str, spans: list[tuple[int, int]], kind: T, fast: _FastCell | None
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """The value spans the row pattern accepted, less those its check refuses (left to the per-cell rules)."""
    if not spans or fast is None or fast[2] is None or kind is T.PERSON:  # (a person's firm test is in the row)
        return spans, []
    check = fast[2]
    starts, ends = zip(*spans, strict=True)
    values = list(map(text.__getitem__, map(slice, starts, ends)))
    verdict = {value: check(value) for value in set(values)}
    ok = list(map(verdict.__getitem__, values))
    if all(ok):
        return spans, []
    refused = [(s, e, value) for (s, e), value, good in zip(spans, values, ok, strict=True) if not good]
    return list(compress(spans, ok)), refused


def _field_cells(
    text: str, spans: list[tuple[int, int]], fast: _FastCell | None
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """The non-empty fields ``spans`` (in row order) of a column: the value spans its fast pattern accepts, and
    the cells left to the per-cell rules."""
    # An empty cell holds nothing; the others are matched in bulk (map over C methods, no Python per cell).
    starts, ends = zip(*spans, strict=True)
    filled = list(map(ne, starts, ends))
    if not all(filled):
        spans = list(compress(spans, filled))
        if not spans:
            return [], []
        starts, ends = zip(*spans, strict=True)
    if fast is None:
        return [], list(_cells(text, spans))
    if _few_values(text, spans):
        # A column of few distinct values (names, numbers of a few offices): each is matched once.
        values = list(map(text.__getitem__, map(slice, starts, ends)))
        leads, tails = _verdicts(fast, values)
        ok = list(map(leads.__contains__, values))
        kept, kept_values = list(compress(starts, ok)), list(compress(values, ok))
        found = list(
            zip(
                map(add, kept, map(leads.__getitem__, kept_values)),
                map(add, kept, map(tails.__getitem__, kept_values)),
                strict=True,
            )
        )
        if len(found) == len(spans):
            return found, []
        return found, list(_cells(text, compress(spans, map(operator.not_, ok))))
    pattern, _, check = fast
    matches = list(map(pattern.fullmatch, repeat(text), starts, ends))
    accepted = list(filter(None, matches))  # (a match is true)
    if check is not None:
        # Values repeat (a phone column of a few hundred numbers): each distinct one is checked once.
        checked = list(map(methodcaller("group", 1), accepted))
        verdict = {value: check(value) for value in set(checked)}
        accepted = list(compress(accepted, map(verdict.__getitem__, checked)))
    found = list(map(methodcaller("span", 1), accepted))
    if len(accepted) == len(spans):
        return found, []
    if accepted:
        done = set(map(methodcaller("start", 1), accepted))
        rest = [sp for sp, m in zip(spans, matches, strict=True) if m is None or m.start(1) not in done]
    else:
        rest = spans
    return found, list(_cells(text, rest))


# ------------------------------------------------------------------------------- cells checked in the row
# A cell of a typed column is checked by the row pattern itself: the column's fast pattern (``_FAST_SOURCES``)
# written for a field in its row, so that it accepts a field exactly when the fast pattern fullmatches the field
# alone, with the same value span. Written for one form of field, the one of the column's first cell: unquoted
# (no quote; what follows is a delimiter, a line break, a quote or the end, where the field's run ends) or quoted
# (a quote, no quote inside, a quote not doubled: the field's quoted form with no escaped quote). Every class
# that may run to the field's end leaves out what ends the field (``X``: the delimiter, a line break and a quote
# unquoted; a quote and a line break quoted), where the fast pattern's ``.`` and ``$`` stop at the field's end;
# padding is ``[ \t\r]*``, as no quote is inside. The field's extent is the one the plain field pattern takes
# first, so a row reads the same fields; a cell the form refuses is read as a plain field (``_field_cells``).
_IN_ROW_PAD = r"[ \t\r]*"
_PLACEHOLDER_WORDS = r"(?i:n/a|na|null|none|unknown|nan|redacted|undefined|[\[<(]redacted[\]>)])"
# A person's value does not end in a firm's legal form (``_FIRM_VALUE``): one look-behind per length of form.
_NOT_FIRM = "".join(
    rf"(?<!(?<![\w.])(?:{'|'.join(re.escape(f) for f in _FIRM_FORMS if len(f) == n)}))"
    for n in sorted({len(f) for f in _FIRM_FORMS})
)
_IN_ROW: dict[T, str] = {
    # {X}: what ends the field (in a class); {END}: the field's end; {MASKS}: the masked-value look-aheads or nothing
    T.PERSON: (
        rf"{{MASKS}}(?!(?=[nNuUrR\[<(]){_PLACEHOLDER_WORDS}{{P}}{{END}})(?=[^{{X}}]*[^\W\d_])"
        # no "&" in it: where _FIRM_VALUE refuses one ("Name & Name"), the plain field's reading decides
        r'([^ "\t\r\d@&{X}][^\d@&{X}]*[^ "\t\r\d@&{X}]{FIRM})'
    ),
    T.DATE_OF_BIRTH: rf"({_YEAR}[-/.]{_MONTH}[-/.]{_DAY}|{_MONTH}[-/.]{_DAY}[-/.]{_YEAR})",
    T.PHONE: rf"({_NANP_CELL})",
    T.ADDRESS: r'{MASKS}(?=[^0-9{X}]*[0-9])(?=[^A-Za-z{X}]*[A-Za-z])([^ "\t\r{X}](?:[^{X}]*[^ "\t\r{X}])?)',
    T.EMAIL: (
        r"((?!(?i:git)@)[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,62}[A-Za-z0-9_%+'-])?@"
        rf"[A-Za-z0-9](?:[A-Za-z0-9-]{{0,62}}\.)+(?!{_FILE_TLD}{{P}}{{END}})[A-Za-z]{{2,24}})"
    ),
}


def _in_row_cell(kind: T, delim: str, quoted: bool, masks: bool) -> str:
    """The cell of a ``kind`` column checked in its row, in the quoted or unquoted form (one group: the value)."""
    d = re.escape(delim)
    ends, end = (r'"\n', r'"(?!")') if quoted else (rf'{d}\n"', rf'(?![^{d}\n"])')
    # padding: spaces, tabs and CRs, but a tab that delimits an unquoted field ends it
    pad = r"[ \r]*" if delim == "\t" and not quoted else _IN_ROW_PAD
    masking = rf"(?![^{ends}]*\*)(?![^{ends}]*(?i:xxx))" if masks else ""
    body = _IN_ROW[kind].replace("{MASKS}", masking).replace("{X}", ends).replace("{END}", end).replace("{P}", pad)
    body = body.replace("{FIRM}", _NOT_FIRM)
    opening = '"' if quoted else '(?!")'
    return f"{opening}{pad}{body}{pad}{end}"


@lru_cache(maxsize=64)
def _typed_row_pattern(
    delim: str, gaps: tuple[int, ...], forms: tuple[tuple[T, bool] | None, ...], masks: bool
) -> tuple[re.Pattern[str], list[tuple[int | None, int]]]:
    """``_row_pattern`` (anchored) with each column of a ``(kind, quoted)`` form tried first as that cell checked
    in the row; and per column, its group of the checked value (``None`` without a form) and of the plain field.

    The checked cell matches a field only where the plain field pattern would take that same extent first (see
    above), so each row reads the same fields as ``_row_pattern``'s, and a field the check refuses is matched as
    a plain field: per row and column, one of the two groups is set, or neither where the row ends before."""
    d = re.escape(delim)
    field = rf'(?:"[^"\n]*(?:""[^"\n]*)*"|[^{d}\n"]*)'
    cells: list[str] = []
    groups: list[tuple[int | None, int]] = []
    number = 0
    for form in forms:
        if form is None:
            number += 1
            cells.append(rf"({field})")
            groups.append((None, number))
        else:
            number += 2
            cells.append(rf"(?:{_in_row_cell(form[0], delim, form[1], masks)}|({field}))")
            groups.append((number - 1, number))
    tail = ""
    for gap, cell in zip(reversed(gaps[1:]), reversed(cells[1:]), strict=True):
        tail = rf"(?:{d}(?:{field}{d}){{{gap}}}{cell}{tail})?"
    return re.compile(rf"^(?:{field}{d}){{{gaps[0]}}}{cells[0]}{tail}", re.M), groups


_UNSET = (-1, -1)  # the span of a group that did not take part in the match
#: A column of at least ``_FEW_MIN_CELLS`` cells is matched by its distinct values when its first ``_FEW_SAMPLE``
#: cells hold at most ``_FEW_DISTINCT`` of them (a column of a few hundred names or office numbers).
_FEW_MIN_CELLS, _FEW_SAMPLE, _FEW_DISTINCT = 1000, 1000, 250


def _few_values(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the column of ``spans`` (non-empty cells) is matched by its distinct values (``_FEW_*``)."""
    if len(spans) < _FEW_MIN_CELLS:
        return False
    starts, ends = zip(*spans[:_FEW_SAMPLE], strict=True)
    return len(set(map(text.__getitem__, map(slice, starts, ends)))) <= _FEW_DISTINCT


def _verdicts(fast: _FastCell, values: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Per distinct cell of ``values`` the fast pattern accepts (its check included): where its value (the cell
    without its padding) starts and ends in the cell. The pattern looks at nothing outside the cell, so it
    matches the cell's string as it matches the cell in the text."""
    pattern, _, check = fast
    leads: dict[str, int] = {}
    tails: dict[str, int] = {}
    for value in set(values):
        m = pattern.fullmatch(value)
        if m is not None and (check is None or check(m.group(1))):
            leads[value], tails[value] = m.span(1)
    return leads, tails


#: Column names of e-mail addresses (letters and digits only, lower case).
_MAIL_HEADERS = words("email emailaddress mail mailaddress contactemail customeremail workemail personalemail")


def _mail_columns(text: str, names: list[str]) -> list[tuple[int, T, bool]]:
    """The e-mail columns of a table whose rows mostly hold an address, read with the other columns.

    Where addresses are sparse, the e-mail scan's search for "@" costs less than reading the column.
    """
    cols = [(i, T.EMAIL, False) for i, n in enumerate(names) if _column_key(n) in _MAIL_HEADERS]
    if cols and text.count("@", 0, 65536) * 2 < text.count("\n", 0, 65536):
        return []
    return cols


def _findings(spans: list[tuple[int, int]], kind: T, score: float) -> Iterator[Finding]:
    """A finding per span, made in C (``tuple.__new__``, not the named tuple's Python-level constructor)."""
    if not spans:
        return iter(())
    starts, ends = zip(*spans, strict=True)
    return map(tuple.__new__, repeat(Finding), zip(starts, ends, repeat(kind), repeat(score)))


def _cells(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, value)`` of each cell, its padding (spaces, quotes) off; placeholders and masked values
    are left out, empty cells kept (a vague column's sample counts them)."""
    for s, e in spans:
        value = text[s:e]
        if value and (value[0] in _PAD or value[-1] in _PAD):
            while s < e and text[s] in _PAD:
                s += 1
            while e > s and text[e - 1] in _PAD:
                e -= 1
            value = text[s:e]
        placeholder = len(value) <= 10 and value.lower() in _EMPTY_VALUES
        masked = "*" in value or (("X" in value or "x" in value) and "XXX" in value.upper())
        if not (placeholder or masked):
            yield s, e, value


#: How many values of a phone column are parsed before the column is judged (each parse costs 10-100 us).
_PHONE_SAMPLE = 100


def _holds_phones(found: Iterable[tuple[int, int, str]]) -> bool:
    """Whether a phone column holds phone numbers: one of its first values parses as one.

    A column named "phone" full of values no region accepts (7-digit extensions, internal ids) would cost
    four libphonenumber parses a cell; judged on a sample, it costs a hundred cells' worth.
    """
    sample = itertools.islice((value for _, _, value in found if value), _PHONE_SAMPLE)
    return any(_phone_cell(value) for value in sample)


def _phone_cell(value: str) -> bool:
    if not 7 <= count_digits(value) <= 15:
        return False
    if any(v.phone_ok(value, r) for r in PHONE_REGIONS[:4]):
        return True
    # an MSISDN: the international number without its "+" (E.164; call records, SMS and porting exports)
    return value.isdigit() and len(value) >= 10 and value[0] != "0" and v.phone_ok("+" + value)


# Columns per row pattern: sre compiles nested groups recursively, so a row of hundreds of wanted columns is
# read by a chain of patterns of at most this many columns each.
_COLUMNS_PER_PATTERN = 64


@lru_cache(maxsize=64)
def _row_pattern(delim: str, gaps: tuple[int, ...], anchored: bool) -> re.Pattern[str]:
    """Fields up to each wanted column, one group per column; ``gaps`` are the fields skipped before each.

    Anchored, it reads from a line start; else from the end of the previous wanted field, its delimiter
    first. A column the row does not reach (too short, a malformed quote) leaves its group and the later
    ones unset: each next column is an optional group inside the one before.
    """
    d = re.escape(delim)
    # A quoted field as an unrolled loop (runs of plain characters between doubled quotes): the same fields
    # as "(?:[^"\n]|"")*", without an alternation entered at every character of every quoted cell.
    field = rf'(?:"[^"\n]*(?:""[^"\n]*)*"|[^{d}\n"]*)'
    tail = ""
    for gap in reversed(gaps[1:]):
        tail = rf"(?:{d}(?:{field}{d}){{{gap}}}({field}){tail})?"
    head = rf"(?:{field}{d}){{{gaps[0]}}}({field}){tail}"
    return re.compile(rf"^{head}" if anchored else rf"(?:{d}{head})?", re.M)


def _column_cells(text: str, delim: str, cols: list[int], skip_first: bool) -> list[list[tuple[int, int, str]]]:
    """The cells ``(start, end, value)`` of each column of ``cols``, in row order, placeholders left out.

    Each row is read once, left to right, by one match that captures every wanted column (a pattern per
    column, each skipping every field before its column, made a header of hundreds of wanted columns
    quadratic in the row width). A row too short or malformed to reach a column gives no cell for it nor
    for the columns after it, as that pattern did; ``skip_first`` skips each column's first cell, the header's.
    """
    order = sorted(range(len(cols)), key=cols.__getitem__)
    at = [cols[i] for i in order]
    gaps = [at[0]] + [b - a - 1 for a, b in itertools.pairwise(at)]
    parts = [
        _row_pattern(delim, tuple(gaps[k : k + _COLUMNS_PER_PATTERN]), anchored=k == 0)
        for k in range(0, len(gaps), _COLUMNS_PER_PATTERN)
    ]
    cells: list[list[tuple[int, int, str]]] = [[] for _ in cols]
    skipping = [skip_first] * len(cols)
    spans: list[tuple[int, int]] = []
    kept: dict[str, bool] = {}  # per value: neither a placeholder nor masked
    for row in parts[0].finditer(text):
        spans[:] = row.regs[1:]
        if len(parts) > 1:
            for part in parts[1:]:
                if spans[-1][0] < 0:
                    break
                more = part.match(text, spans[-1][1])
                spans += more.regs[1:] if more else [(-1, -1)] * part.groups
        for i, (s, e) in zip(order, spans, strict=False):
            if s < 0:
                break
            if skipping[i]:
                skipping[i] = False
                continue
            if s == e:
                # An empty cell holds nothing; it is kept only while it may count in the sample of a vague
                # column (the first 200 cells), so a page of empty cells costs no Python per cell.
                if len(cells[i]) < 200:
                    cells[i].append((s, e, ""))
                continue
            value = text[s:e]
            if value[0] in _PAD or value[-1] in _PAD:
                while s < e and text[s] in _PAD:
                    s += 1
                while e > s and text[e - 1] in _PAD:
                    e -= 1
                value = text[s:e]
            # Placeholders and masked values are short or hold "*" / "XXX": judged once per distinct value.
            keep = kept.get(value)
            if keep is None:
                placeholder = len(value) <= 10 and value.lower() in _EMPTY_VALUES
                masked = "*" in value or (("X" in value or "x" in value) and "XXX" in value.upper())
                keep = kept[value] = not (placeholder or masked)
            if keep:
                cells[i].append((s, e, value))
    return cells


_PAD = frozenset(' "\t\r')


#: Columns of national, tax, health and bank identifiers: a cell counts when its check digits hold.
_ID_COLUMNS = frozenset({
    T.UK_NHS_NUMBER, T.UK_NATIONAL_INSURANCE_NUMBER, T.UK_BANK_ACCOUNT, T.ES_DNI, T.FR_NIR, T.DE_TAX_ID,
    T.IT_FISCAL_CODE, T.CA_SIN, T.BR_CPF, T.IN_AADHAAR, T.SG_NRIC, T.US_MBI, T.HEALTH_PLAN_ID,
})  # fmt: skip


def column_cell(text: str, s: int, e: int, value: str, kind: T, out: Findings) -> bool:
    """Add what the cell ``value`` at [s, e) of a ``kind`` column holds (an SQL row's value too); whether it held
    one."""
    if kind is T.PERSON:
        # A name has two letters at least: a one-letter cell is a flag or a placeholder ("x", "Y"); a value
        # ending in a legal form is a firm ("Lindqvist Outlet GmbH" in a seller column).
        if (
            len(value) > 1
            and "@" not in value
            and not _HAS_DIGIT.search(value)
            and _HAS_LETTER.search(value)
            and _FIRM_VALUE.search(value) is None
        ):
            out.add(T.PERSON, s, e, 0.85)
            return True
    elif kind is T.DATE_OF_BIRTH:
        span = date_span(text, s, exact=True)
        if span:
            out.add(T.DATE_OF_BIRTH, s, span[1], 0.9)
            return True
    elif kind is T.US_SSN:
        m = SSN_VALUE.fullmatch(value)
        if m and v.ssn_ok(m.group(1), m.group(2), m.group(3)):
            out.add(T.US_SSN, s, e, 0.9)
            return True
    elif kind is T.PHONE:
        if _phone_cell(value):
            out.add(T.PHONE, s, e, 0.85)
            return True
        # A column its header and its values call phones holds national numbers of any country ("91 560 63 93");
        # the cell stays in the text for the other scanners (it is not claimed).
        if v.labelled_phone_ok(value) and len(set(_NOT_DIGIT.sub("", value))) > 3:
            out.add(T.PHONE, s, e, 0.8)
    elif kind in (T.MEDICAL_RECORD_NUMBER, T.US_PASSPORT, T.DRIVER_LICENSE):
        wdl = kind is T.DRIVER_LICENSE and _WDL_CELL.fullmatch(value)
        if (count_digits(value) >= 4 or wdl) and len(value) <= 20:
            # A passport column's type follows the country named in its row (passport_type).
            out.add(passport_type(text, s, e) if kind is T.US_PASSPORT else kind, s, e, 0.85)
            return True
    elif kind in _ID_COLUMNS:
        if id_ok(kind, value):
            # a Medicare member's id in a member-id column is their MBI (accuracy15)
            mbi = kind is T.HEALTH_PLAN_ID and id_ok(T.US_MBI, value)
            out.add(T.US_MBI if mbi else kind, s, e, 0.9)
            return True
    elif kind is T.ADDRESS:
        if any(map(str.isdigit, value)) and any(map(str.isalpha, value)):
            out.add(T.ADDRESS, s, e, 0.8)
            return True
    elif any(c.isalpha() for c in value):  # diagnosis / medication columns of a patient table
        out.add(kind, s, e, 0.8)
        return True
    return False


# A pipe table (Markdown, wiki, ASCII exports): a block of lines starting with "|", its first row the header.
_PIPE_BLOCK = lazy(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*\r?$(?:\n[ \t]*\|[^\n]*\|[ \t]*\r?$)+")
_RULE_ROW = lazy(r"[\s|:+=-]*")


def scan_pipe_tables(text: str, out: Findings) -> None:
    """The cells of pipe tables whose header names their column (``| Name | Email |``), like a CSV's."""
    if "|" not in text or ("\n|" not in text and not text.lstrip(" \t").startswith("|")):
        return
    for block in _PIPE_BLOCK.finditer(text):
        lines = block.group().split("\n")
        cells = lines[0].strip().strip("|").split("|")
        kinds = [header_kind(c) for c in cells]
        if any(_SORT_CODE.fullmatch(c.strip()) for c in cells):
            # (accuracy33) an account number beside a sort code column, as a CSV's (read_csv_header)
            kinds = [
                T.UK_BANK_ACCOUNT if k is None and (_column_key(c) in _ACCOUNT_HEADERS or _account_among(c)) else k
                for k, c in zip(kinds, cells, strict=True)
            ]
        if not any(kinds):
            continue
        # A bare "name" column holds people beside a column that identifies someone (e-mail, birth date...);
        # alone ("| Name | Version |") it holds products or hosts unless a value carries a listed name.
        vague = [_column_key(c) in _VAGUE_HEADERS for c in cells]
        identifying = any(k is not None and not vg and k is not T.ADDRESS for k, vg in zip(kinds, vague, strict=True))
        pos = block.start() + len(lines[0]) + 1
        for line in lines[1:]:
            start = pos
            pos += len(line) + 1
            if _RULE_ROW.fullmatch(line):
                continue
            lo = start + line.index("|") + 1
            for kind, vg in zip(kinds, vague, strict=True):
                hi = text.find("|", lo, start + len(line))
                if hi == -1:
                    break
                s, e = lo, hi
                while s < e and text[s] in " \t":
                    s += 1
                while e > s and text[e - 1] in " \t":
                    e -= 1
                value = text[s:e]
                if vg and not identifying and not any(is_given(fold(t)) or fold(t) in SURNAMES for t in value.split()):
                    kind = None
                if kind is not None and value and value.lower() not in _EMPTY_VALUES:
                    column_cell(text, s, e, value, kind, out)
                lo = hi + 1


def header_kind(cell: str) -> T | None:
    """What a table column named ``cell`` holds, by the CSV header vocabulary."""
    return _key_kind(_column_key(cell))


# An aside in brackets after a CSV column's name: its channel, format or source ("Phone (WhatsApp)", "DOB
# (dd/mm/yyyy)", "Name (as on passport)"), which says nothing of what the column holds. (Not a pipe table's: a
# report's "PHONE (TP/FP/FN)" column holds counts.)
_ASIDE = lazy(r"\([^()]{1,30}\)")


def _column_key(cell: str) -> str:
    """A column name as the header vocabulary spells it: lower case, letters and digits only."""
    # accents folded first: "Prénom" is "prenom", "Imię" is "imie"
    return re.sub(r"[^a-z0-9]", "", cell.lower() if cell.isascii() else fold(cell))


def _key_kind(key: str) -> T | None:
    """What a column whose key is ``key`` holds: the vocabulary's type, or a person for a name column."""
    kind = _HEADER_KIND.get(key)
    if kind is None and (
        (key.endswith("name") and any(p in key for p in ("patient", "customer", "first", "last"))) or person_header(key)
    ):
        kind = T.PERSON
    return kind
