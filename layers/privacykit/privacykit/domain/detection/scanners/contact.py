"""Contact details: e-mail addresses, phone numbers and IP addresses.

US-shaped phone candidates come from the number-shape scan (``numbers.py``) and labelled ones from the keyword
scan (``keywords.py``); the rules that accept them live here.
"""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import count_digits, labelled_as_thing, preceding
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.names import COMMON, DISPLAY_NAME, looks_like_person, name_tokens, trim_name
from privacykit.domain.detection.shapes import free_after, free_before
from privacykit.domain.detection.structure import (
    LOWERING,
    enclosing_key,
    far_from_key,
    field_key,
    in_version_prose,
    introduced_as_version,
    key_words,
    lowered,
    ordered_key_words,
)
from privacykit.domain.detection.wordlists import fold, words

__all__ = [
    "scan_email",
    "add_us_phone",
    "scan_intl_phones",
    "scan_ipv4",
    "scan_ipv6",
    "PHONE_VALUE",
    "PHONE_REGIONS",
    "drop_test_numbers",
]

# ------------------------------------------------------------------------------------------- e-mail
_EMAIL_LOCAL = lazy(r"[A-Za-z0-9._%+'-]{1,64}$")
_EMAIL_DOMAIN = lazy(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![\w-])")
_EMAIL_FULL = lazy(r"[A-Za-z0-9._%+'-]{1,64}@(?=[A-Za-z0-9])")
_FILE_TLDS = words("png jpg jpeg gif svg webp bmp ico pdf txt js css map json xml html")


def _email_candidates(text: str) -> Iterator[tuple[int, int]]:
    """(start of local part, position of '@') for every '@' with a plausible local part before it."""
    if text.count("@", 0, 200_000) > 400:
        # Dense (an export full of addresses): one regex pass beats a look-back per '@'.
        for m in _EMAIL_FULL.finditer(text):
            yield m.start(), m.end() - 1
        return
    find = text.find
    i = find("@")
    while i != -1:
        m_local = _EMAIL_LOCAL.search(text, max(0, i - 64), i)
        if m_local:
            yield m_local.start(), i
        i = find("@", i + 1)


def scan_email(text: str, out: Findings) -> None:
    """E-mail addresses, found from their '@'."""
    for start, i in _email_candidates(text):
        m_dom = _EMAIL_DOMAIN.match(text, i + 1)
        if not m_dom:
            continue
        while start < i and text[start] in "._%+-'":  # a local part cannot start with punctuation
            start += 1
        end = m_dom.end()
        local = text[start:i]
        tld = text[text.rfind(".", i, end) + 1 : end].lower()
        nxt = text[end + 1 : end + 2]
        # git@host:org/repo and other scp-style targets are repository addresses, not mailboxes.
        scp = text[end : end + 1] == ":" and nxt not in ("", " ", "\n", "\t", "\r")
        if local and local[-1] != "." and tld not in _FILE_TLDS and not scp and local.lower() != "git":
            if _placeholder_mailbox(text, start, i, end, tld):
                continue
            if _message_id(text, start):
                continue
            out.add(T.EMAIL, start, end, 0.95)
            if start and text[start - 1] == "<":
                _display_name(text, start - 1, local, out, end)


# A header or key naming a message's identifier (RFC 5322 "Message-ID", "In-Reply-To", "References"; a mail
# server's log "message-id=<...>"): the "<id@host>" after it is no mailbox.
_MESSAGE_ID = lazy(r"(?i)\b(?:resent-)?(?:message[-_]?id|in-reply-to|references|msg[-_]?id)[\"']?[ \t]*[:=]")


def _message_id(text: str, start: int) -> bool:
    """Whether the address starting at ``start`` is inside a "<...>" after a message id's header on its line."""
    lo = text.rfind("\n", max(0, start - 200), start) + 1
    lt = text.rfind("<", lo, start)
    if lt == -1 or any(c.isspace() for c in text[lt:start]):
        return False
    return _MESSAGE_ID.search(text, lo, lt) is not None


# Domains reserved for documentation and tests (RFC 2606, RFC 6761): "example.com/.net/.org", and the TLDs
# ".example", ".test", ".invalid", ".localhost".
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})
_RESERVED_DOMAIN_TLDS = frozenset({"com", "net", "org"})  # of "example.com", "example.net", "example.org"
# The local part of a placeholder mailbox: words a sample, a form's hint or a system sender is written with
# ("user@example.com", "noreply@...", "test+bounce@...", "cliente@..."), joined by ".", "-", "_" or "+",
# digits allowed. A person's name there ("jane.roe@example.com") is labelled by every author of the tune sets.
_PLACEHOLDER_LOCAL = lazy(
    r"(?:(?:no|do|not|reply|noreply|donotreply|user|username|customer|client|cliente|kunde|someone|somebody|"
    r"anyone|nobody|test|tester|testing|qa|seed|demo|sample|dummy|fake|placeholder|example|email|mail|e-mail|"
    r"you|your|yourname|name|firstname|lastname|first|last|me|foo|bar|baz|bounce|bounces|null|anonymous|"
    r"usuario|utente|utilisateur|benutzer|gebruiker)\d*(?:[.+_-]|$))+",
    re.I,
)


