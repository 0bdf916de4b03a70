"""Calendar dates, read where a label or a column says they are a date of birth.

There is no free-text date scan: a date alone says nothing about a person. ``date_span`` is called by the
keyword scan (after "DOB", "date of birth", "born"...) and for date-of-birth CSV columns.
"""

from __future__ import annotations

import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import VALUE_GAP
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy

__all__ = ["birth_year_span", "date_span", "scan_listed_birth_dates", "value_start"]

# Month names and their usual abbreviations in English, French, Spanish, Portuguese, Italian, German and Dutch,
# and the names (nominative and genitive, as a date writes them) of Polish, Czech, the Nordic languages, Romanian
# and Turkish: a birth date is written the way its country writes dates ("5 novembre 1992", "21 de febrero de
# 1944", "21 września 1956 r.", "3. března 1980").
_MONTH_NAMES: dict[int, str] = {
    1: "jan january janv janvier ene enero janeiro gen gennaio jän jänner januar januari "
    "stycznia styczeń sty ledna leden tammikuuta ianuarie ian ocak",
    2: "feb february fév févr février febrero fev fevereiro febbraio februar februari "
    "lutego luty lut února únor helmikuuta februarie şubat subat",
    3: "mar march mars marzo março märz maart mrt marca marzec března březen marts maaliskuuta martie mart",
    4: "apr april avr avril abr abril aprile kwietnia kwiecień kwi dubna duben huhtikuuta aprilie nisan",
    5: "may mai mayo maio maggio mei maja maj května květen toukokuuta mayıs mayis",
    6: "jun june juin junio junho giu giugno juni czerwca czerwiec cze června červen kesäkuuta iunie haziran",
    7: "jul july juil juillet julio julho lug luglio juli lipca lipiec lip července červenec heinäkuuta iulie temmuz",
    8: "aug august août aout ago agosto augustus sierpnia sierpień sie srpna srpen augusti elokuuta ağustos agustos",
    9: "sep sept september septembre septiembre setiembre set setembro settembre września wrzesień wrz září "
    "syyskuuta septembrie eylül eylul",
    10: "oct october octobre octubre out outubro ott ottobre okt oktober października październik paź října říjen "
    "lokakuuta octombrie ekim",
    11: "nov november novembre noviembre novembro listopada listopad lis listopadu marraskuuta noiembrie kasım kasim",
    12: "dec december déc décembre dic diciembre dez dezembro dicembre dezember grudnia grudzień gru prosince "
    "prosinec joulukuuta decembrie aralık aralik",
}
_MONTHS = {name: month for month, names in _MONTH_NAMES.items() for name in names.split()}
# A month is matched as a word of letters and looked up in ``_MONTHS``: an alternation of a hundred names,
# tried at every label, cost more than the rest of the date.
_MON = r"[^\W\d_]{3,13}"
# ISO, numeric (day/month order decided by the values), "3rd of March 1990", "March 3, 1990", compact 19900303.
_DATE = lazy(
    rf"(?P<iso>(?P<y1>(?:18|19|20)\d\d)[-/.](?P<m1>\d{{1,2}})[-/.](?P<d1>\d{{1,2}}))(?![\d])"
    rf"|(?P<num>(?P<a2>\d{{1,2}})[-/.](?P<b2>\d{{1,2}})[-/.](?P<y2>(?:18|19|20)\d\d|\d\d))(?![\d/.-]\d)"
    rf"|(?P<dmy>(?P<d3>\d{{1,2}})(?:st|nd|rd|th|er|º|°|\.)?(?:[ -]|\s+(?:of|de)\s+)(?P<m3>{_MON})\.?"
    rf"(?:[-, ]*|\s+(?:de|del)\s+)(?P<y3>(?:18|19|20)\d\d|\d\d(?![\d/.:-]?\d)))"
    rf"|(?P<mdy>(?P<m4>{_MON})\.?[ -](?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?[ -](?P<y4>(?:18|19|20)\d\d))"
    rf"|(?P<compact>(?P<y5>(?:18|19|20)\d\d)(?P<m5>[01]\d)(?P<d5>[0-3]\d))(?!\d)"
    # month and day first, as US check-in kiosks and exports write a birth date ("dob=11272012")
    rf"|(?P<compact2>(?P<a6>[0-3]\d)(?P<b6>[0-3]\d)(?P<y6>(?:18|19|20)\d\d))(?!\d)"
    # day, month abbreviation and year run together, as airline and travel systems write a date (IATA: "07MAR81")
    rf"|(?P<compact3>(?P<d7>[0-3]\d)(?P<m7>[A-Za-z]{{3}})(?P<y7>(?:18|19|20)\d\d|\d\d))(?![\dA-Za-z])"
    # year, month and day each followed by its character, as Japanese and Chinese ("1976年6月18日") and Korean
    # ("1985년 7월 22일") write a date
    rf"|(?P<cjk>(?P<y8>(?:18|19|20)\d\d)[ ]?[年년][ ]?(?P<m8>\d{{1,2}})[ ]?[月월][ ]?(?P<d8>\d{{1,2}})(?:[ ]?[日일])?)",
    re.I,
)


