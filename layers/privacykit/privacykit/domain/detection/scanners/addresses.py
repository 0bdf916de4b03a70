"""Postal addresses: a house number and street (with a city and postcode after it when it has no suffix), PO boxes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.shapes import free_before
from privacykit.domain.detection.wordlists import data_lines, words

__all__ = ["scan_addresses", "address_at", "firm_seat", "labelled_address"]

# A firm's legal form and a comma just before an address on its line ("Retail Example Payments GmbH, Friedrichstraße
# 68, ..." in a contract's parties): the firm's seat, no one's home. A PO box on the line under a firm or a payer
# ("Crest Health Plan\nPO Box 8964") is the sender's.
_LEGAL_FORM = (
    r"(?<![\w.])(?:GmbH|AG|KG|SE|SAS|SARL|S\.A\.S?\.?|S\.r\.l\.|Srl|S\.p\.A\.|SpA|Ltd\.?|Limited|LLC|L\.L\.C\.|"
    r"Inc\.?|Corp\.?|B\.V\.|BV|N\.V\.|S\.L\.U?\.?|Lda\.?|plc|PLC|z o\.o\.|GbR|e\.V\.)"
)
_FIRM_BEFORE = lazy(rf"{_LEGAL_FORM},[ \t]*$")
_FIRM_ABOVE = lazy(rf"(?:{_LEGAL_FORM}|\b(?:Health Plan|Insurance|Bank|Pharmacy))[ \t]*\r?\n[ \t]*$")


# Where a business asks to be written to: "Providers file claims to: PO Box ...", "Remit to: ...", "Send payments
# to ...", "Returns to: ...": the payer's or seller's address, no one's home.
_BUSINESS_TO = lazy(
    r"(?i:\b(?:claims?|payments?|remittances?|returns|correspondence for providers)\b[^\n:]{0,16}?\bto[ \t]*:?"
    r"|\bremit(?:tance)?(?:[ \t]+(?:to|address))?[ \t]*:)[ \t]*$"
)


def firm_seat(text: str, start: int, box: bool = False) -> bool:
    """Whether the address at ``start`` follows a firm's name and a comma on its line (a PO box: on the line
    above), or a label asking for claims, payments or returns to be sent there."""
    lo = max(0, start - 60)
    # The firm's comma and the label's "to" or colon end their patterns' text but for blanks (a last line break:
    # ``$`` matches before it): where neither stands there, neither pattern is searched (~1.5 us each, a street
    # address at a time; a MiB of vCard addresses asked 34,000 times).
    last = text[lo : start - 1 if start > lo and text[start - 1] == "\n" else start].rstrip(" \t")[-1:]
    return (
        (last == "," and _FIRM_BEFORE.search(text, lo, start) is not None)
        or (box and _FIRM_ABOVE.search(text, lo, start) is not None)
        or (last in _TO_ENDS and _BUSINESS_TO.search(text, lo, start) is not None)
    )


_TO_ENDS = frozenset(":oO")  # what ``_BUSINESS_TO`` ends with before its blanks ("... to", "... to:", "Remit:")


# Shape of "12 Main St", "12B N. Oak Avenue", "221 5th Ave, New York" (see shapes.py).
# (An optional group is written "(?:...|)": Python 3.11's regex engine allocates and frees a repeat context
# each time it enters "(?:...)?", at every "0 " and "0A " of a log's shape; the alternation with an empty
# branch tries the same in the same order without one.)
_S_ADDR_TAIL = rb" (?:A\.? |AA |)(?:Aa+(?:[-'][Aa]a*)*|0+aa),? (?:Aa+(?:[-'][Aa]a*)* ){0,3}Aa"
# The shape "0A? <tail>" as two patterns, "0 <tail>" and "0A <tail>": each starts with a literal of two or
# three bytes, which re finds in its fast prefix loop, where "0A?" made it enter the matcher at every digit.
# The second is searched from its "A " and the digit before it checked after: the loop stops at each byte
# equal to the literal's first, and a shape has far fewer capitals than digits (a log: 31 -> 17 ms for 20 MB).
# Its matches start one byte after the number (``_AFTER_NUMBER``).
_S_ADDR = (lazy(rb"0" + _S_ADDR_TAIL), lazy(rb"A (?<=0A )" + _S_ADDR_TAIL[1:]))
_AFTER_NUMBER = (0, 1)
_ADDR_TAIL = (
    # the street's line ends at a comma, a line break or an HTML <br>; an Irish county may follow the town; a US
    # address written on one line without commas ("... Parkway Mountain View CA 94043") ends at its city
    r"[ \t]*(?:,|<br[ \t]*/?>(?:[ \t]*\r?\n)?|\r?\n|"
    r"(?=[ \t](?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+,?[ \t]+[A-Z]{2}[ \t]+\d{5}(?!\d)))[ \t]*"
    r"(?:[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž.'’-]+(?:[ \t]+[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž.'’-]+){0,3})"
    r"(?:,[ \t]*(?:Co\.|County)[ \t]+[A-Z][a-z]+)?"
    r"(?:[ \t]+\d{1,2})?,?[ \t]*(?:<br[ \t]*/?>)?(?:\r?\n[ \t]*)?"
    r"(?:(?:[A-Z]{2}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\.?,?[ \t]+\d{5}(?:-\d{4})?(?!\d)"  # US: City, ST 12345
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"  # UK postcode
    r"|(?:[A-Z]{2},?[ \t]+)?[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canada: Ottawa, ON K1R 7S8
    r"|[A-Z]\d[\dW][ \t]?[A-Z0-9]{4}\b"  # Ireland: Dublin 2, D02 XE63
    # elsewhere: City 75008, Singapore 079903, Sydney NSW 2000, Bengaluru, Karnataka 560001
    r"|(?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,?[ \t]+)?\d{4,6}\b)"
)
_ADDR = lazy(
    # a unit before the number, as Australia and New Zealand write it: "9/144 Great South Road"
    r"(?:\d{1,4}[A-Za-z]?/)?"
    r"\d{1,6}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\d+(?:st|nd|rd|th)|[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'’.-]+)"
    r"(?:(?:[ \t]+[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'’.-]+){0,3}[ \t]+"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Row|Plaza|Loop|Pike|Gardens|Mews|"
    r"Parade|Pde|Esplanade|Grove|Quay|Wynd|Lawns|Heights|Mall)"  # (Mall: USPS Publication 28, accuracy16)
    r"\b\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?)?"
    # secondary unit designators (USPS Publication 28): "Apt 4", "Lot 58", "Spc 108", "Trlr 12", "Ste 200"
    r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|Lot|Spc|Space|Trlr|Trailer|Dept|Hngr|Slip|Pier|"
    r"Ofc|#)\.?[ \t]*#?[ \t]*[\w-]{1,6})?"
    rf"(?P<tail>{_ADDR_TAIL})?"
    # Streets named without a suffix ("96 Deansgate") count only with a city and postcode after them.
    rf"|(?:[ \t]+[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'’.-]+){{0,2}}(?P<tail2>{_ADDR_TAIL}))"
)
# The box words of data/keywords.tsv (kind "addr"): the box pattern is matched where the keyword pass found one.
_BOX_KEYS = frozenset(
    {"po box", "p.o. box", "p. o. box", "p.o.box", "postfach", "apartado", "caixa postal", "casella postale"}
    | {"boîte postale", "boite postale", "skrytka pocztowa", "postbus"}
)
_PO_BOX = lazy(
    r"(?:\bP\.?[ ]?O\.?[ ]?Box|\bPostfach|\bApartado(?: de [Cc]orreos)?|\bCaixa [Pp]ostal|\bCasella [Pp]ostale|"
    r"\bBo[iî]te [Pp]ostale|\bSkrytka [Pp]ocztowa|\bPostbus)[ \t]+\d{1,6}(?:[ ]\d{2}){0,2}"
    r"(?:[ \t]*(?:,|\r?\n)[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3},?"
    r"[ \t]*[A-Z]{2}\.?[ \t]+\d{5}(?:-\d{4})?)?"
)


# European addresses (Spain, France, Germany, Italy, Portugal, the Netherlands, Belgium): the street type
# comes first ("Avenida de la Constitución 187", "Rue de Rivoli", "Via Roma 3") or is the end of one word
# ("Hauptstraße 5", "Prinsengracht 182"), and the postcode comes before the city. They are found from the
# postcode and city (its shape: ", 28009 A", "\n3511 AB U", ", 4100-130 P"), then the street before it.
# Two patterns, each starting with a literal that re finds in its fast prefix loop (an alternation of the two
# starts entered the matcher at every position). A tail after a line break, indented or not, is one pattern:
# its matches hold no other line break, so they are those of the two it stands for (one pass fewer).
# (Its optional group is an alternation with an empty branch and its indent possessive: see _S_ADDR_TAIL.)
_S_EU_TAILS = (
    lazy(rb", 00(?:00(?:0|-000| ?AA|)|-000|0 00) A"),
    lazy(rb"a>00(?:00(?:0|-000| ?AA|)|-000|0 00) A"),  # after an HTML <br>: "Prinsengracht 175-2<br>8345 PA R"
    lazy(rb"\n {0,40}+00(?:00(?:0|-000| ?AA|)|-000|0 00) A"),
)
_EU_TYPES = (
    r"(?:(?i:Calle|C/|Avenida|Avda\.|Av\.|Avinguda|Camino|Carrer|Carretera|Paseo|Passeig|Plaza|Plaça|Ronda|Rambla|"
    r"Travesía|Rue|Avenue|Boulevard|Bd|Impasse|Allée|Chemin|Quai|Place|Cours|Route|Chaussée|Via|Viale|Vía|Piazza|"
    r"Piazzale|Corso|Vicolo|Largo|Strada|Rua|Rúa|Travessa|Praça|Estrada|Alameda|Calçada|ul\.|ulica|al\.|aleja|"
    r"os\.|pl\.|plac|Kale|Kalea|Etorbidea|Laan|Bóthar|Sráid|Páirc|Ascaill|Bóithrín|Cearnóg)"
    r"|(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Vor dem)(?=[ \t][A-ZÄÖÜ]))"
)
# Streets whose type follows the name as a separate word ("Mariahilfer Straße", "Karl Johans gate").
_EU_AFTER = (
    r"(?:Straße|Strasse|Str\.|Gasse|Weg|Platz|Allee|Ring|Damm|Ufer|Chaussee|gate|gata|gatan|vej|vei|veien|gade|allé|Allé|"
    r"katu|tie|väg|vägen|laan|straat|plein|kade|steeg|torg|torget|"
    # Turkish: "İstiklal Cad. No:107 D:9", "Atatürk Bulvarı No: 12", "Gül Sok. No:4"
    r"Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.|Bulv\.)"
)
_EU_SUFFIX = (
    r"[A-ZÄÖÜÅÆØ][\wäöüßåæøÄÖÜ-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|"
    r"gracht|straat|laan|plein|kade|singel|dijk|steeg|markt|hof|dreef|lei|gatan|gata|gate|vägen|väg|vejen|vej|gaden|gade|"
    r"stræde|straede|plads|torv|"
    r"veien|vei|katu|tie|torget|torg|"
    # a street named after a person, hyphenated: "Kaiser-Wilhelm-Ring", "Konrad-Adenauer-Straße"
    r"-(?:Ring|Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Damm|Ufer|Chaussee|Promenade))"
)
_EU_WORD = r"[\wÀ-ÿ'’.-]+"
# A house number: "5", "12a", "77/12", "84/92", "123-II", "12 B 7" (Finnish staircase and flat).
_EU_NUMBER = r"\d{1,4}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[IVX]{1,4}\b|[A-Za-z]\b))?(?:[ \t][A-Z](?:[ \t]\d{1,3})?\b)?"
_EU_STREET = lazy(
    rf"(?:{_EU_TYPES}(?:[ \t]+{_EU_WORD}){{0,5}}?(?:,[ \t]*|[ \t]+){_EU_NUMBER}"
    rf"|\d{{1,4}}(?:[ \t]?(?:bis|ter))?,?[ \t]+{_EU_TYPES}(?:[ \t]+{_EU_WORD}){{1,5}}?"
    rf"|(?:[A-ZÀ-ÞĀ-ŽĞİŞ]{_EU_WORD}[ \t]+){{1,3}}{_EU_AFTER}[ \t]+(?:No:?[ \t]*)?{_EU_NUMBER}"
    # a qualifying word before a one-word street: "Korte Nieuwstraat 8", "Alte Gasse 3", "Eerste Helmersstraat"
    r"|(?:(?:Korte|Lange|Nieuwe|Oude|Eerste|Tweede|Derde|Hoge|Lage|Grote|Kleine|Sint|Alte|Neue|Große|Grosse|Obere|"
    r"Untere|Hintere|Vordere|Kleiner|Großer|Lille|Store|Gamla|Nya)[ \t]+)?"
    rf"{_EU_SUFFIX}[ \t]+{_EU_NUMBER})"
    # floor and door ("4º A", "3º izda.", "2.º Esq.", "m. 15", "bus 3", "app. 804"), up to two of them
    # (a door may be a number too: "3º 2", "2º 4ª")
    r"(?:,?[ \t]*(?:\d{1,2}\.?[º°ª](?:[ \t]?[A-Za-z]{1,5}\.?|[ \t]?\d{1,2}[º°ª]?(?!\d))?|\d{1,2}[ \t]?[A-Z]\b|"
    r"(?:bus|app\.?|apt\.?|m\.|kv\.|lgh|lok\.?|top|piso|étage|esc\.?|D:|Daire|Kat)[ \t]*\w{1,4}\.?|"
    # Danish floors and sides: "2. th.", "1. tv.", "3. mf.", "st. tv." (stuen), "4. sal"
    r"(?:\d{1,2}\.|st\.)(?:[ \t]?(?:th|tv|mf|sal)\b\.?)|"
    # Dutch additions to the house number: "120 hs" (ground floor), "bg", "huis", "boven", "II"
    r"(?:hs|huis|bg|boven|I{1,3})\b|"
    r"(?:bajo|bajos|ático|atico|entlo\.?|entresuelo|pral\.?|principal)"
    r"(?:[ \t]+(?:izq|izda|dcha|dcho|der|ctro)\.?)?)){0,2}"
    # a district between the street and the postcode ("Col. Crédito Constructor", "Bairro Centro")
    rf"(?:,[ \t]*(?:(?:Col\.|Colonia|Bairro|Barrio|Fracc\.)[ \t]+{_EU_WORD}(?:[ \t]+{_EU_WORD}){{0,3}}|Centro))?[ \t]*$"
)
_EU_TAIL = lazy(
    r"(?:,[ \t]*|\r?\n[ \t]*|<br[ \t]*/?>[ \t]*)(?:\d{5}|\d{4}-\d{3}|\d{4}(?:[ ]?[A-Z]{2})?|\d{2}-\d{3}|\d{3} \d{2})"
    r"[ \t]+[A-ZÀ-ÞĀ-Ž][\wÀ-ÿ'’-]+(?:[ -](?:(?:de|del|di|da|do|dos|das|am|an|im|sur|en)[ ])?[A-ZÀ-ÞĀ-Ž][\wÀ-ÿ'’-]+)?"
    r"(?:[ \t][A-ZÆØ]{1,2}(?!\w))?"  # a Copenhagen postal district after the city: "1165 København K"
)


def _european(text: str, shape: bytes, out: Findings) -> None:
    """European street addresses, found from their postcode and city, then the street line before them."""
    # A street never holds an earlier postcode and city: each look-back stops at the previous tail's end, so a
    # run of tails (", 28009 Madrid, 28009 Madrid...") is read once, not 90 characters back from every one.
    prev = 0
    # The tail after an HTML "<br>" is looked for only in a text that has one.
    patterns = _S_EU_TAILS if shape.find(b"<") != -1 else _S_EU_TAILS[:1] + _S_EU_TAILS[2:]  # memchr: no "<", no tag
    for m in sorted((hit for pattern in patterns for hit in pattern.finditer(shape)), key=_start):
        at = m.start()
        if shape[at] == 97:  # "a>0...": the tail starts at its "<br>"
            at = text.rfind("<", max(0, at - 6), at)
            if at == -1:
                continue
        tail = _EU_TAIL.match(text, at)
        if not tail:
            continue
        lo = max(0, at - 90, prev)
        prev = tail.end()
        nl = text.rfind("\n", lo, at)
        line_start = nl + 1 if nl != -1 else lo
        br = text.rfind(">", line_start, at)  # an HTML line: the street starts after the markup before it
        street = _EU_STREET.search(text, br + 1 if br != -1 else line_start, at)
        if street and not firm_seat(text, street.start()):
            out.add(T.ADDRESS, street.start(), tail.end(), 0.85)


def _start(m: re.Match[bytes]) -> int:
    return m.start()


# Postcodes written after the city: Canada ("Montréal QC H3A 1H9") and Brazil ("São Paulo - SP, 01310-100").
_S_CA = lazy(rb"A0A 0A0")
# The Brazilian postcode's shape "00000-000", searched from its "-" (rare in a shape, where a digit is a third of the
# bytes), the digits before it checked after: it starts 5 bytes before the match.
_S_BR_POSTCODE = lazy(rb"-000(?<=00000-000)")
_CA_CITY = lazy(
    r",?[ \t]*(?:[A-ZÀ-Þ][\wÀ-ÿ'’.-]+,?[ \t]+){1,3}?(?:(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)[ \t,]+)?$"
)
_BR = lazy(
    r"(?:Rua|Avenida|Av\.|Alameda|Travessa|Praça|Estrada|Rodovia)[ \t]+[^\n,]{2,60},[ \t]*(?:n[º°o]\.?[ \t]*)?\d{1,5}"
    # the district may be on a line of its own; "CEP" may name the postcode
    r"[^\n]{0,90}?(?:\n[^\n]{0,90}?)?[ \t]*[-–/][ \t]*[A-Z]{2},?[ \t]*(?:CEP:?[ \t]*)?$"
)


def _city_then_postcode(text: str, shape: bytes, out: Findings) -> None:
    """Canadian and Brazilian addresses: the postcode ends the address; the street is read before the city.

    As for European tails, each look-back stops at the previous postcode, so a run of them is read once.
    """
    prev = 0
    for m in _S_CA.finditer(shape):
        lo = max(0, m.start() - 100, prev)
        prev = m.end()
        line_start = text.rfind("\n", lo, m.start()) + 1 or lo
        city = _CA_CITY.search(text, max(line_start, m.start() - 50), m.start())
        if city is None:
            continue
        if city.start() == line_start:  # the city starts its line: the street is the line before
            if line_start == 0 or line_start <= lo:
                continue
            prev_start = text.rfind("\n", max(0, line_start - 100), line_start - 1) + 1 or max(0, line_start - 100)
            street = _EU_STREET.search(text, prev_start, line_start - 1)
        else:
            street = _EU_STREET.search(text, line_start, city.start())
        if street and not firm_seat(text, street.start()):
            out.add(T.ADDRESS, street.start(), m.end(), 0.85)
    prev = 0
    # The non-overlapping hits of the postcode's shape, left to right: each search starts where a postcode
    # starting after the last one's end would have its "-".
    hit = _S_BR_POSTCODE.search(shape)
    while hit is not None:
        at = hit.start() - 5
        stop = hit.end()
        lo = max(0, at - 200, prev)
        prev = stop
        line_start = text.rfind("\n", lo, at) + 1 or lo
        street = _BR.search(text, line_start, at)
        if street is None and line_start > lo:  # the street on the line before the district's
            prev_start = text.rfind("\n", lo, line_start - 1) + 1 or lo
            street = _BR.search(text, prev_start, at)
        if street:
            out.add(T.ADDRESS, street.start(), stop, 0.85)
        hit = _S_BR_POSTCODE.search(shape, stop + 5)


# Irish addresses end with an Eircode: a routing key (a letter and two digits, or "D6W") and four letters and digits
# ("94 Sráid an Rí, Galway, H91 E2R7", "128 Bóthar na Trá, Ballsbridge, Dublin 4, D04 X7K2"). Found from its shape
# after a blank, then back over the town parts to a street line (Irish or English street words) on its line.
_S_EIRCODE = lazy(rb" A0[0A] [A0][A0][A0][A0](?![A0a])")
_EIRCODE = lazy(r"[ACDEFHKNPRTVWXY]\d[\dW] (?=[A-Z\d]{0,3}\d)[0-9ACDEFHKNPRTVWXY]{4}")
_IE_STREET = lazy(
    r"\d{1,4}[A-Za-z]?,?[ \t]+(?:[A-ZÀ-ÞÁÉÍÓÚ][\w'’.-]+[ \t]+){0,3}"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Terrace|Park|Place|Court|Close|Crescent|Square|Way|Grove|"
    r"Row|Quay|Hill|Green|View|Gardens|Heights|Lawns?|Walk|Rise|Manor|Mews|Parade|Wood|Meadows?)[ \t]*$"
)


def _irish(text: str, shape: bytes, out: Findings) -> None:
    prev = 0
    for hit in _S_EIRCODE.finditer(shape):
        at = hit.start() + 1
        code = _EIRCODE.match(text, at)
        if code is None:
            continue
        floor = prev  # no look-back past the previous Eircode
        prev = code.end()
        line_start = max(text.rfind("\n", 0, at) + 1, text.rfind(">", max(0, at - 160), at) + 1, at - 160, floor)
        # the street ends at a comma of the line, or is the line above ("60 Bóthar na Trá\nSligo F91 KX59")
        ends = [i for i in range(line_start, at - 1) if text[i] == ","]
        first = line_start
        if line_start - 1 > floor and text[line_start - 1] == "\n":
            first = max(text.rfind("\n", max(0, line_start - 120), line_start - 1) + 1, line_start - 120, floor)
            ends.insert(0, line_start - 1)
        for end in ends[:6]:
            street = _EU_STREET.search(text, first, end) or _IE_STREET.search(text, first, end)
            if street is not None:
                if not firm_seat(text, street.start()):
                    out.add(T.ADDRESS, street.start(), code.end(), 0.85)
                break


def _address_shapes(shape: bytes) -> Iterator[int]:
    """Where the matches of ``finditer`` of "0A? <tail>" start: the leftmost match of either pattern, then on after
    its end.

    At a given start only one of them can match (the byte after the digit is "A" or " "), so this is that
    one pattern's sequence of non-overlapping matches. (A match ends in a small letter, so the second pattern,
    searched from its letter after the end of the last, finds no number that ends before it.)
    """
    pos = 0
    found = [p.search(shape) for p in _S_ADDR]
    while True:
        live = [(m.start() - after, m) for m, after in zip(found, _AFTER_NUMBER, strict=True) if m is not None]
        if not live:
            return
        at, m = min(live, key=_first)
        yield at
        pos = m.end()
        found = [
            f if f is None or f.start() - after >= pos else p.search(shape, pos)
            for p, f, after in zip(_S_ADDR, found, _AFTER_NUMBER, strict=True)
        ]


def _first(hit: tuple[int, re.Match[bytes]]) -> int:
    return hit[0]


def scan_addresses(text: str, shape: bytes, out: Findings) -> None:
    """Street addresses from their shape, and PO boxes; a city and postcode after them raise the score."""
    for at in _address_shapes(shape):
        s = at
        while s > 0 and shape[s - 1] == 48 and at - s < 6:  # back to the first digit of the number
            s -= 1
        if s >= 2 and shape[s - 1] == 47 and shape[s - 2] == 48:  # "9/144 ...": back over the unit and its "/"
            u = s - 2
            while u > 0 and shape[u - 1] == 48 and s - u < 6:
                u -= 1
            s = u
        if not free_before(shape, s, b"0Aa.-_/:"):
            continue
        if text[max(0, s - 4) : s].lower() == "box ":
            continue  # a box number ("PO Box 57487 Salt Lake City"): the box pattern reads it
        am = _ADDR.match(text, s)
        if am and not firm_seat(text, s):
            street_only = am.group("tail") is None and am.group("tail2") is None
            out.add(T.ADDRESS, s, am.end(), 0.7 if street_only else 0.85)
    _european(text, shape, out)
    _city_then_postcode(text, shape, out)
    _us_capitals(text, shape, out)
    _irish(text, shape, out)


# US addresses written in capitals, as payers, pharmacies and eligibility files print them ("3376 N MULBERRY BLVD,
# APT. 212\nRENO, NV 89501"). Found from the state and ZIP code's shape (" AA 00000", rare outside addresses),
# then the city and the street before them on the line or the line above. (accuracy9)
_S_STATE_ZIP = lazy(rb" AA 00000(?!0)")
_US_STATE_CODES = words(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP"
)
_CAPS_STREET = lazy(
    r"\d{1,6}[A-Z]?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?:[ \t]+[A-Z0-9][A-Z0-9'.-]*){1,4}?[ \t]+"
    r"(?:STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|LN|DRIVE|DR|COURT|CT|WAY|PLACE|PL|TERRACE|TER|CIRCLE|CIR|"
    r"PARKWAY|PKWY|HIGHWAY|HWY|SQUARE|SQ|TRAIL|TRL|LOOP|PIKE|ROW|MALL)\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW))?"
    r"(?:,?[ \t]*(?:APT|UNIT|STE|SUITE|TRLR|RM|FL|BLDG|LOT|SPC|SPACE|DEPT|HNGR|SLIP|PIER|OFC|#)\.?[ \t]*#?[ \t]*"
    r"[A-Z0-9-]{1,6})?"
    r"(?:[ \t]*,?[ \t]*\r?\n[ \t]*|[ \t]*,[ \t]*|[ \t]+)[A-Z][A-Z .'-]{1,30}?,?[ \t]*$"
)


def _us_capitals(text: str, shape: bytes, out: Findings) -> None:
    if b" AA 00000" not in shape:
        return
    for hit in _S_STATE_ZIP.finditer(shape):
        at = hit.start() + 1
        if text[at : at + 2] not in _US_STATE_CODES:
            continue
        end = hit.end()
        if text[end : end + 1] == "-" and text[end + 1 : end + 5].isdigit():
            end += 5  # ZIP+4
        lo = max(0, at - 160)
        line = text.rfind("\n", lo, at)
        above = text.rfind("\n", lo, line) + 1 if line > lo else lo
        for start in (above, line + 1 if line != -1 else lo):
            street = _CAPS_STREET.search(text, start, at)
            if street and (street.start() == start or text[street.start() - 1] in " \t,\"'=:>"):
                if not firm_seat(text, street.start()):
                    out.add(T.ADDRESS, street.start(), end, 0.8)
                break


# Indian addresses: "Flat 150, Prestige Lakeside, Baner Road, Pune, Maharashtra 411045". Found from the state or
# union territory (data/keywords.tsv, kind "addr", the 36 of them) before a six-digit PIN code, then read back
# over the comma-separated parts to a flat, house or plot number.
_IN_STATES = words(
    "assam bihar chhattisgarh goa gujarat haryana jharkhand karnataka kerala maharashtra manipur meghalaya mizoram "
    "nagaland odisha punjab rajasthan sikkim telangana tripura uttarakhand chandigarh delhi ladakh lakshadweep "
    "puducherry"
) | {"andhra pradesh", "arunachal pradesh", "himachal pradesh", "madhya pradesh", "tamil nadu", "uttar pradesh",
     "west bengal", "andaman and nicobar islands", "dadra and nagar haveli and daman and diu",
     "jammu and kashmir"}  # fmt: skip
_IN_PIN = lazy(r"[ \t]*[-–,]?[ \t]*[1-9]\d{2}[ \t]?\d{3}(?!\d)")
# A part that opens the address: a flat, house or plot number, or a bare house number.
# A part that opens the address: a flat, house or plot number, or a bare house number, ending the part (words
# before it on the part are the sentence's: "met her at Flat 12B").
_IN_HOUSE = lazy(
    r"(?:\b(?:Flat|Apartment|Apt\.?|House|H\.[ ]?No\.?|Plot|Door[ ]No\.?|Shop|Unit|No\.)[ \t]*(?:No\.?[ \t]*)?"
    r"[\w/-]{1,8}|(?<![\w/-])\d{1,5}[A-Z]?(?:/\d{1,4})?)[ \t]*$"
)


def _indian(text: str, start: int, key: str, out: Findings) -> None:
    """The Indian address that ends with the state or union territory at ``start`` and a PIN code after it.

    Its comma-separated parts are walked back from the state (each a ``rfind``), at most seven, to the one that
    opens it with a flat, house or plot number; the part just before the state (the city) cannot open it.
    """
    end = start + len(key)
    if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()) or not text[start].isupper():
        return
    pin = _IN_PIN.match(text, end)
    if pin is None:
        return
    lo = max(0, start - 160)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    pos = text.rfind(",", line_start, start)
    if pos == -1 or text[pos + 1 : start].strip():
        return
    b = text.rfind(",", line_start, pos)  # the end of the part before the city's
    for _ in range(7):
        if b == -1:
            return
        a = text.rfind(",", line_start, b)
        if a == -1 and line_start == lo and lo > 0:
            return  # the look-back cut a line: its start is not known
        house = _IN_HOUSE.search(text, a + 1 if a != -1 else line_start, b)
        if house:
            out.add(T.ADDRESS, house.start(), pin.end(), 0.8)
            return
        b = a


# An Indian address without its state: "Flat 411, Prestige Lakeside, Varthur Road, Chennai 560087", also over two
# lines. Found from the flat, house or plot word (kind "addr"), forwards to a city and a six-digit PIN code.
_FLAT_KEYS = frozenset({"flat", "h.no", "h. no", "plot no", "door no"})
_FLAT_HEAD = lazy(r"(?:Flat|H\.[ ]?No\.?|Plot[ ]No\.?|Door[ ]No\.?)[ \t]*\d{1,5}[A-Z]?(?:/\d{1,4})?,")
_PIN = lazy(r"(?<![\d-])[1-9]\d{2}[ ]?\d{3}(?![\d-])")
# Matched against a part without its outer blanks: blanks both inside the class and around it made a run of
# spaces match many ways (21 s a MiB of "Flat 1,A<spaces>").
_PART = lazy(r"(?:\r?\n[ \t]*)?[A-Z0-9][\w.'’&/ -]{0,40}[ \t]*(?:\r?\n[ \t]*[A-Z][\w.'’ -]{0,30})?")


def _flat_to_pin(text: str, start: int, out: Findings) -> None:
    """The address from a flat or house number to the first PIN code within 200 characters: its parts between
    commas are short and start with a capital or a digit, the last one (the city) right before the PIN."""
    if start and text[start - 1].isalnum():
        return
    head = _FLAT_HEAD.match(text, start)
    if head is None:
        return
    pin = _next_pin(text, head.end(), min(len(text), head.end() + 200))
    if pin is None or pin[0] - head.end() > 200 or text.count("\n", head.end(), pin[0]) > 2:
        return
    parts = text[head.end() : pin[0]].rstrip(" \t-").split(",")
    if parts and not parts[-1].strip():
        parts.pop()  # "Mysuru, 570001": the city, a comma, then the code
    if not parts or len(parts) > 6 or not all(_PART.fullmatch(p.strip(" \t")) for p in parts):
        return
    out.add(T.ADDRESS, start, pin[1], 0.8)


#: The text last searched for a PIN code, how far, and the first found (or None): a run of flat numbers searches
#: each stretch of it once, not 200 characters again from every one.
_PIN_SEEN: tuple[str, int, int, tuple[int, int] | None] = ("", 0, 0, None)


def _next_pin(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``(start, end)`` of the first PIN code at or after ``lo`` that starts before ``hi``, if any. The last
    search is reused only when it began at or before ``lo`` (its answer is then the first after ``lo`` too)."""
    global _PIN_SEEN
    seen_text, searched_from, searched_to, found = _PIN_SEEN
    if seen_text is text and searched_from <= lo:
        if found is not None and found[0] >= lo:
            return found if found[0] < hi else None
        if found is None and lo <= searched_to:
            lo = max(lo, searched_to - 7)  # a code may straddle where the last search stopped
    m = _PIN.search(text, lo, hi)
    _PIN_SEEN = (text, lo, hi, (m.start(), m.end()) if m else None)
    return (m.start(), m.end()) if m else None