def _placeholder_mailbox(text: str, start: int, at: int, end: int, tld: str) -> bool:
    """Whether the mailbox on [start, end) (its "@" at ``at``) is a documentation example: a placeholder local
    part at a domain reserved for documentation. Counted in the tune sets (accuracy17): 126 mailboxes with a
    person's local part at a reserved domain are labelled, none left unlabelled; the 10 with a placeholder
    local part ("customer@", "no-reply@", "qa-seed@", "test@") are all left unlabelled."""
    if tld not in _RESERVED_TLDS and (
        tld not in _RESERVED_DOMAIN_TLDS
        or text[end - 11 : end - 4].lower() != "example"
        or (end - 11 != at + 1 and text[end - 12] != ".")
    ):
        return False
    m = _PLACEHOLDER_LOCAL.match(text, start, at)
    return m is not None and m.end() == at


# A mailbox's display name just before its "<": "Tsukazar Brzęczyszczykiewicz <tb@example.com> wrote:".
_DISPLAY_NAME = lazy(r"(?:^|(?<=[\s,:;(\[]))[\"']?(" + DISPLAY_NAME + r")[\"']?[ \t]*$")
# Mailboxes of a role, a team or a system: their display name is a department or a product, not a person.
_ROLE_LOCAL = lazy(
    r"(?:no-?reply|do-?not-?reply|support|help|info|billing|sales|admin|team|hello|contact|service|"
    r"bookings?|referrals?|notifications?|alerts?|accounts?|office|hr|jobs|careers|press|orders?|reception)\b",
    re.I,
)


# A quoted reply's header after the mailbox: "On 9 Oct 2025, Name <support@...> wrote:" (and other languages).
_WROTE_AFTER = lazy(r">[ \t]*(?:wrote|a écrit|schrieb|escribió|ha scritto|escreveu|schreef|napisał|napisała)\b")


def _display_name(text: str, lt: int, local: str, out: Findings, end: int) -> None:
    """The person named before the ``<`` at ``lt`` that opens a personal mailbox, or a team's mailbox whose reply
    header names its writer ("On 9 Oct, Jane Roe <support@...> wrote:": an agent answering from it)."""
    role = _ROLE_LOCAL.match(local) is not None
    if role and not _WROTE_AFTER.match(text, end):
        return
    m = _DISPLAY_NAME.search(text, max(0, lt - 80), lt)
    if m is None:
        return
    s, e = trim_name(text, m.start(1), m.end(1))
    if role and (e != m.end(1) or any(fold(t) in COMMON for t in name_tokens(text[s:e]))):
        return  # a team's name ("Retail Example Support"), not its agent's
    if e > s and looks_like_person(name_tokens(text[s:e]), True) and len(name_tokens(text[s:e])) >= 2:
        out.add(T.PERSON, s, e, 0.8)


# -------------------------------------------------------------------------------------------- phones
_PHONE_SEPS = lazy(r"\d{3}(?P<sep>[ .-])\d{3}(?P=sep)\d{4}|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}")
_COUNTRY_CODE_BEFORE = lazy(r"(?:\+?1[ .-]?)$")
_S_PLUS = lazy(rb"\+0")
_INTL_PHONE = lazy(r"\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\w])")
# A phone number after a label (keywords.py), and the regions it may be written for (CSV columns try the first four).
PHONE_VALUE = lazy(r"\+?\(?\d[\d ().\-/]{5,18}\d(?![\w])")
PHONE_REGIONS = ("US", "GB", "IN", "CA", "AU", "DE", "FR", "ES", "IT", "NL", "IE", "MX", "BR", "NG", "ZA", "PH")


def add_us_phone(text: str, shape: bytes, s: int, e: int, out: Findings) -> None:
    """A US-shaped phone number at [s, e), with an optional +1 in front, if libphonenumber accepts it.

    The number shapes scan (``numbers.py``) finds the candidates; one separator used throughout is required.
    """
    if not _PHONE_SEPS.fullmatch(text, s, e):
        return
    if not (free_before(shape, s, b"0Aa./_") and free_after(shape, e)):
        return
    if e + 1 < len(shape) and shape[e] == ord(".") and shape[e + 1] == ord("0"):
        return
    pre = _COUNTRY_CODE_BEFORE.search(text, max(0, s - 3), s)
    if pre and (pre.start() == 0 or not text[pre.start() - 1].isalnum()):
        s = pre.start()
    if not labelled_as_thing(text, s) and v.phone_ok(text[s:e]):
        out.add(T.PHONE, s, e, 0.85)


def scan_intl_phones(text: str, shape: bytes, out: Findings) -> None:
    """International numbers written with a leading '+', and national ones written with their trunk '0'."""
    _scan_trunk_phones(text, out)
    if "+" not in text:
        return
    for m in _S_PLUS.finditer(shape):
        s = m.start()
        if not free_before(shape, s, b"0Aa+"):
            continue
        pm = _INTL_PHONE.match(text, s)
        if pm and 8 <= count_digits(pm.group()) <= 15 and (v.phone_ok(pm.group()) or _grouped_possible(pm.group())):
            out.add(T.PHONE, s, pm.end(), 0.85)


# A number written as people write phones ("+44 7700 900920": a country code, then groups) of a length its
# country's plan allows is a phone even in an unallocated or reserved range (records and test data hold them);
# a run of one digit ("+49 000 0000000") is a placeholder.
# (the trunk "0" kept in brackets after the country code, as UK numbers are written abroad: "+44 (0)20 ...")
_GROUPED_INTL = lazy(r"\+\d{1,3}[ .-](?:\(0\)[ ]?)?\(?\d{1,5}\)?(?:[ .-]\d{2,8}){1,4}")