def date_span(text: str, pos: int, exact: bool = False) -> tuple[int, int] | None:
    """The first real calendar date starting right after ``pos`` (past a short label gap unless ``exact``)."""
    if exact:
        at = pos
    else:
        gap = VALUE_GAP.match(text, pos, pos + 40)
        at = gap.end() if gap else pos
    m = _DATE.match(text, at)
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["iso"]:
            y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
        elif g["num"]:
            a, b, ys = int(g["a2"]), int(g["b2"]), g["y2"]
            y = int(ys) if len(ys) == 4 else (1900 + int(ys) if int(ys) > 25 else 2000 + int(ys))
            mo, d = (a, b) if a <= 12 else (b, a)
        elif g["dmy"]:
            y, mo, d = int(g["y3"]), _MONTHS[g["m3"].lower().rstrip(".")], int(g["d3"])
            if y < 100:  # "05-MAR-80", as database exports write it
                y += 1900 if y > 25 else 2000
        elif g["mdy"]:
            y, mo, d = int(g["y4"]), _MONTHS[g["m4"].lower().rstrip(".")], int(g["d4"])
        elif g["compact"]:
            y, mo, d = int(g["y5"]), int(g["m5"]), int(g["d5"])
        elif g["cjk"]:
            y, mo, d = int(g["y8"]), int(g["m8"]), int(g["d8"])
        elif g["compact3"]:
            y, mo, d = int(g["y7"]), _MONTHS[g["m7"].lower()], int(g["d7"])
            if y < 100:  # two-digit years: the century as for "05-MAR-80"
                y += 1900 if y > 25 else 2000
        else:
            a, b, y = int(g["a6"]), int(g["b6"]), int(g["y6"])
            mo, d = (a, b) if a <= 12 else (b, a)
    except (KeyError, ValueError):
        return None
    if not v.calendar_date_ok(y, mo, d) or (y, mo, d) in _PLACEHOLDER_DATES:
        return None
    return m.start(), m.end()


# The dates systems write for "unknown" (SQL and spreadsheet sentinels): nobody's birth date.
_PLACEHOLDER_DATES = frozenset({(1900, 1, 1), (1899, 12, 31), (1901, 1, 1), (1800, 1, 1)})


# A year alone, where a birth date's label stands and only the year is known (a refugee's papers, a relative's
# entry): "Date of birth: 1971 (exact date not known)", '"dob": "2017"'. Not part of a longer number or date.
_YEAR_ALONE = lazy(r"(?:18[89]\d|19\d\d|20[0-2]\d)(?![\w])(?![-/.:]\d)")


def birth_year_span(text: str, at: int) -> tuple[int, int] | None:
    """A year standing alone at ``at`` (where a label's gap ends: ``value_start``), as a birth date of year
    precision."""
    m = _YEAR_ALONE.match(text, at)
    return (m.start(), m.end()) if m else None


def value_start(text: str, pos: int) -> int:
    """Where a label's value starts: past the short gap after the label ending at ``pos``."""
    gap = VALUE_GAP.match(text, pos, pos + 40)
    return gap.end() if gap else pos


# People listed with their birth dates in brackets ("and Ruqaya (07/04/2024), Hazem (07/14/2012)", a household
# or a family in a case note): a full date alone in brackets after a capitalised name, two such in a row at least
# (one alone may be a signature's or a visit's date: "Dr Ames (12/03/2024)"). The pattern is searched from its
# literal "(" (7 ms over the 20 MiB mix; a gate of three substring tests cost 48 ms).
_BRACKET_DATE = lazy(r"\((\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\)")
_LISTED_NAME = lazy(r"(?:^|(?<=[\s,;(]))[A-Z][^\W\d_]+(?:[-'’ ][A-Z][^\W\d_]+){0,3} $")
_LIST_JOIN = lazy(r"(?:,|;)?[ \t]+(?:and[ \t]+|&[ \t]+)?|,")


def scan_listed_birth_dates(text: str, out: Findings) -> None:
    """The birth dates, and the names, of people listed as "Name (date), Name (date)"."""
    items: list[tuple[int, int, int]] = []  # (the name's start, the date's span)
    for m in _BRACKET_DATE.finditer(text):
        name = _LISTED_NAME.search(text, max(0, m.start() - 40), m.start())
        if name is not None:
            items.append((name.start(), m.start(1), m.end(1)))
    for i, (_, s, e) in enumerate(items):
        before = i > 0 and _LIST_JOIN.fullmatch(text, items[i - 1][2] + 1, items[i][0]) is not None
        after = i + 1 < len(items) and _LIST_JOIN.fullmatch(text, e + 1, items[i + 1][0]) is not None
        if (before or after) and date_span(text, s, exact=True):
            out.add(T.DATE_OF_BIRTH, s, e, 0.8)
            out.add(T.PERSON, items[i][0], s - 2, 0.75)  # the name a birth date is given with is a person's
