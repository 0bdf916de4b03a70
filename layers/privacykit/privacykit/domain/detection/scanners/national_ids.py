"""Identifiers beyond the US (issue 13): national, tax and health numbers, foreign passports, UK bank accounts.

Most of these are short digit strings that an order number can also be, so each is read only after a label
that names it ("NHS number", "NINO", "DNI", "codice fiscale", "CPF"... in ``data/keywords.tsv``, kind
``id:<TYPE>``) and kept only when its check digits hold (python-stdnum, loaded on first use, or the rule
written here where stdnum has none). The Italian codice fiscale is distinctive enough (16 characters in a
fixed letter/digit pattern with a check letter) to be found by its shape alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache
from importlib import import_module

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.context import value_after
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.resolution import overlaps

__all__ = [
    "labelled_id",
    "admit_plan_ids",
    "health_plan_near",
    "scan_fiscal_codes",
    "nric_ok",
    "nino_ok",
    "mbi_ok",
    "id_ok",
    "doc_type_kind",
    "typed_document",
    "national_id_kind",
    "DOC_TYPES",
]


@cache
def _stdnum(module: str) -> Callable[[str], bool]:
    """``stdnum.<module>.is_valid``, imported on first use (cold start stays as it was)."""
    return import_module(f"stdnum.{module}").is_valid  # type: ignore[no-any-return]


_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}


def nric_ok(value: str) -> bool:
    """A Singapore NRIC/FIN: prefix S, T, F or G, seven digits, and the check letter of its weighted sum."""
    v = value.upper()
    if len(v) != 9 or v[0] not in _NRIC_LETTERS or not v[1:8].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(v[1:8], _NRIC_WEIGHTS, strict=True))
    total += 4 if v[0] in "TG" else 0
    return _NRIC_LETTERS[v[0]][total % 11] == v[8]


# HMRC's rules: no D, F, I, Q, U or V in either letter, no O second, not the prefixes BG, GB, KN, NK, NT,
# TN or ZZ; the suffix is A-D.
_NINO = lazy(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino_ok(value: str) -> bool:
    """A UK National Insurance number by HMRC's allocation rules (it has no check digit)."""
    return _NINO.fullmatch(value.replace(" ", "").upper()) is not None


# CMS's Medicare Beneficiary Identifier: 11 characters, positions fixed as digit or letter, no S L O I B Z.
_MBI_L = "AC-HJKMNP-RT-Y"
_MBI = lazy(rf"[1-9][{_MBI_L}][{_MBI_L}0-9]\d[{_MBI_L}][{_MBI_L}0-9]\d[{_MBI_L}]{{2}}\d{{2}}")


def mbi_ok(value: str) -> bool:
    """A US Medicare Beneficiary Identifier by CMS's format (it has no check digit)."""
    return _MBI.fullmatch(value.replace("-", "").upper()) is not None