def _grouped_possible(value: str) -> bool:
    if not _GROUPED_INTL.fullmatch(value):
        return False
    digits = _NON_DIGITS.sub("", value)
    return len(set(digits[3:])) > 2 and v.phone_possible(value)


# A national number written with its trunk prefix "0" and grouped as people write phone numbers: "0161 948 8076",
# "(08) 8042 4484", "03-9942-5399", "07932 720100", "(091) 683294". The literal before it keeps the scan cheap.
# It is found from its "0" (a literal the regex engine finds fast), with what stands before it checked after.
_TRUNK_PHONE = lazy(r"0(?<=[\s>|,;:(\"'=]0)\d{1,4}\)?[ -]\d{2,6}(?:[ -]\d{2,4}){0,3}(?![\w-]|[.,]\d)")
# Countries whose numbers are written nationally with a trunk "0" (most of Europe, Oceania, India, Africa):
# a candidate valid in one of them is a phone number.
_TRUNK_REGIONS = ("GB", "AU", "NZ", "IE", "DE", "FR", "IN", "ZA")
# A US National Drug Code (labeler-product-package: 4-4-2, 5-3-2, 5-4-1, 5-4-2), not a phone number.
_NDC = lazy(r"\d{4,5}-\d{3,4}-\d{1,2}")
_NON_DIGITS = lazy(r"\D+")


def _digit_group_before(text: str, s: int) -> bool:
    """Whether a group of digits stands just before ``s`` (the candidate is the tail of a longer number)."""
    before = text[max(0, s - 2) : s]
    return before[-1:].isdigit() or (len(before) == 2 and before[1] in " -" and before[0].isdigit())


def _scan_trunk_phones(text: str, out: Findings) -> None:
    """National numbers with their trunk prefix, valid in a country that writes them so (libphonenumber)."""
    for m in _TRUNK_PHONE.finditer(text):
        s, e = m.span()
        if s and text[s - 1] == "(" and ")" in text[s:e]:
            s -= 1  # the area code in parentheses: "(08) 8042 4484", not a number in brackets
        value = text[s:e]
        digits = count_digits(value)
        if not 9 <= digits <= 12 or _digit_group_before(text, s):
            continue
        if value.count("(") != value.count(")") or _NDC.fullmatch(value) or labelled_as_thing(text, s):
            continue
        # Only the countries whose plan the number's length and digits fit are asked to parse it (a parse each
        # of eight countries spent the window's budget on a page of numbers).
        number = _NON_DIGITS.sub("", value)
        if any(v.national_may_be_valid(number, r) and v.phone_ok(value, r) for r in _TRUNK_REGIONS):
            out.add(T.PHONE, s, e, 0.8)


# Numbers reserved for fiction and documentation by their numbering plans: Ofcom's drama ranges (07700 900xxx,
# 01632 960xxx, 020 7946 0xxx, 0113-0161 496 0xxx, 0191 498 0xxx, 028 9649 6xxx, 029 2018 0xxx, 0808 157 0xxx,
# 0909 879 0xxx, 0306 999 0xxx), the NANP's 555-0100 to 555-0199 and ACMA's 0491 570-572 xxx, (02) 5550 xxxx,
# (03) 7010 xxxx, (07) 5550 xxxx, (08) 7010 xxxx. Records of other authors use them as real numbers (a form filled
# with invented values), so one is dropped only when the words around it say it is a test value.
_FICTIONAL = lazy(
    r"(?:44|0)(?:7700900|1632960|2079460|1(?:1[3-8]|21|31|41|51|61)4960|1914980|2896496|2920180|8081570|9098790|"
    r"3069990)\d{3}|(?:1)?\d{3}55501\d\d|(?:61|0)(?:49157[0-2]\d{3}|[27]5550\d{4}|[38]7010\d{4})"
)
_TEST_WORDS = lazy(
    r"(?<![^\W_])(?<![@.])(?:fixtures?|test(?:ing)?|dummy|sample|examples?|fictional|fictitious|drama|placeholder|mock|"
    r"demo|fake|synthetic|documentation|docs)(?![^\W_])(?!\.[a-z])",  # (not a domain: "example.org")
    re.I,
)


def _fictional_number(value: str) -> bool:
    digits = _NON_DIGITS.sub("", value)
    if digits.startswith("00"):
        digits = digits[2:]
    if digits.startswith("440"):
        digits = "44" + digits[3:]  # "+44 (0)20 7946 0123"
    return _FICTIONAL.fullmatch(digits) is not None


def drop_test_numbers(items: list[Finding], text: str, examples: list[tuple[int, int]] | None = None) -> list[Finding]:
    """``items`` without the phones in a range reserved for fiction that their line calls a test value
    ("msisdn_fixture: +44 7700 900061", "Support: +44 7700 900214 (test line in our docs only)"), and without any
    value that a word of ``examples`` (the keyword pass's, kind "example") calls an example (:func:`_example_of`)."""
    if examples:
        items = [f for f in items if f.type in _TERMS or not _example_of(text, f.start, f.end, examples)]
    if not any(f.type is T.PHONE for f in items):
        return items
    kept: list[Finding] = []
    for f in items:
        if f.type is T.PHONE and _fictional_number(text[f.start : f.end]):
            lo = text.rfind("\n", max(0, f.start - 200), f.start) + 1
            hi = text.find("\n", f.end, f.end + 200)
            if _TEST_WORDS.search(text, max(lo, f.start - 200), hi if hi != -1 else f.end + 200):
                continue
        kept.append(f)
    return kept


