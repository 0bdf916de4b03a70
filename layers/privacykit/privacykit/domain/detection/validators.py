"""Checks for values whose format carries a checksum or a numbering rule.

Every function takes the matched text and answers a bool; they are cheap and only run on candidates the
prefilter found, never on the whole input.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.wordlists import data_lines

__all__ = [
    "luhn_ok",
    "card_ok",
    "ssn_ok",
    "iban_ok",
    "iban_length",
    "ipv4_ok",
    "ipv6_ok",
    "phone_ok",
    "phone_possible",
    "phone_parse_budget",
    "PHONE_PARSES_PER_WINDOW",
    "labelled_phone_ok",
    "calendar_date_ok",
]


@cache
def _phonenumbers() -> ModuleType:
    # Imported on first use: libphonenumber's metadata and python-stdnum cost ~40 ms of cold start, which a
    # Lambda that never meets a phone number or an IBAN should not pay.
    import phonenumbers
    from phonenumbers import re_util

    # Keep every metadata pattern compiled: numbers of many countries need more patterns than the re module
    # caches (512), and a text of them recompiled patterns on every number (2.5 s of CPU for a MiB of them).
    re_util.enable_pattern_cache()
    return phonenumbers


#: Each digit's Luhn value when doubled (2d, less 9 above 9).
_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) checksum over a string of digits."""
    if digits.isascii() and digits.isdigit():
        # in C: every other digit from the right as is, the others doubled, summed as bytes less 48 each
        kept, doubled = digits[::-2], digits[-2::-2].translate(_LUHN_DOUBLED)
        return (sum(kept.encode()) + sum(doubled.encode()) - 48 * len(digits)) % 10 == 0
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _issuer_lengths(d: str) -> tuple[int, ...]:
    """Card lengths allowed for the issuer identified by the leading digits (empty: no real issuer)."""
    p2 = int(d[:2])
    p4 = int(d[:4])
    p6 = int(d[:6])
    if d[0] == "4":  # Visa
        return (13, 16, 19)
    if p2 in (34, 37):  # American Express
        return (15,)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard, including the 2-series
        return (16,)
    if d.startswith("6011") or 644 <= int(d[:3]) <= 649 or p2 == 65 or 622126 <= p6 <= 622925:  # Discover
        return (16, 17, 18, 19)
    if 3528 <= p4 <= 3589:  # JCB
        return (16, 17, 18, 19)
    if p2 in (36, 38, 39) or 300 <= int(d[:3]) <= 305:  # Diners Club
        return (14, 15, 16)
    if p2 == 62:  # UnionPay
        return (16, 17, 18, 19)
    if p4 in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763):  # Maestro
        return (12, 13, 14, 15, 16, 17, 18, 19)
    return ()


def card_ok(digits: str) -> bool:
    """A payment card number: a real issuer prefix, that issuer's length and a valid Luhn digit."""
    if not 12 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    return len(digits) in _issuer_lengths(digits) and luhn_ok(digits)


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """SSA numbering rules: no 000, 666 or 9xx area, no 00 group, no 0000 serial."""
    if area in ("000", "666") or area[0] == "9":
        return False
    return group != "00" and serial != "0000"


@cache
def _bban_format(country: str) -> re.Pattern[str] | None:
    """The BBAN format of ``country`` in the IBAN registry that ships with python-stdnum, None if it has none."""
    # Read once per country: stdnum's own validate looks the country up in its registry with a linear,
    # per-character search on every call, ~25 us, which a page of IBANs pays tens of thousands of times.
    from stdnum import numdb

    info = numdb.get("iban").info(country)
    bban = info[0][1].get("bban", "") if info and info[0][0] == country else ""
    if not bban:
        return None
    kinds = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Za-z0-9]"}
    return re.compile("".join(f"{kinds[k]}{{{n}}}" for n, k in re.findall(r"(\d+)!([nac])", bban)))


@cache
def iban_length(country: str) -> int:
    """The length of an IBAN of ``country`` in the IBAN registry, 0 if it has none.

    ``iban_ok`` holds only at exactly this length, so a scanner can skip every other candidate for free.
    """
    bban = _bban_format(country)
    return 0 if bban is None else 4 + sum(int(n) for n in re.findall(r"\{(\d+)\}", bban.pattern))