# A US rural route, highway contract or military box (USPS Publication 28): "RR 3 Box 173", "HC 80 Box 1403",
# "Rural Route 2, Box 15", "PSC 1234 Box 5678", with the city, state and ZIP code after it on its line or the next.
# Found from the word "box" (kind "addr"), the route read back before it.
_ROUTE_BEFORE = lazy(
    r"(?<![\w.])(?:RR|R\.R\.|Rural Route|RURAL ROUTE|HC|H\.C\.|Highway Contract|HIGHWAY CONTRACT|Star Route|"
    r"STAR ROUTE|PSC|CMR)[ \t]+\d{1,4}[A-Z]?,?[ \t]+$"
)
_ROUTE_BOX = lazy(
    r"(?:Box|BOX)[ \t]+\d{1,6}(?![\w-])"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+)[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3},?"
    r"[ \t]*[A-Z]{2}\.?[ \t]+\d{5}(?:-\d{4})?(?!\d))?"
)


def _route_box(text: str, start: int, out: Findings) -> None:
    if start < 4 or text[start - 1] not in " \t,":
        return
    route = _ROUTE_BEFORE.search(text, max(0, start - 24), start)
    if route is None:
        return
    box = _ROUTE_BOX.match(text, start)
    if box is not None:
        out.add(T.ADDRESS, route.start(), box.end(), 0.8)