# Conditions and drugs are judged by the medical admission (medical.py: "e.g." on a form is read there).
_TERMS = frozenset({T.DIAGNOSIS, T.MEDICATION})
# The end of a sentence between a cue and a value: a word of two small letters or more (or digits, or a closing
# bracket), then ".", "!" or "?" before a space ("Dr. Ames", "Licence No. X0000000", "e.g. 12" are no ends).
_SENTENCE_END = lazy(r"(?<![^\W_])(?:[a-zß-ÿ]{2,}|\d+|[)\]])[.!?](?=\s)")
# What stands between a value and a cue after it that says the value is an example: a bracket ("01632 960000
# (example)", "... (dummy data, not a member)") or a copula ("AB 12 34 56 C is a format example only").
_CUE_AFTER = lazy(r"[\s'\"]*\(|.*?\b(?:is|are|ist|sind|est|sont|es|son|è|sono)\b", re.I)


def _example_of(text: str, s: int, e: int, cues: list[tuple[int, int]]) -> bool:
    """Whether the value at [s, e) is one its text calls an example: a cue inside it; a cue before it on its line
    and in its sentence, either with a label's colon between ("Example: Joe Bloggs, 1 Any Street", "Example of a
    valid entry: Licence No. X0000000") or at most two words before it ("e.g. 03/11/1987", "z. B. 86095742719"), and
    not in brackets closed before it ("Emergency contact (e.g. spouse): Ana Ruiz" names a real one); or a cue after
    it in its sentence, in brackets or after a copula ("07700 900123 (example)", "... is an illustration only")."""
    i = bisect_left(cues, (s, -1))
    if i < len(cues) and cues[i][0] < e:
        return True
    if i:
        cs, ce = cues[i - 1]
        gap = text[ce:s]
        if (
            s - ce <= 160
            and "\n" not in gap
            and gap.count(")") <= gap.count("(")
            and not _SENTENCE_END.search(gap)
            and (len(gap.split()) <= 2 or (":" in gap and gap.count(":") == 1 and gap.index(":") <= 40))
        ):
            return True
    if i < len(cues):
        cs, ce = cues[i]
        gap = text[e:cs]
        if cs - e <= 60 and "\n" not in gap and ":" not in gap and not _SENTENCE_END.search(gap):
            return _CUE_AFTER.match(gap) is not None
    return False


# ------------------------------------------------------------------------------------- IP addresses
_IPV4_TAIL = lazy(r"\.\d{1,3}\.\d{1,3}\.\d{1,3}")  # searched for its leading ".", much faster than digits
_IPV4 = lazy(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})")
_VERSION_BEFORE = lazy(r"\b(?:v|version|ver\.?|build|release|firmware|fw|rev|oid)[\"']?[\s:=]*[\"']?$", re.I)
# What every version label above ends in, before its quotes and separators: a cheap test that most quads fail.
_VERSION_LABEL_END = lazy(r"[vnrdewVNRDEW.][\"']?[\s:=]*[\"']?$")
# (possessive: a group is followed by a colon, which it cannot hold, so giving back one of its bytes never matches;
# each colon of a log's timestamps entered the hint and gave its digits back one by one)
_S_IPV6_HINT = lazy(rb":[0aA]{1,4}+:[0aA]{1,4}+:[0aA]{1,4}+:")  # its shape (see shapes.py)
_S_IPV6_ANY = lazy(rb"::|:[0aA]{1,4}+:[0aA]{1,4}+:[0aA]{1,4}+:")  # a "::" or the hint, whichever comes first
_IPV6 = lazy(
    r"(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
    r"|(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?"
    r"(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?"
)
_HEXCOLON = frozenset("0123456789abcdefABCDEF:")
_HEXCOLON_RUN = lazy(r"[0-9A-Fa-f:]*")


def _run_start(text: str, i: int) -> int | None:
    """Where the run of hex digits and colons holding ``i`` begins, if it is at most 40 characters back."""
    s = i
    while s > 0 and text[s - 1] in _HEXCOLON and i - s < 40:
        s -= 1
    return s if s == 0 or text[s - 1] not in _HEXCOLON else None


def _run_end(text: str, i: int) -> int:
    """Where the run of hex digits and colons holding ``i`` ends."""
    m = _HEXCOLON_RUN.match(text, i)
    return m.end() if m else i


def scan_ipv4(text: str, shape: bytes, out: Findings) -> None:
    """Dotted-quad addresses that can point at a host, unless a version label precedes them."""
    if "." not in text:
        return
    # Every valid quad first: the ones not shaped like versions are evidence for their neighbours.
    quads = [(s, e, _version_shaped(text, s, e)) for s, e in _dotted_quads(text, shape)]
    if not quads:
        return
    ev = _Evidence(text, shape, [s for s, _, shaped in quads if not shaped])
    for s, e, shaped in quads:
        if _VERSION_LABEL_END.search(text, max(0, s - 12), s) and _VERSION_BEFORE.search(preceding(text, s, 12)):
            continue
        if text[e : e + 1] == "/" and _network_prefix(text, s, e):
            continue
        if _host_context(text, s, e, shaped, ev):
            out.add(T.IP_ADDRESS, s, e, 0.9)