def _plan_id_ok(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    # six digits, or five among eight characters or more ("ME52254G", "YH12194K": letters and digits mixed)
    return (digits >= 6 or (digits >= 5 and len(value) >= 8)) and len(value) <= 22


def _compact(value: str) -> str:
    return re.sub(r"[\s.-]", "", value)


# Per type: the value pattern after its label, and its check.
_RULES: dict[T, tuple[re.Pattern[str], Callable[[str], bool]]] = {
    T.UK_NHS_NUMBER: (lazy(r"\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])"), lambda v: _stdnum("gb.nhs")(v)),
    T.UK_NATIONAL_INSURANCE_NUMBER: (lazy(r"[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?!\w)"), nino_ok),
    T.ES_DNI: (
        lazy(r"(?:[XYZ][- ]?)?\d{7,8}[- ]?[A-Z](?!\w)"),
        lambda v: _stdnum("es.dni")(v) or _stdnum("es.nie")(v),
    ),
    T.FR_NIR: (
        lazy(r"[12][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}(?:[ ]?\d{2})?(?![\w-])"),
        lambda v: _stdnum("fr.nir")(v),
    ),
    T.DE_TAX_ID: (lazy(r"\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}(?![\w-])"), lambda v: _stdnum("de.idnr")(v)),
    T.IT_FISCAL_CODE: (
        lazy(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?!\w)"),
        lambda v: _stdnum("it.codicefiscale")(v),
    ),
    T.CA_SIN: (lazy(r"\d{3}[ -]?\d{3}[ -]?\d{3}(?![\w-])"), lambda v: _stdnum("ca.sin")(v)),
    T.BR_CPF: (lazy(r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\w-])"), lambda v: _stdnum("br.cpf")(v)),
    T.IN_AADHAAR: (lazy(r"\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])"), lambda v: _stdnum("in_.aadhaar")(v)),
    T.SG_NRIC: (lazy(r"[STFG]\d{7}[A-Z](?!\w)"), nric_ok),
    T.US_MBI: (lazy(r"[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}(?!\w)"), mbi_ok),
    # (a member id may be printed in spaced groups: "ZXC 4412 8890 12", "W2345 67890")
    T.HEALTH_PLAN_ID: (lazy(r"[A-Z]{0,4}[- ]?\d[\dA-Z-]{2,17}(?:[ ]\d{2,6}){0,3}(?![\w-])"), _plan_id_ok),
    T.UK_BANK_ACCOUNT: (
        # (an HTML statement spaces the two parts with entities, a sentence joins them: "... 30-96-41 and account
        # 11203348")
        lazy(
            r"\d{2}-\d{2}-\d{2}(?:(?:[ ,;/]{1,3}|[ ]?(?:&nbsp;|&#160;){1,4}[ ]?"
            r"|[ ]and[ ](?=(?i:my[ ])?(?i:account|acct|a/c)))"
            r"(?i:(?:my[ ])?(?:account|acct|a/c)(?: number| no\.?)?:?[ ]*)?\d{8})?(?![\w-])"
        ),
        lambda v: True,
    ),
}


def _placeholder(value: str) -> bool:
    """Whether the digits of ``value`` are one digit repeated ("111.111.111-11", "00000000T", "00-00-00
    00000000"): a form's example or a redaction, whatever its check digits say."""
    digits = {c for c in value if c.isdigit()}
    return len(digits) == 1


def _real(check: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda value: not _placeholder(value) and check(value)


_RULES = {etype: (pattern, _real(check)) for etype, (pattern, check) in _RULES.items()}


@cache
def _candidates(type_name: str) -> re.Pattern[str]:
    """The value pattern of type ``type_name``: the window search after a label finds its candidates in C."""
    return re.compile(_RULES[T(type_name)][0].pattern)


# Words that make a member, subscriber or policy number a health plan's (searched in the lower-cased text, at a
# word's start: "diagnos", "prescri" are stems), and words of another kind of plan or membership on its line: a
# loyalty card, gym, library or car insurance has member and policy numbers too.
_PLAN_WORDS = lazy(
    r"(?<![a-z0-9_])(?:health|medical|dental|vision|medicaid|medicare|hmo\b|ppo\b|epo\b|copay|co-pay|deductible|"
    r"payer|payor|blue ?cross|blue ?shield|bcbs|aetna|cigna|humana|kaiser|united ?health|anthem|tricare|pharmacy|"
    r"rx\b|patient|clinic|hospital|physician|formulary|eligibility|krankenkasse|krankenversicher|versicherte|"
    r"mutuelle|assurance maladie|seguro m[ée]dico|obra social|plano de sa[úu]de|eob|explanation of benefits|"
    r"diagnos|procedure|cpt\b|icd|allowed amount|plan ?paid|prior auth|coinsurance|out[- ]of[- ]pocket|"
    r"in[- ]network|medigap|dr\.|npi|hcpcs|drg\b|hsa\b|hdhp|ndc\b|medication|prescri|pcp|rx ?(?:bin|pcn|grp|group)|"
    # an NCPDP claim's BIN (six digits) and processor control number, as a switch's log writes them
    r"bin[ \t]*[=:][ \t]*\d{6}[ \t,;|]+(?:pcn|processor)|"
    r"cms\b|medi-cal|chip\b|refill|gesundheit|santé|sanidad|salud|saúde|sanitari|zorg|zdrowot|"
    # German statutory health insurers and the "Kasse:" field of a medical form, a finding ("Befund")
    r"kasse[ \t]*:|aok\b|barmer|dak\b|ikk\b|bkk\b|gkv\b|pkv\b|befund)"
)
_OTHER_PLAN_WORDS = lazy(
    r"\b(?:auto|car|vehicle|motor|home|homeowners?|renters?|property|travel|pet|"
    r"life(?=[ \t]+(?:insurance|assurance|policy|cover|plan))|loyalty|rewards?|gym|library|"
    r"club|frequent|flyer|airline|hotel|points?|miles|mileage|avios|union|bank|banking|savings|checking|pension|retirement|401\(k\)|"
    r"newsletter|streaming|mobile|wireless|cellular|broadband|subscription|warranty|order|contents|liability)"
    r"(?![a-z0-9_])"
)
# What names a gym, a pool or a leisure centre: where a member number with no health word near is that venue's,
# whatever conditions its profile lists further on.
_FITNESS_VENUE = lazy(
    r"\b(?:gym|leisure cent(?:re|er)|fitness|aqua-?fit|swim(?:ming)?|par-q|locker|spin class|pilates)\b"
)
_HEALTH_ON_LINE = lazy(r"\b(?:health|healthcare|medical|dental)\b")
# Another kind of insurance named as a heading: its policy and member numbers are not a health plan's.
_INSURANCE_HEADING = lazy(
    r"\b(?:travel|auto|car|motor|vehicle|home|homeowners?|renters?|property|pet|life|contents|liability)"
    # (a travel insurer's product name: "... Travel Protect", "travel protection", "Travel Guard")
    r"[ \t]+(?:insurance|cover|policy|assurance|protect|protection|guard)\b"
)
# How near a health word makes the number a health plan's; how far a drug, a condition or a health word of the
# document may stand when none is near (a member profile lists its conditions further down).
_PLAN_NEAR = 200
_PLAN_REACH = 2000


def _between(positions: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of positions holds one in [lo, hi)."""
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


def _other_plan(low: str, start: int, not_words: list[int]) -> bool:
    """Whether the label at ``start`` stands on a line naming another kind of plan (a bank, a gym, a car...)
    with no health word, or under a heading naming another kind of insurance."""
    lo = max(low.rfind("\n", max(0, start - 80), start) + 1, start - 80)
    hi = low.find("\n", start, start + 160)
    hi = min(len(low), start + 160) if hi == -1 else hi
    if _between(not_words, lo, hi) and _HEALTH_ON_LINE.search(low, lo, hi) is None:
        return True  # ("Insurer: Irish Life Health   Membership no.: ..." is a health insurer's, all the same)
    above = max(low.rfind("\n", max(0, lo - 81), max(0, lo - 1)) + 1, lo - 81)
    # ("TRAVEL INSURANCE - MEDICAL EXPENSES CLAIM" / "Policy no.: ...")
    return lo > 0 and _between(not_words, above, lo) and _INSURANCE_HEADING.search(low, above, lo) is not None


# What a motor claim's form says of its vehicle and its collision ("Vehicle reg", "Make/model", "Road Traffic
# Collision", a US state's personal injury protection): its "Policy no." is the motor policy's, whatever injuries
# and hospitals it goes on to name (the health plan of an injured person is a member id on its own line).
_MOTOR_CLAIM = lazy(
    r"\b(?:vehicle[ \t]+(?:reg|registration|make|model|damage|details)|make[ \t]*/[ \t]*model|number[ \t]+plate|"
    r"registration[ \t]+plate|road[ \t]+traffic|collision|personal[ \t]+injury[ \t]+protection|vin[ \t]*[:#]|"
    r"no[- ]claims?[ \t]+(?:bonus|discount)|motor[ \t]+(?:insurance|policy|claim))"
)


def _motor_claim(low: str, start: int) -> bool:
    """Whether the policy label at ``start`` stands in a motor claim (``_MOTOR_CLAIM`` within the label's
    reach, the line of the label naming no health plan)."""
    line_end = low.find("\n", start, start + 200)
    if _HEALTH_ON_LINE.search(low, max(0, start - 80), start + 200 if line_end == -1 else line_end):
        return False
    return _MOTOR_CLAIM.search(low, max(0, start - _PLAN_REACH), start + _PLAN_REACH) is not None


def admit_plan_ids(text: str, low: str, out: Findings) -> None:
    """Keep the member numbers read after their labels (``out.pending_plan_ids``) that are a health plan's: the
    label says health, or no word of another plan stands on its line and a health word stands near, or a drug,
    condition or health word stands in the document within ``_PLAN_REACH`` (a grievance ticket names the care
    it is about, a member profile its conditions).

    The plan words are searched once, in the merged windows around the labels (a megabyte of ``memberId=``
    lines is searched once, not once per label; a text with no such label not at all).
    """
    pending = sorted(out.pending_plan_ids)
    words: list[int] = []
    not_words: list[int] = []
    lo_w = hi_w = -1
    for ls, _, _, e in [*pending, (len(low) + 3 * _PLAN_REACH, 0, 0, 0)]:
        lo, hi = max(0, ls - _PLAN_REACH - 200), min(len(low), e + _PLAN_REACH)
        if lo <= hi_w:
            hi_w = max(hi_w, hi)
            continue
        if hi_w > lo_w >= 0:
            words += [m.start() for m in _PLAN_WORDS.finditer(low, lo_w, hi_w)]
            not_words += [m.start() for m in _OTHER_PLAN_WORDS.finditer(low, lo_w, hi_w)]
        lo_w, hi_w = lo, hi
    taken = sorted((f.start, f.end) for f in out.items)
    far = sorted([m.start for m in out.medical] + out.medical_hints + words)
    for ls, le, s, e in pending:
        if overlaps(taken, s, e):
            continue  # another label read it
        if "health" not in low[ls:le]:
            if _other_plan(low, ls, not_words):
                continue
            if "polic" in low[ls:le] and _motor_claim(low, ls):
                continue
            if not _between(words, ls - _PLAN_NEAR, le + _PLAN_NEAR) and (
                not _between(far, ls - _PLAN_REACH, e + _PLAN_REACH)
                # a gym's or a pool's member profile lists health flags too (a PAR-Q's conditions and drugs)
                or _FITNESS_VENUE.search(low, max(0, ls - _PLAN_REACH), e + _PLAN_REACH) is not None
            ):
                continue
        out.add(T.HEALTH_PLAN_ID, s, e, 0.85)


def health_plan_near(low: str, lo: int, hi: int) -> bool:
    """Whether a word of a health plan (a payer, a pharmacy, a patient, a copay...) stands in ``low[lo:hi]``."""
    return _PLAN_WORDS.search(low, max(0, lo), hi) is not None


_ACCOUNT_ALONE = lazy(r"\d{8}")
# A policy number its aside calls an employer's or a group's.
# ("Member ID ... (group 372761)": the plan's group number beside the member's id, which stays the member's)
_GROUP_POLICY = lazy(r"[ \t]*\((?i:corporate|group|employer|company)\b(?![ \t]*(?i:no\.?|number|#|:)?[ \t]*[A-Z]*\d)")


def id_ok(etype: T, value: str) -> bool:
    """Whether ``value`` (as written) is an identifier of ``etype``: its pattern whole and its check digits."""
    rule = _RULES.get(etype)
    if rule is None:
        return False
    if etype is T.UK_BANK_ACCOUNT and _ACCOUNT_ALONE.fullmatch(value):
        # an account number in its own field, beside a sort code's (the caller knows there is one)
        return not _placeholder(value)
    pattern, check = rule
    return pattern.fullmatch(value) is not None and check(_compact(value) if etype is not T.UK_BANK_ACCOUNT else value)


# Types whose check digits (or, for NINO and MBI, whose fixed letter/digit positions) make a chance match
# rare: their value may stand a few words after the label ("Steuer-ID für die Quittung: ...", "NIR fourni
# pour le remboursement: ...") or on the next line (a chat's answer to "informe o CPF").
_CHECKED = frozenset({
    T.UK_NHS_NUMBER, T.UK_NATIONAL_INSURANCE_NUMBER, T.ES_DNI, T.FR_NIR, T.DE_TAX_ID, T.IT_FISCAL_CODE, T.CA_SIN,
    T.BR_CPF, T.IN_AADHAAR, T.SG_NRIC, T.US_MBI,
})  # fmt: skip
_CHECKED_NAMES = frozenset(t.value for t in _CHECKED)  # str hashes in C; an enum's in Python
# A number another label on the way claims: a phone, a date, an order, an account, another id.
_OTHER_LABEL = lazy(
    r"(?:phone|tel|mobile|fax|date|dob|born|order|invoice|account|iban|ref|case|ticket|claim|zip|postcode|plz|"
    r"address|addr|home|street|residence|"
    r"passport|licen[cs]e)\w*[\w .#]{0,6}[\"']?[ \t]*[:=#]?[ \t]*[\"']?$",
    re.I,
)
# A label hyphenated over a line break by a PDF conversion ("National Insurance num-\nber is ...").
_LABEL_TAIL = lazy(r"[ \t]+num-[ \t]*\r?\n[ \t]*ber\b|[ \t]*\r?\n[ \t]*(?:number|no\.?)\b(?=[ \t:.#])", re.I)
# "Sort code / account no.: 12-05-97 09670606": the account's label joined to the sort code's in one field.
_ACCOUNT_LABEL = lazy(r"[ \t]*(?:/|&|and)[ \t]*(?:bank[ \t]+)?(?:account|acct|a/c)\.?[ \t]*(?:no\.?|number|#)?", re.I)


def labelled_id(text: str, end: int, type_name: str, out: Findings, start: int | None = None) -> None:
    """The identifier of type ``type_name`` right after its label, at [start, end), if it checks out.

    For the types with check digits, the value may also be a few words on in the label's line or on the next
    non-blank line; the first token there that passes the check is taken.
    """
    etype = T(type_name)
    if etype is T.HEALTH_PLAN_ID and start is not None:
        if text[max(0, start - 9) : start].lower().endswith(("national ", "national_")):
            return  # "National Insurance number": the NINO's label reads it
        if text[start : start + 3].lower() in _BARE_ID and not _under_member(text, start):
            return  # a bare "ID#" / "ID no." names a member's id only on a card's member line or the line below
    if etype is T.UK_BANK_ACCOUNT and start is not None and "sort" not in text[start:end].lower():
        _account_number(text, start, end, out)
        return
    pattern, check = _RULES[etype]
    ahead = text[end : end + 12]
    if "\n" in ahead or "num-" in ahead or "/" in ahead or "&" in ahead or "and" in ahead:  # (most labels: none)
        tail = _LABEL_TAIL.match(text, end)
        if tail is None and etype is T.UK_BANK_ACCOUNT:
            tail = _ACCOUNT_LABEL.match(text, end)
        if tail:
            end = tail.end()
    m = value_after(text, end, pattern)
    if m and etype is T.HEALTH_PLAN_ID and mbi_ok(_compact(m.group())):
        out.add(T.US_MBI, m.start(), m.end(), 0.9)  # a Medicare member's id is their MBI
        return
    if etype is T.HEALTH_PLAN_ID and start is not None:
        if (m and _GROUP_POLICY.match(text, m.end())) or text[max(0, start - 6) : start].lower() == "group ":
            return  # "Group policy no.", "Policy No.: GHI-55012 (corporate)": an employer's policy, nobody's id
        if m and check(m.group()):
            out.pending_plan_ids.append((start, end, m.start(), m.end()))  # admit_plan_ids decides
        return
    if m and check(_compact(m.group()) if etype is not T.UK_BANK_ACCOUNT else m.group()):
        if etype is T.UK_BANK_ACCOUNT and m.end() - m.start() == 8:
            # a sort code alone names a branch, not an account: every tune set labels a sort code only written
            # with its account number (74 times), never alone (0 of 46); an account labelled after it is read by
            # its own label ("sortCode": ..., "accountNumber": ...)
            return
        out.add(etype, m.start(), m.end(), 0.9)
        return
    if type_name in _CHECKED_NAMES:
        label = text[start:end] if start is not None else ""
        if label and text.find(label, end, end + 24) != -1:
            return  # the same label again at once: it reads what follows (a run of labels is read once)
        found = _checked_in_window(text, end, _candidates(type_name), check, label)
        if found:
            out.add(etype, found[0], found[1], 0.85)


# "Member: Jane Roe" / "ID# XY12345678": the bare id label under (or beside) the member's name on a card.
_BARE_ID = frozenset({"id#", "id ", "id n"})
_MEMBER_WORDS = ("member", "subscriber", "insured", "enrollee", "beneficiary", "cardholder", "policyholder")


def _under_member(text: str, start: int) -> bool:
    """Whether a member word is on the line of ``start`` before it, or on the line above."""
    line = text.rfind("\n", max(0, start - 120), start)
    above = text.rfind("\n", max(0, line - 120), line) if line > 0 else -1
    window = text[max(0, above + 1, start - 240) : start].lower()
    return any(w in window for w in _MEMBER_WORDS)


_ACCOUNT_VALUE = lazy(r"\d{8}(?![\w-])")
# (a payment log's debtor's and creditor's sort codes: "dbtr_sc=204514 dbtr_acct=...")
# (accuracy33: "S/C: 30-11-52", "SC: ...", "(sort 40-12-19)": a sort code's abbreviation, or "sort" before its value)
# (each branch opens with "s" or "_", so re skips to those letters; a leading "\b" cost a 1 MiB run of labels 1.6 s)
_SORT_CODE_NEAR = lazy(r"sort(?:[ _-]?code|[ \t:]+\d\d[- ]?\d\d)|_sc[ \t]*[=:]|(?<![a-z])s/?c[ \t]*[:.][ \t]*\d", re.I)


# (accuracy33) A sort code and its account joined by a hyphen or a space, as a direct debit's or a BACS file's log
# writes them after an account's or BACS's label ("bacs 204577-41592638", "payer account 30-96-34-11203348",
# "BACS: 401219 55102938"): the value itself carries the sort code.
_JOINED_ACCOUNT = lazy(r"\d{2}-?\d{2}-?\d{2}[- ]\d{8}(?![\w-])")


#: (accuracy33) The text last searched for sort codes' names, and where they start: a run of account labels asks
#: for its windows once per text, not once per label (a mebibyte of labels searched 320 characters each took 1.2 s).
_SORT_CODES: tuple[str, list[int]] = ("", [])


def _sort_code_near(text: str, lo: int, hi: int) -> bool:
    """Whether a sort code's name starts in ``text[lo:hi]``."""
    global _SORT_CODES
    if _SORT_CODES[0] is not text:
        _SORT_CODES = (text, [m.start() for m in _SORT_CODE_NEAR.finditer(text)])
    return _between(_SORT_CODES[1], max(0, lo), hi)


def _account_number(text: str, start: int, end: int, out: Findings) -> None:
    """An account number label's eight digits, when a sort code is named near: a UK bank account; or the sort
    code and the account joined after it."""
    joined = value_after(text, end, _JOINED_ACCOUNT)
    if joined is not None and not _placeholder(joined.group()):
        out.add(T.UK_BANK_ACCOUNT, joined.start(), joined.end(), 0.85)
        return
    if not _sort_code_near(text, start - 160, end + 160):
        return
    m = value_after(text, end, _ACCOUNT_VALUE)
    if m and not _placeholder(m.group()):
        out.add(T.UK_BANK_ACCOUNT, m.start(), m.end(), 0.85)


_STREET_AFTER = lazy(r"[ \t]+[A-Z][a-z]+[ \t]+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Dr|Drive|Lane|Ln|Way)\b")


def _checked_in_window(
    text: str, end: int, candidates: re.Pattern[str], check: Callable[[str], bool], label: str
) -> tuple[int, int] | None:
    """The first candidate passing ``check`` in the rest of the label's line and the next non-blank line, up to
    the next occurrence of the same ``label`` (which reads what follows it: a run of labels is read once)."""
    limit = min(len(text), end + 160)
    if label:
        again = text.find(label, end, limit)
        if again != -1:
            limit = again
    nl = text.find("\n", end, limit)
    hi = limit
    if nl != -1:
        pos = nl + 1
        while pos < limit and text[pos] in " \t\r\n":
            pos += 1
        stop = text.find("\n", pos, limit)
        hi = limit if stop == -1 else stop
    tries = 0
    for m in candidates.finditer(text, end, hi):
        s = m.start()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_.-"):
            continue  # inside a longer token
        if _STREET_AFTER.match(text, m.end()):
            continue  # a number starting an address line ("123 456 789 Main St" is a house, not an id)
        if check(_compact(m.group())) and not _OTHER_LABEL.search(text, max(end, s - 24), s):
            return s, m.end()
        tries += 1
        if tries == 4:
            break
    return None


# What a "document type" field says, by its words: the type of the number in the "document number" field
# beside it (KYC forms, ID-verification webhooks, airline APIS data). "passport" and "licence" are read by
# their own scanners.
DOC_TYPES: dict[str, T] = {
    "p": T.PASSPORT, "passport": T.PASSPORT, "pasaporte": T.PASSPORT, "passeport": T.PASSPORT,
    "reisepass": T.PASSPORT, "passaporto": T.PASSPORT, "passaporte": T.PASSPORT, "paspoort": T.PASSPORT,
    "dni": T.ES_DNI, "nie": T.ES_DNI, "nif": T.ES_DNI, "cpf": T.BR_CPF, "aadhaar": T.IN_AADHAAR,
    "aadhar": T.IN_AADHAAR, "nric": T.SG_NRIC, "fin": T.SG_NRIC, "sin": T.CA_SIN, "nir": T.FR_NIR,
    "insee": T.FR_NIR, "nhs": T.UK_NHS_NUMBER, "nino": T.UK_NATIONAL_INSURANCE_NUMBER, "ssn": T.US_SSN,
    "idnr": T.DE_TAX_ID, "steuerid": T.DE_TAX_ID, "steuer": T.DE_TAX_ID, "mbi": T.US_MBI, "dl": T.DRIVER_LICENSE,
    "driver": T.DRIVER_LICENSE, "drivers": T.DRIVER_LICENSE, "driving": T.DRIVER_LICENSE,
    "licence": T.DRIVER_LICENSE, "license": T.DRIVER_LICENSE,
    # written as one word, its separators dropped ("de_tax_id", "National Insurance", "social-security")
    "detaxid": T.DE_TAX_ID, "steueridnr": T.DE_TAX_ID, "steueridentifikationsnummer": T.DE_TAX_ID,
    "nationalinsurance": T.UK_NATIONAL_INSURANCE_NUMBER, "nationalinsurancenumber": T.UK_NATIONAL_INSURANCE_NUMBER,
    "socialsecurity": T.US_SSN, "socialsecuritynumber": T.US_SSN, "codicefiscale": T.IT_FISCAL_CODE,
    "fiscalcode": T.IT_FISCAL_CODE,
}  # fmt: skip
_DOC_TYPE_FIELD = lazy(
    r"(?:document|doc|id|identity|identification)[ _-]?(?:type|kind)|type[ _-]?(?:of[ _-]?)?(?:document|id)"
    r"|tipo[ _]de[ _]documento|type[ _]de[ _](?:pi[eè]ce|document)|dokumenten?typ|ausweisart|tipo[ _]documento"
    r"|tipo[ _]de[ _]identifica[cç][aã]o|(?<=\")(?:type|kind)(?=\")|(?<![\w.-])(?:type|kind)(?==)",
    re.I,
)
_DOC_TYPE_VALUE = lazy(r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<v>[^\"',\n}]{1,30})")
_WORD = lazy(r"[A-Za-z]+")


def doc_type_kind(value: str) -> T | None:
    """The type of identifier a "document type" value names ("DNI", "es_dni", "Steuer-IdNr", "UK driving
    licence", "passport (Austria)"), by its first word, any of its words, or all of them joined."""
    value = value.strip().lower()
    kind = DOC_TYPES.get(value.replace(" ", "_").split("_")[0])
    if kind is None:
        found = [w for w in map(str.lower, _WORD.findall(value)) if len(w) > 1]
        kind = next((DOC_TYPES[w] for w in found if w in DOC_TYPES), None) or DOC_TYPES.get("".join(found))
        if kind is None and len(found) > 1 and len(found[0]) == 2:  # a country's code first ("it_fiscal_code")
            kind = DOC_TYPES.get("".join(found[1:]))
    return kind


def typed_document(text: str, start: int, end: int) -> T | None:
    """The type a "document type" field near the "document number" label at [start, end) names: in the same
    JSON object or line, before or after the label."""
    lo = max(0, start - 240)
    brace = text.rfind("{", lo, start)
    lo = max(lo, brace, text.rfind("\n", lo, max(lo, start - 120)) if brace == -1 else brace)
    close = text.find("}", end, end + 240)
    hi = close if close != -1 else min(len(text), end + 160)
    window = text[lo:hi].lower()
    label = text[start:end].lower()
    if "national" in label or "identity" in label or "card" in label:
        # its own kind: the country says which (a sibling's type does not); the country may be a field of the
        # enclosing object, before the object holding the id ({"country": "IN", "subject": {"nationalId": ..}})
        kind = _national_id_of(text, lo, hi)
        if kind is None and brace != -1 and brace >= start - 240:
            outer = max(0, brace - 240, text.rfind("}", max(0, brace - 240), brace) + 1)
            kind = _national_id_of(text, max(outer, text.rfind("\n", outer, brace) + 1), brace)
        return kind
    if "typ" not in window and "tipo" not in window and "art" not in window and "kind" not in window:
        # no type field near (most "document number" labels): a national id of the issuing country a field
        # beside names ("country=IN ... doc_number=8328 4193 0425"), if its check holds (labelled_id checks)
        if "(" in window:
            # (accuracy33) the country in an aside of the label or the value, on its line: "TIN (Germany):", "Tax
            # ID: ... (ES)"
            line_hi = text.find("\n", end, hi)
            for m in _COUNTRY_ASIDE.finditer(text, start, hi if line_hi == -1 else line_hi):
                kind = national_id_kind(m.group("c"))
                if kind is not None:
                    return kind
        if "countr" in window or "nation" in window or "issu" in window or "residen" in window:
            line_lo = text.rfind("\n", lo, start) + 1 or lo
            line_hi = text.find("\n", end, hi)
            return _national_id_of(text, line_lo, hi if line_hi == -1 else line_hi) or _national_id_of(text, lo, hi)
        return None
    for fm in _DOC_TYPE_FIELD.finditer(text, lo, hi):
        vm = _DOC_TYPE_VALUE.match(text, fm.end())
        if vm is None:
            continue
        value = vm.group("v").strip().lower()
        kind = doc_type_kind(value.split()[0] if "=" in value else value)  # a log's value ends at its next field
        if kind is None and _NATIONAL_ID.fullmatch(value):
            kind = _national_id_of(text, lo, hi)
        if kind is not None:
            return kind
    return None


# A document type that names a national identity card without its country ("national_id", "ID card", "cédula"):
# the number is the national id of the country an issuing-country field beside it names, when its check holds.
_NATIONAL_ID = lazy(
    r"(?:national|nat)[ _-]?(?:id|identity)(?:[ _-]?(?:card|number|no))?|(?:id|identity)[ _-]?card|nationalid"
    r"|cni|c[ée]dula|carte[ _]d['’]identit[ée]|personalausweis|carta[ _]d['’]identit[àa]|documento[ _]nacional",
)
# (accuracy33: a tax id's country of residence, "country of residence: Germany", "tax_residency: DE")
_COUNTRY_ASIDE = lazy(r"\((?P<c>[A-Za-z][A-Za-z ]{1,29})\)")
_ISSUER = lazy(
    r"(?:issu(?:ing|er)[ _-]?(?:country|state|nation)?|country(?:[ _-]?(?:code|of[ _-]?(?:issue|residence)))?"
    r"|nationality|(?:tax[ _-]?)?residency)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<c>[A-Za-z][A-Za-z ]{1,29})",
    re.I,
)
_NATIONAL_IDS: dict[str, T] = {
    **dict.fromkeys(("sgp", "sg", "singapore", "singapur", "singapour"), T.SG_NRIC),
    **dict.fromkeys(("esp", "es", "spain", "españa", "espana", "spanien", "espagne", "spagna", "espanha"), T.ES_DNI),
    **dict.fromkeys(("ind", "in", "india", "indien", "inde"), T.IN_AADHAAR),
    **dict.fromkeys(("bra", "br", "brazil", "brasil", "brasilien", "brésil", "bresile"), T.BR_CPF),
    **dict.fromkeys(("can", "ca", "canada", "kanada", "canadá"), T.CA_SIN),
    **dict.fromkeys(("ita", "it", "italy", "italia"), T.IT_FISCAL_CODE),
    **dict.fromkeys(("fra", "fr", "france", "francia", "frankreich", "frança"), T.FR_NIR),
    **dict.fromkeys(
        ("deu", "de", "germany", "deutschland", "alemania", "allemagne", "germania", "alemanha"), T.DE_TAX_ID
    ),
    **dict.fromkeys(("gbr", "gb", "uk", "united kingdom"), T.UK_NATIONAL_INSURANCE_NUMBER),
}


def national_id_kind(country: str) -> T | None:
    """The national id type of the country ``country`` names (a code of two or three letters, or its name)."""
    country = country.strip().lower()
    if not country:
        return None
    return _NATIONAL_IDS.get(country) or _NATIONAL_IDS.get(country.split(" ")[0])


def _national_id_of(text: str, lo: int, hi: int) -> T | None:
    """The national id type of the country an issuing-country field in ``text[lo:hi]`` names."""
    m = _ISSUER.search(text, lo, hi)
    if m is None:
        return None
    # (a log line's next field follows a bare code: "country=IN applicant=...")
    return national_id_kind(m.group("c"))


_S_FISCAL = b"AAAAAA00A00A000A"
# Ids whose written form is distinctive enough to stand without a label, once their check holds: a National
# Insurance number spaced in pairs ("AB 12 34 56 C"), a CPF with its dots and dash ("123.456.789-09"), a NIR
# in its printed groups ("1 85 05 78 006 084 36").
# Their shapes are fixed strings, found by ``bytes.find`` (a regex alternation without a literal prefix would
# be tried at every position of every document).
_SHAPED: tuple[tuple[bytes, T], ...] = (
    (b"000.000.000-00", T.BR_CPF),
    (b"0 00 00 00 000 000 00", T.FR_NIR),
    # a sort code and an eight-digit account number written together ("paid to 31-19-55 31348973"), when a
    # bank or payment word stands before it (_BANK_BEFORE)
    (b"00-00-00 00000000", T.UK_BANK_ACCOUNT),
    (b"00-00-00 / 00000000", T.UK_BANK_ACCOUNT),  # ("Bank for payroll: 40-12-19 / 55102938")
)
# A National Insurance number spaced in pairs, or (accuracy33) without a label or spaces ("JT483391B" in a
# roster's cell): its prefix, digits and suffix letter are distinctive (nino_ok); over every tune and dev set, 219
# of 222 such values are labelled NINOs (the others: two part numbers, one format example). Both shapes in one
# search of the shape (two literals' finds cost half as much again).
_S_NINO = lazy(rb"AA(?: 00 00 00 |000000)A")
# (accuracy33) A table column of things' codes, where a NINO's shape is a part number ("part_no": "LR073719D").
_THING_COLUMN = lazy(r"(?i:part|sku|model|serial|product|item|upc|ean|gtin|isbn|lot|batch|firmware|version|build)")


def _in_thing_column(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a CSV/TSV column (the text's first line its header) named for a thing's code."""
    nl = text.find("\n", 0, 2001)
    if nl == -1 or pos <= nl:
        return False
    lo = text.rfind("\n", max(0, pos - 4000), pos) + 1
    if lo == 0:
        return False  # a line over 4000 characters is no table's row
    header = text[:nl]
    hi = text.find("\n", pos)
    line = text[lo : hi if hi != -1 else len(text)]
    delim = next((d for d in ",\t;|" if d in header and d in line), None)
    if delim is None:
        return False
    cells = header.split(delim)
    col = text.count(delim, lo, pos)
    return col < len(cells) and _THING_COLUMN.search(cells[col]) is not None


_BANK_BEFORE = lazy(
    r"\b(?:account|acct|a/c|bank|banking|sort|paid|pay|refund|transfer|remit|credit|deposit|bacs|iban|payee)",
    re.I,
)


def scan_fiscal_codes(text: str, shape: bytes, out: Findings) -> None:
    """Italian fiscal codes by their shape and check letter, labelled or not; and the spaced or punctuated
    forms of NINO, CPF and NIR (``_SHAPED``) whose checks hold."""
    nino, nino_check = _RULES[T.UK_NATIONAL_INSURANCE_NUMBER]
    for hit in _S_NINO.finditer(shape):
        s, e = hit.span()
        after = shape[e : e + 2]
        if (s and shape[s - 1] in b"0Aa.-") or after[:1] in (b"0", b"A", b"a", b"-") or after in (b".0", b",0"):
            continue
        if e - s == 9 and _in_thing_column(text, s):
            continue
        m = nino.fullmatch(text, s, e)
        if m and nino_check(_compact(m.group())):
            out.add(T.UK_NATIONAL_INSURANCE_NUMBER, s, e, 0.85)
    for literal, etype in _SHAPED:
        s = shape.find(literal)
        while s != -1:
            e = s + len(literal)
            after = shape[e : e + 2]
            whole = not (s and shape[s - 1] in b"0Aa.-") and after[:1] not in (b"0", b"A", b"a", b"-")
            if whole and after not in (b".0", b",0"):  # not part of a longer token
                pattern, check = _RULES[etype]
                if etype is T.UK_BANK_ACCOUNT and _BANK_BEFORE.search(text, max(0, s - 80), s) is None:
                    s = shape.find(literal, e)
                    continue
                m = pattern.fullmatch(text, s, e)
                if m and check(_compact(m.group())):
                    out.add(etype, s, e, 0.85)
            s = shape.find(literal, e)
    pattern, check = _RULES[T.IT_FISCAL_CODE]
    # The shape is a literal: bytes.find gives finditer's non-overlapping hits, in two thirds of the time.
    s = shape.find(_S_FISCAL)
    while s != -1:
        if not (s and shape[s - 1] in b"0Aa"):
            m = pattern.match(text, s)
            if m and check(m.group()):
                out.add(T.IT_FISCAL_CODE, s, m.end(), 0.9)
        s = shape.find(_S_FISCAL, s + len(_S_FISCAL))