def address_at(text: str, start: int, key: str, out: Findings) -> None:
    """Act on an address keyword the keyword pass found at ``start`` (``data/keywords.tsv``, kind ``addr``):
    a label or key (``Address:``, ``"shipping_address":``, ``Anschrift:``), a PO box word or a Japanese ward."""
    if key == "box":
        _route_box(text, start, out)
    elif key in _BOX_KEYS:
        box = _PO_BOX.match(text, start)
        if box is not None and not firm_seat(text, box.start(), box=True):
            tail = _EU_TAIL.match(text, box.end())
            stop = tail.end() if tail else box.end()
            out.add(T.ADDRESS, box.start(), stop, 0.8 if stop - box.start() > 14 else 0.6)
    elif key.startswith("-"):
        _japanese(text, start, out)
    elif key in _IN_STATES:
        _indian(text, start, key, out)
    elif key in _FLAT_KEYS:
        before = len(out.items)
        _flat_to_pin(text, start, out)
        if key == "flat" and len(out.items) == before:
            _premises(text, start, out)
    elif key in _PREMISE_KEYS:
        _premises(text, start, out)
    elif key == "c.p.":
        _mexican(text, start, out)
    else:
        _label_value(text, start, out)


# A Mexican address ends with its postcode after "C.P." and, often, the state: "Av. Revolución 358, Int. 13,
# Col. Roma Norte, Benito Juárez, C.P. 59957, Jal.". Found from the "C.P." (kind "addr"), back to the street type
# that opens it on the same line (at most 160 characters), forward over the state.
_MX_POSTCODE = lazy(r"C\.[ ]?P\.[ \t]*\d{5}(?!\d)")
_MX_STREET = lazy(
    r"(?<![\w.])(?:Calle|Av\.|Avenida|Blvd\.|Boulevard|Bulevar|Calz\.|Calzada|Privada|Cerrada|Circuito|Prolongación|"
    r"Andador|Carretera|Paseo)[ \t]+[^\n,]{1,60}?\d{1,5}"
)
_MX_STATE = lazy(
    r",[ \t]*(?:[A-ZÁÉÍÓÚ][\wáéíóúñ]*\.?)(?:[ \t]+(?:de[ \t]+)?[A-ZÁÉÍÓÚ][\wáéíóúñ]*\.?){0,2}(?=[ \t]*(?:[,<\n\"']|$))"
)