_PREFIX_LENGTH = lazy(r"/(\d{1,3})(?!\d)")


def _network_prefix(text: str, s: int, e: int) -> bool:
    """Whether the address at [s, e) is followed by a prefix length that makes it a network, not a host: every
    bit after the prefix zero ("10.28.0.0/16", "10.40.2.0/24", "2001:db8::/32"), or a last part of 0 under a
    prefix of 30 or less ("172.23.0.0/12", written loosely). A host's address written with its subnet
    ("192.0.2.7/24") and an address alone in its range (/31, /32, /127, /128) stay."""
    m = _PREFIX_LENGTH.match(text, e)
    if m is None:
        return False
    prefix = int(m.group(1))
    if (128 if ":" in text[s:e] else 32) - prefix <= 1:
        return False
    if text.endswith(".0", s, e) and prefix <= 30:
        return True
    try:
        ipaddress.ip_network(f"{text[s:e]}/{prefix}", strict=True)
    except ValueError:
        return False
    return True


_IP_KEY_WORDS = words(
    "ip ips ipv4 addr address addresses host hosts hostname remote client src dst source destination peer peers "
    "forwarded server servers node nodes gateway gw proxy dns nameserver nameservers resolver resolvers router "
    "upstream upstreams backend backends endpoint endpoints allowlist whitelist blocklist blacklist"
)


# A version pinned to a package or an image: "==", "~=", ">=", an npm "@", or an image reference "repo/name:".
_PACKAGE_PIN = lazy(
    r"(?:[\w.\-]\s*(?:==|~=|>=|<=|!=)\s*v?|@[\w\-]+/[\w.\-]+@v?|\b(?:npm|yarn|pnpm)\b[^\n]{0,40}@v?"
    r"|\w/[\w.\-/]*:v?)$"
)


def _user_at_host_before(text: str, slash: int) -> bool:
    """Whether the token ending at ``slash`` is a user at a domain, as VPN logs write a client
    ("jane@corp.example/203.0.113.7:35706"), not a product name ("openssl/3.0.2.1")."""
    token = (text[max(0, slash - 80) : slash].rsplit(None, 1) or [""])[-1]
    return "@" in token and "." in token.rsplit("@", 1)[-1]


def _dotted_quads(text: str, shape: bytes) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the valid dotted quads of ``text`` that stand alone: not inside a word or a longer
    dotted run.

    When every digit of the text is an ASCII one (its shape says where digits are), the tails are found in
    the shape with a digit before them (a tail without one yields nothing, and cannot hide the tail of a quad
    that stands alone) and the quad is read from the shape, without a pattern match in the text: the same
    quads, at a third of the Python work per quad in a log of addresses.
    """
    if not _ascii_digits(text, shape):
        yield from _dotted_quads_any(text, shape)
        return
    n = len(text)
    for m in _S_QUAD_TAIL.finditer(shape):
        d = m.start()
        s = d - 1  # the pattern saw a digit there
        while s > 0 and s > d - 3 and shape[s - 1] == 48:  # "0": an ASCII digit
            s -= 1
        if s and shape[s - 1] in b"0Aa._-":
            continue
        e = m.end()
        if e < n and (text[e].isalnum() or (text[e] == "." and text[e + 1 : e + 2].isdigit())):
            continue
        if v.ipv4_ok(text[s:e]):
            yield s, e


# The last three parts of a dotted quad in the shape, after a digit (see _dotted_quads).
_S_QUAD_TAIL = lazy(rb"\.(?<=0\.)0{1,3}\.0{1,3}\.0{1,3}")


def _ascii_digits(text: str, shape: bytes) -> bool:
    """Whether every character of ``text`` that ``str.isdigit`` accepts is an ASCII digit (a non-ASCII digit
    has the shape "?", and so do most other non-ASCII characters: a text with too many is not looked at)."""
    if text.isascii():
        return True
    i = shape.find(b"?")
    for _ in range(4096):
        if i == -1:
            return True
        if text[i].isdigit():
            return False
        i = shape.find(b"?", i + 1)
    return False


def _dotted_quads_any(text: str, shape: bytes) -> Iterator[tuple[int, int]]:
    """:func:`_dotted_quads` for a text with digits other than ASCII ones (which ``\\d`` matches)."""
    for m in _IPV4_TAIL.finditer(text):
        s = m.start()
        while s > 0 and s > m.start() - 3 and text[s - 1].isdigit():
            s -= 1
        if s == m.start() or not free_before(shape, s, b"0Aa._-"):
            continue
        quad = _IPV4.match(text, s)
        if not quad or quad.end() != m.end():
            continue
        e = m.end()
        if e < len(text) and (text[e].isalnum() or (text[e] == "." and text[e + 1 : e + 2].isdigit())):
            continue
        if v.ipv4_ok(quad.group()):
            yield quad.start(), e


def _host_context(text: str, s: int, e: int, version_shaped: bool, ev: _Evidence) -> bool:
    """Whether the key or words before the dotted quad on [s, e) leave it an address (not a version or build);
    ``version_shaped`` says whether its leading parts are small like a version's (``_version_shaped``)."""
    if s > 1 and text[s - 1] == "/" and text[s - 2].isalnum() and not _user_at_host_before(text, s - 1):
        return False  # a product token: "App/6.0.0.134", "openssl/3.0.2.1"
    if s > 3 and text[s - 1] == " " and text[s - 2].isalpha() and _after_software_name(text, s):
        return False  # a release after its software's name: "listing-service 2.0.46.190", "MediSuite 4.12.9.88"
    window = text[max(0, s - 80) : s]
    # Each form of a pin holds "=" or "@", or both "/" and ":": without them, no search.
    pinned = "=" in window or "@" in window or ("/" in window and ":" in window)
    if pinned and _PACKAGE_PIN.search(text, max(0, s - 80), s):
        return False  # a package or image pinned to it: "sdk==10.2.14.3", "@acme/client@10.2.14.3", "app:10.2.14.3"
    for find_key in (field_key, enclosing_key):  # the line's own key first; the block's only without a verdict
        key = find_key(text, s)
        if key is not None:
            host, thing = key_words(key) & _IP_KEY_WORDS, lowered(key)
            if host and thing:  # "client_version", "host_ip_version": the last word is what the key names
                last = ordered_key_words(key)[-1]
                return last in _IP_KEY_WORDS or last not in LOWERING
            if host:
                return True
            if thing and not (find_key is field_key and far_from_key(text, s)):
                return False  # ("kernel: user ... authenticated from 203.0.113.9": the key names the line's
                # first value, not an address words later)
    if version_shaped:
        return not introduced_as_version(text, s) and _network_evidence(text, s, e, ev)
    return not in_version_prose(text, s)


