"""Postal addresses: a house number and street (with a city and postcode after it when it has no suffix), PO boxes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.shapes import free_before

__all__ = ["scan_addresses"]

# Shape of "12 Main St", "12B N. Oak Avenue", "221 5th Ave, New York" (see shapes.py).
_S_ADDR_TAIL = rb" (?:A\.? )?(?:Aa+|0+aa),? (?:Aa+ ){0,3}Aa"
# The shape "0A? <tail>" as two patterns, "0 <tail>" and "0A <tail>": each starts with a literal of two or
# three bytes, which re finds in its fast prefix loop, where "0A?" made it enter the matcher at every digit.
_S_ADDR = (lazy(rb"0" + _S_ADDR_TAIL), lazy(rb"0A" + _S_ADDR_TAIL))
_ADDR_TAIL = (
    r"[ \t]*(?:,|\r?\n)[ \t]*(?:[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3}),?[ \t]*"
    r"(?:(?:[A-Z]{2}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\.?,?[ \t]+\d{5}(?:-\d{4})?"  # US: City, ST 12345
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"  # UK postcode
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canada
    r"|\d{4,6})"  # elsewhere: City 75008, Singapore 079903
)
_ADDR = lazy(
    r"\d{1,6}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\d+(?:st|nd|rd|th)|[A-Z][A-Za-z'.-]+)"
    r"(?:(?:[ \t]+[A-Z][A-Za-z'.-]+){0,3}[ \t]+"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close|Row|Plaza|Loop|Pike|Gardens|Mews)"
    r"\b\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?"
    r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|#)\.?[ \t]*#?[ \t]*[\w-]{1,6})?"
    rf"(?P<tail>{_ADDR_TAIL})?"
    # Streets named without a suffix ("96 Deansgate") count only with a city and postcode after them.
    rf"|(?:[ \t]+[A-Z][A-Za-z'.-]+){{0,2}}(?P<tail2>{_ADDR_TAIL}))"
)
_PO_BOX = lazy(
    r"\bP\.?[ ]?O\.?[ ]Box[ \t]+\d{1,6}(?:[ \t]*(?:,|\r?\n)[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3},?"
    r"[ \t]*[A-Z]{2}\.?[ \t]+\d{5}(?:-\d{4})?)?"
)


# European addresses (Spain, France, Germany, Italy, Portugal, the Netherlands, Belgium): the street type
# comes first ("Avenida de la Constitución 187", "Rue de Rivoli", "Via Roma 3") or is the end of one word
# ("Hauptstraße 5", "Prinsengracht 182"), and the postcode comes before the city. They are found from the
# postcode and city (its shape: ", 28009 A", "\n3511 AB U", ", 4100-130 P"), then the street before it.
# Two patterns, each starting with a literal that re finds in its fast prefix loop (an alternation of the two
# starts entered the matcher at every position).
_S_EU_TAILS = (lazy(rb", 0000(?:0|-000| ?AA)? A"), lazy(rb"\n0000(?:0|-000| ?AA)? A"))
_EU_TYPES = (
    r"(?:Calle|C/|Avenida|Avda\.|Av\.|Camino|Carrer|Carretera|Paseo|Passeig|Plaza|Plaça|Ronda|Rambla|Travesía|"
    r"Rue|Avenue|Boulevard|Bd|Impasse|Allée|Chemin|Quai|Place|Cours|Route|"
    r"Via|Viale|Piazza|Piazzale|Corso|Vicolo|Largo|Rua|Travessa|Praça|Estrada|Alameda|Avenida)"
)
_EU_SUFFIX = (
    r"[A-ZÄÖÜ][\wäöüßÄÖÜ-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|"
    r"gracht|straat|laan|plein|kade|singel|dijk|steeg|markt|hof|dreef|lei)"
)
_EU_WORD = r"[\wÀ-ÿ'’.-]+"
_EU_STREET = lazy(
    rf"(?:{_EU_TYPES}[ \t]+(?:{_EU_WORD}[ \t]+){{0,5}}?\d{{1,4}}[A-Za-z]?"
    rf"|\d{{1,4}}(?:[ \t]?(?:bis|ter))?,?[ \t]+{_EU_TYPES}(?:[ \t]+{_EU_WORD}){{1,5}}?"
    rf"|{_EU_SUFFIX}[ \t]+\d{{1,4}}[A-Za-z]?)"
    # floor and door ("4º A", "3e étage", "2-1"), then the end of the street line
    rf"(?:,?[ \t]*\d{{1,2}}[º°ª]?[ \t]?[A-Z]?\b|,?[ \t]*(?:bus|app\.?|apt\.?)[ \t]*\w{{1,4}})?[ \t]*$"
)
_EU_TAIL = lazy(
    r"(?:,[ \t]*|\r?\n[ \t]*)(?:\d{5}|\d{4}-\d{3}|\d{4}(?:[ ]?[A-Z]{2})?)"
    r"[ \t]+[A-ZÀ-Þ][\wÀ-ÿ'’-]+(?:[ -][A-ZÀ-Þ][\wÀ-ÿ'’-]+)?"
)


def _european(text: str, shape: bytes, out: Findings) -> None:
    """European street addresses, found from their postcode and city, then the street line before them."""
    for m in (hit for pattern in _S_EU_TAILS for hit in pattern.finditer(shape)):
        tail = _EU_TAIL.match(text, m.start())
        if not tail:
            continue
        lo = max(0, m.start() - 90)
        nl = text.rfind("\n", lo, m.start())
        line_start = nl + 1 if nl != -1 else lo
        street = _EU_STREET.search(text, line_start, m.start())
        if street:
            out.add(T.ADDRESS, street.start(), tail.end(), 0.85)


def _address_shapes(shape: bytes) -> Iterator[re.Match[bytes]]:
    """What ``finditer`` of "0A? <tail>" finds: the leftmost match of either pattern, then on after its end.

    At a given start only one of them can match (the byte after the digit is "A" or " "), so this is that
    one pattern's sequence of non-overlapping matches.
    """
    pos = 0
    found = [p.search(shape) for p in _S_ADDR]
    while True:
        live = [m for m in found if m is not None]
        if not live:
            return
        m = min(live, key=lambda x: x.start())
        yield m
        pos = m.end()
        found = [
            f if f is None or f.start() >= pos else p.search(shape, pos) for p, f in zip(_S_ADDR, found, strict=True)
        ]


def scan_addresses(text: str, shape: bytes, out: Findings) -> None:
    """Street addresses from their shape, and PO boxes; a city and postcode after them raise the score."""
    for m in _address_shapes(shape):
        s = m.start()
        while s > 0 and shape[s - 1] == 48 and m.start() - s < 6:  # back to the first digit of the number
            s -= 1
        if not free_before(shape, s, b"0Aa.-_/:"):
            continue
        am = _ADDR.match(text, s)
        if am:
            street_only = am.group("tail") is None and am.group("tail2") is None
            out.add(T.ADDRESS, s, am.end(), 0.7 if street_only else 0.85)
    _european(text, shape, out)
    if "Box" in text:
        for box in _PO_BOX.finditer(text):
            out.add(T.ADDRESS, box.start(), box.end(), 0.8 if box.end() - box.start() > 14 else 0.6)