def _mexican(text: str, start: int, out: Findings) -> None:
    post = _MX_POSTCODE.match(text, start)
    if post is None:
        return
    line_start = text.rfind("\n", max(0, start - 160), start) + 1 or max(0, start - 160)
    for street in _MX_STREET.finditer(text, line_start, start):
        if "." in text[street.end() : start].replace("Int.", "").replace("Col.", "").replace("C.P.", "").rstrip(". "):
            continue  # a sentence ends between them: the street is another's
        end = post.end()
        state = _MX_STATE.match(text, end)
        if state is not None:
            end = state.end()
        if not firm_seat(text, street.start()):
            out.add(T.ADDRESS, street.start(), end, 0.85)
        return


# Japanese addresses in Latin letters: block numbers (chōme-banchi-gō), district, ward or city, prefecture and
# postcode: "2-11-3 Meguro, Meguro-ku, Tokyo 153-0063". Found from the ward ("-ku", "-shi"), read around it.
_JP = lazy(
    r"\d{1,4}(?:-\d{1,4}){1,2},?[ \t]+(?:[A-Z][a-z]+(?:[ -][A-Za-z0-9]+)?,?[ \t]+)?[A-Z][a-z]+-(?:ku|shi)\b"
    r"(?:,?[ \t]+[A-Z][a-z]+(?:-(?:to|fu|ken))?)?(?:,?[ \t]+(?:〒[ \t]?)?\d{3}-\d{4})?"
)


