"""Identifiers beyond the US (issue 13): national, tax and health numbers, foreign passports, UK bank accounts.

Most of these are short digit strings that an order number can also be, so each is read only after a label
that names it ("NHS number", "NINO", "DNI", "codice fiscale", "CPF"... in ``data/keywords.tsv``, kind
``id:<TYPE>``) and kept only when its check digits hold (python-stdnum, loaded on first use, or the rule
written here where stdnum has none). The Italian codice fiscale is distinctive enough (16 characters in a
fixed letter/digit pattern with a check letter) to be found by its shape alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import import_module

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.context import value_after
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy

__all__ = ["labelled_id", "scan_fiscal_codes", "nric_ok", "nino_ok", "mbi_ok"]


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
    return digits >= 6 and len(value) <= 20


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
    T.HEALTH_PLAN_ID: (lazy(r"[A-Z]{0,4}[- ]?\d[\dA-Z-]{5,17}(?![\w-])"), _plan_id_ok),
    T.UK_BANK_ACCOUNT: (
        lazy(r"\d{2}-\d{2}-\d{2}(?:[ ,;/]{1,3}(?:account(?: number| no\.?)?:?[ ]*)?\d{8})?(?![\w-])"),
        lambda v: True,
    ),
}


# Words that make a member, subscriber or policy number a health plan's: a loyalty card, gym, library or car
# insurance has member and policy numbers too.
_HEALTH_PLAN_CONTEXT = lazy(
    r"health|medical|dental|vision|medicaid|medicare|\bhmo\b|\bppo\b|\bepo\b|copay|deductible|payer|payor|"
    r"blue ?cross|blue ?shield|bcbs|aetna|cigna|humana|kaiser|united ?health|anthem|tricare|pharmacy|\brx\b|"
    r"patient|clinic|hospital|physician|formulary|prior auth|eligibility",
    re.I,
)
# ...and what makes it something else even then, on the label's line: another kind of insurance, a bank or
# credit union, a pension, a phone or streaming plan, a loyalty scheme.
_NOT_HEALTH_PLAN = lazy(
    r"\b(?:auto|car|vehicle|motor|home|homeowners?|renters?|property|travel|pet|life|loyalty|rewards?|"
    r"gym|library|club|frequent|flyer|airline|hotel|points?|credit union|bank|banking|savings|checking|"
    r"pension|retirement|401\(k\)|union|newsletter|streaming|mobile|wireless|cellular|broadband|"
    r"subscription|warranty|order)\b",
    re.I,
)


def _health_plan_context(text: str, start: int, end: int) -> bool:
    """Whether a generic member/subscriber/policy label at [start, end) is about a health plan."""
    label = text[start:end].lower()
    if "health" in label:
        return True
    lo = max(text.rfind("\n", max(0, start - 80), start) + 1, start - 80)
    hi = text.find("\n", end, end + 80)
    line = text[lo : min(len(text), end + 80) if hi == -1 else hi]
    if _NOT_HEALTH_PLAN.search(line) is not None:
        return False
    return _HEALTH_PLAN_CONTEXT.search(text, max(0, start - 200), end + 80) is not None


def labelled_id(text: str, end: int, type_name: str, out: Findings, start: int | None = None) -> None:
    """The identifier of type ``type_name`` right after its label, at [start, end), if it checks out."""
    etype = T(type_name)
    if etype is T.HEALTH_PLAN_ID and start is not None and not _health_plan_context(text, start, end):
        return
    pattern, check = _RULES[etype]
    m = value_after(text, end, pattern)
    if m and check(_compact(m.group()) if etype is not T.UK_BANK_ACCOUNT else m.group()):
        out.add(etype, m.start(), m.end(), 0.9)


_S_FISCAL = lazy(rb"AAAAAA00A00A000A")


def scan_fiscal_codes(text: str, shape: bytes, out: Findings) -> None:
    """Italian fiscal codes by their shape and check letter, labelled or not."""
    pattern, check = _RULES[T.IT_FISCAL_CODE]
    for hit in _S_FISCAL.finditer(shape):
        s = hit.start()
        if s and shape[s - 1] in b"0Aa":
            continue
        m = pattern.match(text, s)
        if m and check(m.group()):
            out.add(T.IT_FISCAL_CODE, s, m.end(), 0.9)