# (accuracy36) The name of a piece of software as a build, a deploy or an export names it: words of small letters
# joined by "-" or "_" ("listing-service", "claims_adjudicator"), or one word with a capital inside ("PharmaSys").
_SOFTWARE_NAME = lazy(r"[a-z]+(?:[-_][a-z]+)+|[A-Z][a-z]+[A-Z][A-Za-z]*")
# A quad whose first part is a version's (1-20, not 10: the private network) and whose second is at most 40.
_RELEASE_LEAD = lazy(r"(?:[1-9]|1[1-9]|20)\.(?:[0-9]|[1-3][0-9]|40)\.")


def _after_software_name(text: str, s: int) -> bool:
    """Whether the dotted quad at ``s`` follows, after one space, the name of a piece of software whose last word
    names no host ("billing-worker 3.4.77.120", "export from MediSuite 4.12.9.88"; not "print-server 10.4.1.3",
    "file-server 172.20.14.9"), with the leading parts of a version: a release of it. Hosts named beside their
    address are written with digits ("web-01 10.0.0.5") or in the private range 10/8, which this leaves alone."""
    if _RELEASE_LEAD.match(text, s) is None:
        return False
    i = s - 2  # the word's last letter (the caller saw a letter there, then one space)
    lo = max(0, s - 48)
    while i > lo and (text[i - 1].isalpha() or text[i - 1] in "-_"):
        i -= 1
    if i > 0 and not (text[i - 1].isspace() or text[i - 1] in "\"'(:"):
        return False  # part of something longer ("a/b-c 1.2.3.4", "x.y-z 1.2.3.4")
    name = text[i : s - 1]
    if ("-" not in name and "_" not in name and name[1:] == name[1:].lower()) or not _SOFTWARE_NAME.fullmatch(name):
        return False
    return re.split(r"[-_]", name)[-1].lower() not in _IP_KEY_WORDS


def _version_shaped(text: str, s: int, e: int) -> bool:
    """Whether a dotted quad has the small leading parts of a version (``10.2.14.3``, ``1.25.3.1``).

    Real addresses of that shape exist (``10.0.0.5``, ``8.8.8.8``), so such a quad is an address only when
    something near it is about networks (``_network_evidence``); a quad like ``192.168.4.20`` needs nothing.
    """
    if _VERSION_QUAD.match(text, s) is not None:
        return True
    quad = text[s:e]
    if quad.isascii():
        return False  # the pattern above decides ASCII parts; other digits are read by int()
    first, second, third, _ = quad.split(".")
    return int(first) <= 20 and int(second) <= 40 and int(third) <= 40


# The first three parts of a quad (one to three digits each) at most 20, 40 and 40, leading zeros allowed.
_UP_TO_40 = r"(?:0{0,2}[0-9]|0?[1-3][0-9]|0?40)"
_VERSION_QUAD = lazy(rf"(?:0{{0,2}}[0-9]|0?1[0-9]|0?20)\.{_UP_TO_40}\.{_UP_TO_40}\.")


