"""What the text around a candidate says: labels that make a number an ID of a thing, and label gaps."""

from __future__ import annotations

import re

from privacykit.domain.detection.lazyre import lazy

__all__ = ["count_digits", "preceding", "NEG_BEFORE", "labelled_as_thing", "VALUE_GAP", "value_after"]

# Words just before a number that say it identifies a thing, not a person.
NEG_BEFORE = lazy(
    r"\b(?:order|tracking|track|invoice|sku|part|serial|build|version|ver|v|release|rev|firmware|ref|reference|"
    r"confirmation|conf|txn|transaction|shipment|awb|isbn|upc|ean|gtin|imei|ticket|case|job|batch|lot|model|"
    # (an NHS number's label: a number after it that fails the NHS check is a mistyped NHS number, no phone)
    r"po|item|product|request|req|trace|span|ts|timestamp|epoch|id|i\.[ \t]?d\.?|uuid|pid|port|ndc|nhs)"
    r"\s*(?:no\.?|num|number|#|id)?\s*[:=#]?\s*[\"']?\s*$",
    re.I,
)

# What may sit between a label and its value: punctuation, markup, "is", "number", a date-format hint, the
# closing parenthesis of a label's aside ("(member id): ..."), dotted leaders ("DOB ........ 11/17/1996"),
# "number" hyphenated over a line break by a PDF conversion ("num-\nber is"), the full-width colon of Chinese and
# Japanese forms ("生年月日："), and "number" as OCR misreads it ("Nurnber": "rn" for "m").
_GAP_PIECE = r"[\s\"':=#>|,()\[{\-…：]|</?[A-Za-z][^<>\"\n]{0,60}>?|num-[ \t]*\r?\n[ \t]*ber"
# "The member ID on my card is ...": where the value is written, between its label and "is".
_ON_CARD = r"on (?:my|the|your|his|her) (?:[a-z]+ )?card"
# A few words in brackets, in small letters, finishing the label: "Member ID (assigned): ...", "Policy no.
# (primary): ..." (not a programme's name: "Health card no. (MSP)" names the card, not the value's status).
_ASIDE = r"\((?-i:[a-z][a-z ]{0,40})\)"
VALUE_GAP = lazy(
    rf"(?:{_ASIDE}|{_GAP_PIECE}|\.(?=[\s:#.…]))*(?:(?:{_ON_CARD}|is|was|on|of|no\.?|nr\.?|n[°º]|n\.|number|nurnber|num|nbr|nummer|numero|número|id|value|\(?(?:mm|dd|yyyy)[/-](?:mm|dd)[/-]yyyy\)?)"
    rf"(?![a-z])(?:{_GAP_PIECE}|\.)*)*",
    re.I,
)


def count_digits(s: str) -> int:
    """How many characters of ``s`` are digits."""
    return sum(map(str.isdigit, s))


def preceding(text: str, start: int, width: int = 32) -> str:
    """The ``width`` characters before ``start``, where a label would be."""
    return text[max(0, start - width) : start]


# Besides a letter, the characters a NEG_BEFORE match can end in before its trailing spaces.
_NEG_BEFORE_ENDS = frozenset(".#:=\"'")


def labelled_as_thing(text: str, start: int) -> bool:
    """Whether ``NEG_BEFORE`` matches just before ``start`` (in ``preceding(text, start)``).

    A match ends at the end of that text in a letter or one of ``.#:="'``, then spaces only: when the last
    other character is anything else (a digit closing the number before, as in a table of numbers) the
    search, ~9 us of backtracking over the words at every position, cannot succeed and is not run.
    """
    before = preceding(text, start)
    last = before.rstrip()[-1:]
    if not last or not (last.isalpha() or last in _NEG_BEFORE_ENDS):
        return False
    return NEG_BEFORE.search(before) is not None


def value_after(text: str, pos: int, pattern: re.Pattern[str], limit: int = 30) -> re.Match[str] | None:
    """``pattern`` matched right after the label ending at ``pos``, past a gap of at most ``limit`` characters."""
    gap = VALUE_GAP.match(text, pos, pos + limit)
    at = gap.end() if gap else pos
    if at == pos + limit and not text[pos:at].strip(" \t:"):
        # a form's labels padded into a column ("Mobile                             : 8806 9362")
        gap = VALUE_GAP.match(text, pos, pos + 4 * limit)
        at = gap.end() if gap else pos
    if text.count("\n", pos, at) > 1:  # a value two lines below its label belongs to something else
        return None
    return pattern.match(text, at)