# IBAN letters as their base-36 values (A=10 ... Z=35), for the mod-97 sum; the separators stdnum drops.
_BASE36 = {ord(c): str(i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", start=10)}
_IBAN_SEPARATORS = str.maketrans("", "", " -.")


def iban_ok(compact: str) -> bool:
    """Mod-97 checksum plus the country's registered length and BBAN format.

    The rule of python-stdnum's ``iban.validate(..., check_country=False)``, with its registry, computed
    without its per-character Python. National check digits inside the BBAN are not required: they differ
    per bank system and the mod-97 check already rules out typos and look-alikes.
    """
    number = compact.translate(_IBAN_SEPARATORS).strip().upper()
    rotated = number[4:] + number[:4]
    if not (rotated.isascii() and rotated.isalnum()) or int(rotated.translate(_BASE36)) % 97 != 1:
        return False
    bban = _bban_format(number[:2])
    return bban is not None and bban.fullmatch(number[4:]) is not None


#: An octet without a leading zero (leading zeros are octal in some parsers and never how addresses are logged).
_OCTET = r"(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_DOTTED_QUAD = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}")


@lru_cache(maxsize=8192)
def ipv4_ok(text: str) -> bool:
    """A real IPv4 address that can point at a host (not 0.0.0.0, loopback, or a netmask).

    Cached: logs repeat the same few addresses (and versions shaped like them) on line after line.
    """
    m = _DOTTED_QUAD.fullmatch(text)
    if m is None:
        return False
    first = int(m.group(1))
    if first in (0, 127):
        return False
    if first != 255:
        return True
    # Netmasks (255.255.255.0 and friends) are configuration, not addresses of anyone.
    a, b, c, d = (int(g) for g in m.groups())
    inverted = ~((a << 24) | (b << 16) | (c << 8) | d) & 0xFFFFFFFF
    return (inverted & (inverted + 1)) != 0


def ipv6_ok(text: str) -> bool:
    """A real IPv6 address other than ``::`` and ``::1``."""
    try:
        addr = ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return not (addr.is_unspecified or addr.is_loopback)


# A North American number as US text writes it: "(212) 555-0142", "212.555.0142", "+1 212 555 0142".
_NANP_TEXT = lazy(r"(?:\+?1[ .-]?)?\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})")
# The number types libphonenumber tells apart (PhoneMetadata attributes).
_NUMBER_TYPES = (
    "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip", "pager", "uan",
    "voicemail",
)  # fmt: skip


@cache
def _nanp_valid() -> re.Pattern[str]:
    """One pattern for every valid 10-digit national number of country code 1 (US, CA and the Caribbean).

    Built from libphonenumber's own metadata, it answers what ``is_valid_number`` answers for such a number
    (a region of +1 whose general pattern and one of whose type patterns match) without parsing: a parse and
    the region search cost 30-50 us a number, which a page of phone numbers multiplies. The pattern ships in
    ``data/nanp_valid.txt`` (``nanp_pattern_source`` writes it; a test keeps it equal to the metadata of the
    pinned libphonenumber), so checking a US number does not import libphonenumber (~15 ms of a cold start).
    """
    return re.compile(data_lines("nanp_valid.txt")[0])


@cache
def _nanp_regions() -> tuple[re.Pattern[str], ...]:
    """:func:`_nanp_valid`'s pattern as its regions' alternatives, each compiled on first use.

    A number is valid when one of them matches, as when the whole alternation does; the US comes first and
    holds most numbers, so a scan compiles its ~1,600 characters (~2 ms) and not the whole 14,000 (~17 ms).
    The data is digits, classes and groups only: no escaped or class-held parenthesis to miscount.
    """
    source = data_lines("nanp_valid.txt")[0]
    parts: list[str] = []
    depth = start = 0
    for i, c in enumerate(source):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return tuple(lazy(part) for part in parts)


def _nanp_ok(digits: str) -> bool:
    """Whether ten digits are a valid number of country code 1 (what ``_nanp_valid().match`` answers).

    The US region first; after ``_NANP_REGION_TRIES`` numbers it rejected, the whole alternation (compiled
    once, ~25 ms) answers for the rest in one C call instead of ~25 Python-level ones per number.
    """
    regions = _nanp_regions()
    if regions[0].match(digits) is not None:
        return True
    if _nanp_misses[0] < _NANP_REGION_TRIES:
        _nanp_misses[0] += 1
        return any(region.match(digits) is not None for region in regions[1:])
    return _nanp_valid().match(digits) is not None


_NANP_REGION_TRIES = 500
_nanp_misses = [0]  # numbers the US region rejected so far, in this process


def nanp_pattern_source() -> str:
    """The source of :func:`_nanp_valid`'s pattern, from the installed libphonenumber's metadata."""
    pn = _phonenumbers()
    alternatives = []
    for region in pn.COUNTRY_CODE_TO_REGION_CODE[1]:
        md = pn.PhoneMetadata.metadata_for_region(region)
        if md is None or md.general_desc is None or not md.general_desc.national_number_pattern:
            continue
        if md.general_desc.possible_length and 10 not in md.general_desc.possible_length:
            continue
        kinds = [
            d.national_number_pattern
            for d in (getattr(md, name, None) for name in _NUMBER_TYPES)
            if d is not None and d.national_number_pattern and (not d.possible_length or 10 in d.possible_length)
        ]
        if kinds:
            general = md.general_desc.national_number_pattern
            alternatives.append(f"(?=(?:{general})$)(?:{'|'.join(kinds)})$")
    return "|".join(f"(?:{a})" for a in alternatives)


@cache
def _shortest_national() -> dict[int, int]:
    """Per country calling code, the fewest digits a valid national number of any of its regions has."""
    pn = _phonenumbers()
    shortest: dict[int, int] = {}
    for cc, regions in pn.COUNTRY_CODE_TO_REGION_CODE.items():
        lengths = []
        for region in regions:
            md = pn.PhoneMetadata.metadata_for_region_or_calling_code(cc, region)
            if md is not None and md.national_prefix_transform_rule:
                lengths.append(1)  # a transform rule can lengthen a number ("2955740" -> "202955740")
            elif md is not None and md.general_desc is not None and md.general_desc.possible_length:
                lengths += [n for n in md.general_desc.possible_length if n > 0]
        shortest[cc] = min(lengths, default=1)
    return shortest


_NON_DIGIT = re.compile(r"[^0-9]")


def _too_short_international(text: str) -> bool:
    """Whether a "+"-written number has an unknown country code or too few digits for any of its regions.

    A parse only shortens the national number (a national prefix or carrier code comes off) unless a
    region has a transform rule (Madagascar, San Marino...: those codes are never judged here), so such a
    number is invalid without one.
    """
    digits = _NON_DIGIT.sub("", text)
    shortest = _shortest_national()
    for size in (1, 2, 3):
        cc = int(digits[:size] or 0)
        if cc in shortest:
            return len(digits) - size < shortest[cc]
    return True


#: How many numbers one window of text may have libphonenumber parse (15-40 us each). Past that a number is
#: judged by its length alone (a length its country's plan allows): a megabyte of distinct numbers, one a
#: line, took 2-4 s of CPU. A real document stays far under it; a dense phone column past it is still a
#: column of phones.
PHONE_PARSES_PER_WINDOW = 5000
_parses_left: ContextVar[int] = ContextVar("phone_parses_left", default=PHONE_PARSES_PER_WINDOW)


@contextmanager
def phone_parse_budget(parses: int = PHONE_PARSES_PER_WINDOW) -> Iterator[None]:
    """Allow ``parses`` libphonenumber parses until the block ends (``detect`` opens one per window)."""
    token = _parses_left.set(parses)
    try:
        yield
    finally:
        _parses_left.reset(token)


def _may_parse() -> bool:
    left = _parses_left.get()
    if left <= 0:
        return False
    _parses_left.set(left - 1)
    return True


@cache
def _possible_lengths() -> dict[str, frozenset[int]]:
    """Per region, and per calling code (as "+<code>"), the lengths of a national number its plan allows."""
    pn = _phonenumbers()
    lengths: dict[str, set[int]] = {}
    for cc, regions in pn.COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            md = pn.PhoneMetadata.metadata_for_region_or_calling_code(cc, region)
            if md is None or md.general_desc is None:
                continue
            found = {n for n in md.general_desc.possible_length if n > 0}
            lengths.setdefault(region, set()).update(found)
            lengths.setdefault(f"+{cc}", set()).update(found)
    return {key: frozenset(value) for key, value in lengths.items()}


def _length_possible(text: str, region: str) -> bool:
    """Whether ``text`` has as many digits as a number of its country may (the check past the parse budget)."""
    digits = _NON_DIGIT.sub("", text)
    lengths = _possible_lengths()
    if text.startswith("+"):  # a calling code of one, two or three digits (unrolled: no generator a number)
        size, get = len(digits), lengths.get
        return (
            size - 1 in get("+" + digits[:1], ())
            or size - 2 in get("+" + digits[:2], ())
            or size - 3 in get("+" + digits[:3], ())
        )
    allowed = lengths.get(region, frozenset())
    return len(digits) in allowed or len(digits.lstrip("0")) in allowed  # less a national prefix ("0...")


@cache
def _national_plan(region: str) -> tuple[frozenset[int], re.Pattern[str] | None]:
    """A region's national number lengths and the pattern every valid national number of it matches."""
    md = _phonenumbers().PhoneMetadata.metadata_for_region(region)
    if md is None or md.general_desc is None:
        return frozenset(), None
    pattern = md.general_desc.national_number_pattern
    lengths = frozenset(n for n in md.general_desc.possible_length if n > 0)
    return lengths, re.compile(pattern) if pattern else None


def national_may_be_valid(digits: str, region: str) -> bool:
    """Whether a number written nationally with its trunk "0" (``digits``, its digits only) can be valid in
    ``region``: its national number, with the trunk prefix or without it as a parse may leave it, has a length
    the plan allows and matches the plan's general pattern. Every valid number does, so a number that fails is
    rejected without the parse (15-40 us) that would reject it, and without spending the window's budget."""
    lengths, pattern = _national_plan(region)
    if pattern is None:
        return True  # nothing to judge by: leave it to the parse
    stripped = digits[1:] if digits.startswith("0") else digits
    return (len(stripped) in lengths and pattern.fullmatch(stripped) is not None) or (
        len(digits) in lengths and pattern.fullmatch(digits) is not None
    )


def _parsed(text: str, region: str) -> Any:
    """libphonenumber's reading of ``text`` (national for ``region``), or None when it is no number."""
    pn = _phonenumbers()
    try:
        return pn.parse(text, region)
    except pn.NumberParseException:
        return None


class _ParsedAnswers:
    """What libphonenumber answered, per (text, region), so logs and exports that repeat the same numbers
    parse each once (a parse costs 10-40 us). Only parsed answers are kept: an answer from the length check
    past a window's budget holds for that window alone, so a number's fate never depends on what the
    process scanned before."""

    def __init__(self, size: int, judge: Callable[[Any], bool]) -> None:
        self._size = size
        self._judge = judge
        self._answers: dict[tuple[str, str], bool] = {}

    def answer(self, text: str, region: str) -> bool:
        """The remembered answer; else the judge's on a parse, within the window's budget; else the length's."""
        known = self._answers.get((text, region))
        if known is not None:
            return known
        if not _may_parse():
            return _length_possible(text, region)
        num = _parsed(text, region)
        answer = num is not None and self._judge(num)
        if len(self._answers) >= self._size:
            del self._answers[next(iter(self._answers))]  # the oldest: insertion order
        self._answers[(text, region)] = answer
        return answer


def _valid_number(num: Any) -> bool:
    pn = _phonenumbers()
    if num.country_code == 1 and pn.is_valid_number_for_region(num, "US"):
        return True  # what is_valid_number finds first (the US leads country code 1), at half its cost
    return bool(pn.is_valid_number(num))


def _possible_number(num: Any) -> bool:
    pn = _phonenumbers()
    return bool(pn.is_possible_number(num)) and pn.region_code_for_country_code(num.country_code) != "ZZ"


_VALID = _ParsedAnswers(16384, _valid_number)
_POSSIBLE = _ParsedAnswers(4096, _possible_number)


def phone_ok(text: str, region: str = "US") -> bool:
    """A number libphonenumber considers valid (international form, or national for ``region``).

    A US-written number of country code 1 is checked against libphonenumber's patterns directly
    (``_nanp_ok``); past the window's parse budget a number is judged by its length.
    """
    if region == "US":
        m = _NANP_TEXT.fullmatch(text)
        if m:
            return _nanp_ok(m.group(1) + m.group(2) + m.group(3))
    if text.startswith("+") and _too_short_international(text):
        return False
    return _VALID.answer(text, region)


def phone_possible(text: str, region: str = "US") -> bool:
    """A number of a length its country's plan allows (libphonenumber's ``is_possible_number``), for a number a
    label already says is a phone: real records hold numbers from unallocated ranges, written all the same."""
    return _POSSIBLE.answer(text, region)


# A date or a time of day written with separators: the shapes of a labelled value that are not a phone.
_DATE_OR_TIME = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}:\d{2}")