# Words of networks and hosts around an address; and words of software releases around a version.
_NETWORK_WORDS = lazy(
    r"(?<![\w.])(?:ip|ips|ipv4|address(?:es)?|addr|hosts?|hostname|servers?|nodes?|from|via|peers?|remote|src|dst|"
    r"source|destination|gateway|gw|connect(?:ed|ing|ion|ions)?|listen(?:ing|s)?|bind|ping(?:ed|s)?|proxy|dns|"
    r"nameserver|resolver|subnet|cidr|route[sd]?|router|firewall|whitelist(?:ed)?|allowlist(?:ed)?|blocklist(?:ed)?|"
    r"blacklist(?:ed)?|block(?:ed|ing)?|ban(?:ned)?|vpn|dhcp|lease[sd]?|nat|port|ssh|sshd|rdp|telnet|ftp|smtp|"
    r"http|https|tcp|udp|icmp|packets?|traceroute|nslookup|dig|curl|wget|reach(?:able)?|unreachable|offline|online|"
    r"network|lan|wan|wifi|eth\d|interface|assigned|upstream|login|logged|sign-?in|attack(?:er)?|intrusion|"
    r"scan(?:ned|ner)?|requests?|visitor|client|origin|forwarded|x-forwarded-for|geo(?:ip)?|printer|camera|"
    r"(?-i:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS))"
    r"(?![\w])",
    re.I,
)
# A release word may be one word of an identifier ("evt=FW_UPDATE", "action=firmware_update"): only a letter or a
# digit beside it joins it to another word (accuracy36).
_RELEASE_WORDS = lazy(
    r"(?<![^\W_])(?:versions?|ver|release[sd]?|build|builds|app|apps|sdk|firmware|bios|patch(?:ed|es)?|hotfix|"
    r"upgrade[sd]?|downgrade[sd]?|install(?:ed|ing|s)?|updat(?:e|ed|es|ing)|changelog|crash(?:ed|es)?|fixed|fix|fixes|affected|"
    r"lts|deprecated|driver|package|library|module|plugin|component|schema|revert(?:ed)?|rollback|rolled|tag|"
    r"artifact|image|binary|installer|setup|stable|beta|alpha|rc|edition|product|software|program|tool|agent|"
    r"runtime|engine|kernel|compat(?:ible|ibility)?|supports?|support(?:ed)?|minimum|latest|current|previous|"
    r"requires?|required)"
    r"(?![^\W_])",
    re.I,
)


# Stretches of text with letters at most 64 characters apart, and the digits or "_" that end a word ("eth0").
_LETTERED = lazy(rb"[Aa](?:[^Aa]{0,64}[Aa])*[0_]*")


class _Evidence:
    """Where network words, release words and (non-version) addresses stand in one text: the words found on
    first need by one pass each (a text of dense version-shaped quads would otherwise rescan each quad's line)."""

    def __init__(self, text: str, shape: bytes, hosts: list[int]) -> None:
        self.text = text
        self.shape = shape
        self._net: list[int] | None = None
        self._rel: list[int] | None = None
        self._hosts = hosts  # where the valid quads not shaped like versions start, in order
        self._releases: list[tuple[int, int]] | None = None

    def near(self, which: str, s: int, e: int, lo: int, hi: int) -> int | None:
        """The distance from the quad at [s, e) to the nearest network (``net``) or release (``rel``) word on
        [lo, hi); each word is stored by its start and end, both sorted."""
        marks = self._words(which)
        best: int | None = None
        i = bisect_right(marks, s) - 1  # the last word edge before the quad
        if i >= 0 and marks[i] >= lo:
            best = s - marks[i]
        j = bisect_left(marks, e)
        if j < len(marks) and marks[j] < hi and (best is None or marks[j] - e < best):
            best = marks[j] - e
        return best

    def _words(self, which: str) -> list[int]:
        if which == "net":
            if self._net is None:
                self._net = self._edges(_NETWORK_WORDS)
            return self._net
        if self._rel is None:
            self._rel = self._edges(_RELEASE_WORDS)
        return self._rel

    def _edges(self, pattern: re.Pattern[str]) -> list[int]:
        """The starts and ends of ``pattern``'s words, sorted. Searched only where the text has letters: the
        word patterns test every position, and a megabyte of digits and dots would cost a tenth of a second."""
        edges: list[int] = []
        for island in _LETTERED.finditer(self.shape):
            for m in pattern.finditer(self.text, island.start(), island.end()):
                edges += m.span()
        edges.sort()
        return edges

    def releases(self) -> list[tuple[int, int]]:
        """The spans of the dotted numbers of four parts or more that are no address, in order (one pass, on
        first need)."""
        if self._releases is None:
            self._releases = [m.span() for m in _DOTTED_RUN.finditer(self.text) if _no_address(m.group())]
        return self._releases

    def word_between(self, which: str, lo: int, hi: int) -> bool:
        """Whether a network (``net``) or release (``rel``) word has an edge on [lo, hi)."""
        marks = self._words(which)
        i = bisect_left(marks, lo)
        return i < len(marks) and marks[i] < hi

    def only_from(self, lo: int, hi: int) -> bool:
        """Whether the one network word on [lo, hi) is "from" (a release's line: "evt=FW_UPDATE from=4.9.31.2
        to=4.10.2.5"; not "login from 5.9.31.140"): its two edges bisected, no search."""
        marks = self._words("net")
        i = bisect_left(marks, lo)
        if i + 1 >= len(marks) or marks[i + 1] > hi or (i + 2 < len(marks) and marks[i + 2] < hi):
            return False
        return self.text[marks[i] : marks[i + 1]].lower() == "from"

    def any_network_hint(self) -> bool:
        """Whether the text holds any address not shaped like a version, or any network word."""
        return bool(self._hosts) or bool(self._words("net"))

    def host_between(self, lo: int, hi: int, s: int) -> bool:
        """Whether a valid address that is not version-shaped starts on [lo, hi), other than at ``s``."""
        i = bisect_left(self._hosts, lo)
        while i < len(self._hosts) and self._hosts[i] < hi:
            if self._hosts[i] != s:
                return True
            i += 1
        return False