def _japanese(text: str, at: int, out: Findings) -> None:
    """The Japanese address around the ward or city suffix at ``at``."""
    for m in _JP.finditer(text, max(0, at - 48), min(len(text), at + 40)):
        if m.start() <= at < m.end():
            out.add(T.ADDRESS, m.start(), m.end(), 0.8)


# Labels and keys that say an address follows: "Address:", "shipping_address": "...", "Anschrift:",
# "Dirección de envío:", "Indirizzo:", "Morada:", "Endereço:", "Adres:". The keyword pass finds each, inside
# keys too; it is read backwards to the start of its key and forwards to the value.
_LABEL_AT = lazy(
    r"(?P<key>[A-Za-z_][\w -]{0,30}?)?(?:[Aa]ddress|[Aa]dresse|[Aa]dres|[Aa]nschrift|[Dd]irecci[oó]n|[Ii]ndirizzo|"
    r"[Mm]orada|[Ee]ndere[cç]o|[Dd]omicilio|[Dd]omicile|"
    r"[Ss]treet(?:_?1)?|[Ll]ine_?1)(?P<key2>[\w -]{0,20}?)(?:[ \t]*\([^()\n]{1,30}\))?[\"']?"
    r"(?:[ \t]*[:=]|[ \t]*\.{2,})[ \t]*(?P<q>[\"']?)[ \t]*"
)
# Key words that make the "address" something else: a network, mail or wallet address, or time at an address.
_NOT_POSTAL = words(
    "ip ipv4 ipv6 mac email e-mail mail wallet memory web server host bind listen remote local return btc eth "
    "bitcoin contract url hardware physical virtual base start end offset time years months same property"
)
_KEY_SPLIT = lazy(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")
_POSTAL_VALUE = lazy(r"(?=[^\n]*\d)(?=(?:[^\n]*?[^\W\d_]{3,}){2})")
_NOT_VALUE = lazy(r"[\d.:a-fA-FxX/ -]+|[^@\n]*@[^\n]*|[^\n]*://[^\n]*|\d+[ \t]+(?:years?|months?|weeks?|days?)\b[^\n]*")


def _label_value(text: str, at: int, out: Findings) -> None:
    """The value after the address label or key at ``at``: one line, a quoted string, or up to four short lines."""
    if text[at] in "\"'":
        at += 1  # a quoted key found with its quote ("street")
    lo = max(text.rfind("\n", max(0, at - 40), at) + 1, at - 40)
    hi = min(len(text), at + 40)
    window = text[lo:hi]
    if ":" not in window and "=" not in window and ".." not in window:
        return  # no separator a label could end with: spare the search (a MiB of XML <addr> elements took 2.6 s)
    m = _LABEL_AT.search(text, lo, hi)
    if m is None or not (m.start() <= at < m.end()):
        return
    key = (m.group("key") or "") + " " + (m.group("key2") or "")
    if {w.lower() for w in _KEY_SPLIT.split(key) if w} & _NOT_POSTAL:
        return
    start = m.end()
    quote = m.group("q")
    scalar = False
    if quote:
        end = text.find(quote, start, start + 200)
        if end == -1:
            return
        value_end = end
    else:
        line_end = text.find("\n", start, start + 200)
        value_end = line_end if line_end != -1 else min(len(text), start + 200)
        opening = text[start:value_end].lstrip()[:1]
        if opening == "{" or (opening == "[" and _ARRAY_OF_OBJECTS.match(text, start)):
            # "shipping_address": {"line1": "...", ...}; FHIR's "address": [{"line": ["..."], "city": ...}]
            brace = text.find("{", start, start + 120)
            if brace != -1:
                _object_line(text, brace + 1, out)
            return
        # nothing after the label, or a YAML block scalar's indicator ("home_address: |"): the lines below
        scalar = text[start:value_end].strip() in ("|", ">", "|-", ">-", "|+", ">+")
        if value_end == start or scalar or not text[start:value_end].strip():
            value_end = _block_end(text, start)
            nl = text.find("\n", start, value_end + 1)
            if nl != -1:  # the value is the lines below, not the block scalar's indicator before them
                start = nl + 1
        else:  # a sentence may go on after the address on its line ("..., NC 27601. Continue metformin.")
            nxt = _NEXT_KEY.search(text, start, value_end)  # a log's next field: "street=4 Oak Dr city=Plano"
            value_end = nxt.start() if nxt else value_end
            stop = _SENTENCE_END.search(text, start, value_end)
            value_end = stop.start() if stop else value_end
    while value_end > start and text[value_end - 1] in " \t\r,;.":
        value_end -= 1
    while start < value_end and text[start] in " \t\r\n":
        start += 1
    value = text[start:value_end]
    if scalar:  # a YAML block scalar's lines are one value ("Ilica 205" / "21000 Split")
        value = " ".join(value.split())
    if not 8 <= len(value) <= 160 or _NOT_VALUE.fullmatch(value) or not _POSTAL_VALUE.match(value):
        return
    # A "street" or "line1" key names the street line only: its value must read as one ("Rua Augusta 1200").
    label = m.group().lower()
    if ("street" in label or "line" in label) and "addr" not in label and not _street_line(value):
        return
    out.add(T.ADDRESS, start, value_end, 0.75)


def labelled_address(label: str, value: str) -> bool:
    """Whether ``value``, under ``label``, is a postal address as a label's value is read (``_label_value``): an
    address label that names no e-mail, IP or web address, and a value with a number and two words (accuracy18)."""
    return (
        not {w.lower() for w in _KEY_SPLIT.split(label) if w} & _NOT_POSTAL
        and 8 <= len(value) <= 160
        and _POSTAL_VALUE.match(value) is not None
        and _NOT_VALUE.fullmatch(value) is None
    )


def street_address(value: str) -> bool:
    """Whether a whole field's ``value`` is a postal address opening with its street line ("118 Páirc na Coille,
    Dublin 9, D09 X8W3"): a calendar entry's location, a contact card's street (names.scan_cards)."""
    return (
        8 <= len(value) <= 160
        and _POSTAL_VALUE.match(value) is not None
        and _NOT_VALUE.fullmatch(value) is None
        and _street_line(value.split(",")[0].strip())
    )


def _street_line(value: str) -> bool:
    """Whether ``value`` is a street line: a number and a street ("4410 Oakmont Dr") or a European street."""
    return (
        _ADDR.match(value) is not None or _EU_STREET.match(value) is not None or _NUMBER_FIRST.match(value) is not None
    )


_NUMBER_FIRST = lazy(r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?,?[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:[ \t]+[\w'’.-]+){0,4}$")


# The first line of an address object: "line1", "street", "address_line_1", "addressLine1"...; the keys of
# published schemas: SCIM's (RFC 7643) and schema.org's "formatted" and "streetAddress", Open Banking's and
# ISO 20022's "AddressLine"/"AdrLine" (an array of lines), and a contact list's "value" ("addresses": [{"type":
# "home", "value": "..."}], as its "emails" and "phones" hold theirs).
_OBJECT_LINE = lazy(
    r"[^{}]{0,80}?[\"'](?:line_?1|address_?line_?1|addressLine1|street(?:_?address)?|street_?line_?1|address1|line|"
    r"address_?lines?|adr_?line|formatted(?:_?address)?|value)"
    # a FHIR Address holds its street lines in an array: "line": ["82 Rue des Lilas", "Bât. B"]
    r"[\"'][ \t]*:[ \t]*(?:\[[ \t\r\n]{0,40})?[\"']([^\"'\n]{4,120})[\"']",
    re.I,
)
# An address key's value that is an array of objects: "address": [ { ...
_ARRAY_OF_OBJECTS = lazy(r"[ \t]*\[[ \t\r\n]{0,60}\{")


def _object_line(text: str, start: int, out: Findings) -> None:
    """The street line of the object an address key opens (its first keys; a nested object stops the look)."""
    m = _OBJECT_LINE.match(text, start, min(len(text), start + 300))
    # a street line of one word and a number ("Lindenweg 186b") reads as a street, not by its words
    if m and (_POSTAL_VALUE.match(m.group(1)) or _street_line(m.group(1))) and not _NOT_VALUE.fullmatch(m.group(1)):
        out.add(T.ADDRESS, m.start(1), m.end(1), 0.75)


_NEXT_KEY = lazy(r"[ \t]+[a-z][a-z_]{1,24}=")
_SENTENCE_END = lazy(r"(?:(?<=[^\W\d_]{4})|(?<=\d)|(?<=\d[A-Z])|(?<=\d[A-Z]{2}))\.(?=\s)|;|[ \t]{3,}")
_LABEL_LINE = lazy(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?[A-Za-z][\w '/-]{0,30}(?:\.[\w '/-]{1,30}){0,2}(?::|[ \t]*\.{3,})")


def _block_end(text: str, start: int) -> int:
    """The end of the lines under a label that ends its line: up to four short lines, to a blank or labelled one."""
    pos = text.find("\n", start)
    if pos == -1:
        return start
    end = pos
    for _ in range(4):
        nxt = text.find("\n", pos + 1)
        line_end = nxt if nxt != -1 else len(text)
        line = text[pos + 1 : line_end]
        if not line.strip() or len(line) > 80 or _LABEL_LINE.match(line):
            break
        end = line_end
        if nxt == -1:
            break
        pos = nxt
    return end


# An address that opens with the premises, then its parts between commas or on the lines below: "House 62, Road 24,
# Uttara Sector 7, Dhaka 1252", "Villa 12, Street 45, Al Barsha 2, Dubai", "Building 7, Road 2803, Block 428, Seef,
# Bahrain", "No. 23, Jalan Ampang, 50450 Kuala Lumpur", "Flat 16, Kestrel House, Roath, Leeds LS6 3QA", "FLAT 9,
# CEDAR HOUSE, NORTH ROAD, CARDIFF CF14 3BN", as South and South-East Asia, the Gulf, East Africa and British flats
# write them (accuracy32). Found from the premises word (kind "addr"), forwards over parts that open with a capital
# or a digit; it ends at the first part that ends with a postcode or is a country, or, on the head's line, at the
# last part when one of them names a street, a road, a block or a sector. A unit, a section, a part or a lesson
# ("Unit 4, Section 1, Part B") has neither.
_PREMISE_KEYS = frozenset({"house", "villa", "unit", "apartment", "building", "bldg", "plot", "no."})
_PREMISE_HEAD = lazy(
    r"(?:Flat|FLAT|Apartment|APARTMENT|House|HOUSE|Villa|VILLA|Unit|UNIT|Building|BUILDING|Bldg\.?|BLDG\.?|Plot|PLOT|"
    r"No\.|NO\.)(?:[ \t]+(?:No|NO)\.?)?[ \t]*\d{1,5}[A-Z]?(?:[/-]\d{1,4}[A-Z]?)?[ \t]*,"
)
# One part: capitalised words or numbers (with the small words of place names between them), then what follows it.
# A word may end with an abbreviation's full stop ("Jl.", "Rd.", "Dist."), not a longer word or a number ("Dubai.",
# "46000.": the sentence ends there).
_PREMISE_WORD = (
    r"(?:(?:[A-Z]\.){2,3}(?![\w'’&/-])|[A-ZÀ-ÞĀ-Ž][\w'’&/-]{0,3}\.(?![\w'’&/-])"
    r"|[A-Z0-9À-ÞĀ-Ž][\w'’&/-]*(?:\.[\w'’&/-]+)*)"
)
_PREMISE_PART = lazy(
    r"[ \t]*(?:(?P<nl>\r?\n)[ \t]*)?"
    rf"(?P<part>{_PREMISE_WORD}(?:[ \t]+(?:{_PREMISE_WORD}|upon|on|de|del|la|le|al|el|na|da|di|do|of)){{0,5}})"
    r"[ \t]*(?P<sep>,|(?=\r?\n))?"
)
_POSTCODE_END = lazy(
    r"(?:^|[ \t])(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[\dW][ \t]?[A-Z0-9]{4}|\d{4,7}|\d{3}[ \t]\d{2}|"
    r"[A-Z]{3}[ \t]?\d{4}|\d{2,3}-\d{3,4})$"
)
_POSTCODE_FIRST = lazy(r"\d{4,6}[ \t]+[A-ZÀ-ÞĀ-Ž]")
_STREET_WORDS = words(
    "street st road rd lane ln avenue ave drive dr way close court crescent place square terrace gardens grove "
    "parade boulevard blvd highway hwy alley sector block phase zone soi jalan jl triq rue calle via rehov marg "
    "nagar colony estate"
)
# Words a number follows that is no postcode: a box's ("P.O. Box 27902") besides a street's or a block's.
_NOT_POSTCODE_AFTER = _STREET_WORDS | {"box", "postbox", "pobox", "bp", "cp"}


@cache
def _country_names() -> frozenset[str]:
    return frozenset(c.lower() for c in data_lines("countries.txt"))


def _postcoded(part: str) -> bool:
    """Whether a part ends with a postcode ("Lahore 54700", "Leeds LS6 3QA", "Mosta MST 1015") or opens with one
    before its city ("50450 Kuala Lumpur"); a number after a street's or a block's word is no postcode."""
    m = _POSTCODE_END.search(part)
    if m is not None:
        words_before = part[: m.start()].split()
        return bool(words_before) and words_before[-1].lower().strip(".") not in _NOT_POSTCODE_AFTER
    return _POSTCODE_FIRST.match(part) is not None


#: The text whose parts the last premises word walked, where that word stood and how far its parts went: a premises
#: word after it among the parts already walked ("No. 1, Unit 2, Villa 3, ...") is not walked again, so a run of them
#: is read once, not seven parts from each. (Only a word after the last one: a scan of the same text again, as the
#: table paths do, starts before it and walks anew.)
_PREMISES_SEEN: tuple[str, int, int] = ("", 0, 0)


def _premises(text: str, start: int, out: Findings) -> None:
    """The address that opens with the premises word at ``start`` (see ``_PREMISE_HEAD``)."""
    global _PREMISES_SEEN
    if not text[start].isupper() or (start and (text[start - 1].isalnum() or text[start - 1] in "-/.")):
        return
    seen_text, seen_at, seen_to = _PREMISES_SEEN
    if seen_text is text and seen_at < start < seen_to:
        return
    if text[start : start + 3].lower() == "no." and text[max(0, start - 8) : start].split()[-1:] in (
        ["House"], ["HOUSE"], ["Flat"], ["FLAT"], ["Plot"], ["PLOT"], ["Door"], ["DOOR"], ["H."],
    ):  # fmt: skip
        return  # "House No. 59, ...": read from the house
    head = _PREMISE_HEAD.match(text, start, start + 24)
    if head is None:
        return
    pos = head.end()
    limit = min(len(text), pos + 200)
    street_end = -1
    parts = 0
    lines = 0
    while parts < 7:
        m = _PREMISE_PART.match(text, pos, limit)
        if m is None:
            break
        if m.group("nl"):
            lines += 1
            if lines > 2:
                _PREMISES_SEEN = (text, start, pos)
                return
        part = m.group("part").rstrip(".")  # an abbreviation's full stop or the sentence's, after the last word
        end = m.start("part") + len(part)
        parts += 1
        if _postcoded(part) or part.lower() in _country_names():
            _PREMISES_SEEN = (text, start, end)
            if not firm_seat(text, start):
                out.add(T.ADDRESS, start, end, 0.8)
            return
        if not lines and (street_end != -1 or any(w.lower().strip(".") in _STREET_WORDS for w in part.split())):
            street_end = end  # the last part on the head's line, from the one naming a street on
        if m.group("sep") is None or m.end() == pos:
            break
        pos = m.end()
    _PREMISES_SEEN = (text, start, pos)
    if street_end != -1 and parts >= 2 and not firm_seat(text, start):
        out.add(T.ADDRESS, start, street_end, 0.75)