# Five pairs of digits, one separator throughout, as France writes a number ("07.27.79.37.83"): no date has them.
_PAIRS_OF_DIGITS = re.compile(r"0\d([ .-])\d\d(?:\1\d\d){3}")


def labelled_phone_ok(text: str) -> bool:
    """A value a phone label names (``Tel: 0803 123 4567``): 7 to 15 digits, not a date or a time, and, when
    written with its country code, of a length that country's plan allows.

    A national number is not checked against each country's plan: with a dozen countries to try, almost
    any 7 to 15 digits are valid in one of them (so the check rejected next to nothing), and trying them
    all cost 0.7 ms for a number that fails (a megabyte of ``Tel: <9 digits>`` lines took 54 s of CPU).
    """
    digits = sum(map(str.isdigit, text))
    if not 7 <= digits <= 15:
        return False
    # A date or a time holds one of its separators: a number without any is not searched for one.
    if (
        ("-" in text or "." in text or "/" in text or ":" in text)
        and _DATE_OR_TIME.search(text)
        and not _PAIRS_OF_DIGITS.fullmatch(text)
    ):
        return False
    if text.startswith("+"):
        return phone_possible(text)
    return len(set(text) - {" ", "-", ".", "(", ")"}) > 1  # not one digit over and over ("0000000")


def calendar_date_ok(year: int, month: int, day: int) -> bool:
    """A real calendar date in a plausible birth-year range."""
    if not 1880 <= year <= 2100:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