def _network_evidence(text: str, s: int, e: int, ev: _Evidence) -> bool:
    """Whether a version-shaped quad at ``s`` reads as an address: a port or prefix length after it, a user or
    scheme before it, another (non-version) address on its line, or network words nearer to it than release words.
    """
    if text[e : e + 1] in (":", "/") and text[e + 1 : e + 2].isdigit():
        return True  # "10.0.0.5:8080", "10.0.0.0/8"
    if (s and text[s - 1] == "@") or text.find("://", max(0, s - 40), s) != -1:
        return True  # "admin@10.0.0.5", "redis://cache:10.0.0.7"
    if (s == 0 or text[s - 1] == "\n") and text[e : e + 3] in (" - ", " [", "\t- "):
        return True  # the client field of an access-log line: "10.1.2.3 - - [10/Oct/2024:13:55:36] ..."
    if not ev.any_network_hint():
        return False  # no address and no network word anywhere in the text, so none near this quad
    lo = max(text.rfind("\n", max(0, s - 100), s) + 1, s - 100)
    hi = text.find("\n", e, e + 100)
    hi = min(len(text), e + 100) if hi == -1 else hi
    if ev.host_between(lo, hi, s):
        return True  # "NAT 10.0.0.5 -> 203.0.113.9"
    net = ev.near("net", s, e, lo, hi)
    if net is None:
        return False
    if _version_beside(s, e, lo, hi, ev):
        return False  # "evt=FW_UPDATE from=11.19.31.57 to=9.0.15.1102": its sibling is no address, a version
    rel = ev.near("rel", s, e, lo, hi)
    if rel is None:
        return True
    # (accuracy36) "from" alone says nothing of networks on a release's line: "evt=OTA_UPGRADE from=4.9.31.2"
    return net <= rel and not ev.only_from(lo, hi)


# A dotted number of four parts or more, whole.
_DOTTED_RUN = lazy(r"(?<![\d.])\d{1,6}(?:\.\d{1,6}){3,}(?![\d.])")


def _version_beside(s: int, e: int, lo: int, hi: int, ev: _Evidence) -> bool:
    """Whether the quad at [s, e) stands beside a dotted number of four parts or more on its line [lo, hi) that
    is no address (a part above 255, or five parts), with no network word between them: a release's, as the
    version it was upgraded from or to ("from=1.20.13.3608 to=1.8.28.1"; not "driver 12.22.199.9009; gateway
    is 10.0.0.1")."""
    runs = ev.releases()
    i = bisect_left(runs, (s, s))
    if i > 0 and max(lo, s - 40) <= runs[i - 1][1] <= s and not ev.word_between("net", runs[i - 1][1], s):
        return True
    j = bisect_left(runs, (e, e))
    return j < len(runs) and runs[j][0] <= min(hi, e + 40) and not ev.word_between("net", e, runs[j][0])


def _no_address(run: str) -> bool:
    """Whether a dotted number of four parts or more is no IPv4 address: five parts, or a part above 255."""
    parts = run.split(".")
    return len(parts) > 4 or any(len(p) > 3 or int(p) > 255 for p in parts)


def scan_ipv6(text: str, shape: bytes, out: Findings) -> None:
    """IPv6 addresses, found from a '::' or a run of hex groups between colons.

    Both are looked for in the shape (bytes, searched faster than a wide str): "::" is the same there, and the
    hint's shape (any letters) finds every hex hint and a few more, which the address pattern then rejects.
    """
    if b":" not in shape:
        return
    # An address can only begin where a run of hex digits and colons begins (inside the run the character
    # before is a hex digit or a colon), so only a back-scan that reaches the run's start counts, and one
    # look per run is enough: the first "::" and the first hint of a run, then the search goes on past the
    # run. Looking from every "::" of a long run of colons made it quadratic.
    # Where the first "::" or hint is: one pass finds it (a text without either, most logs, pays one pass
    # instead of two), and both searches below begin there.
    first = _S_IPV6_ANY.search(shape)
    if first is None:
        return
    begin = first.start()
    starts: set[int] = set()
    i = shape.find(b"::", begin)
    while i != -1:
        s = _run_start(text, i)
        if s is not None:
            starts.add(s)
        i = shape.find(b"::", _run_end(text, i))
    hint = _S_IPV6_HINT.search(shape, begin)
    while hint:
        s = _run_start(text, hint.start())
        if s is not None:
            starts.add(s)
        hint = _S_IPV6_HINT.search(shape, _run_end(text, hint.start()))
    checked: dict[str, bool] = {}  # a log repeats its few addresses: each is parsed once
    for s in sorted(starts):
        for k in range(s, min(s + 6, len(text))):  # the back-scan may have started inside a longer token
            if k > 0 and (text[k - 1].isalnum() or text[k - 1] in ":."):
                continue
            m6 = _IPV6.match(text, k)
            if not m6 or m6.end() - k < 3:
                continue
            e = m6.end()
            if e < len(text) and (text[e].isalnum() or text[e] in ":"):
                continue
            found = m6.group()
            ok = checked.get(found)
            if ok is None:
                ok = checked[found] = v.ipv6_ok(found)
            if ok and not (e < len(text) and text[e] == "/" and _network_prefix(text, k, e)):
                out.add(T.IP_ADDRESS, k, e, 0.9)
            break
