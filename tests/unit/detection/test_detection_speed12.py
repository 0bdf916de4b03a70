"""Pure speed changes of issue 13's speed12: each gives the answers of what it replaced (checked here against it)."""

from __future__ import annotations

import itertools
import random
import re

from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import _MADE
from privacykit.domain.detection.scanners import addresses, chat, names

# ----------------------------------------------------------------- name tokens and particles, grouped
# The flat lists the grouped alternations replaced, in their order.
_FLAT_TOK = names._TOK.replace(
    "(?:M(?:c|ac)|O['’]|D(?:['’]|e|i|a)|L(?:a|e)|Jo)?", "(?:Mc|Mac|O['’]|D['’]|De|La|Le|Jo|Di|Da)?"
)
_FLAT_PARTICLE = (
    r"(?:van der|van den|van de|van het|van 't|von der|von dem|van|von|de las|dela|"
    r"de la|de los|del|de|da|dos|du|di|le|la|bin|binti|ibn|al|el|ben|ter|ten|ap|zu|della|"
    r"dei|Ó|Ní|Nic|Uí|i|y|"
    r"St\.|Ste\.)"
)
_PIECES = [
    "van der", "van den", "van de", "van het", "van 't", "von der", "von dem", "van", "von", "de las", "dela", "de la",
    "de los", "del", "de", "da", "dos", "du", "di", "le", "la", "bin", "binti", "ibn", "al", "el", "ben", "ter", "ten",
    "ap", "zu", "della", "dei", "Ó", "Ní", "Nic", "Uí", "i", "y", "St.", "Ste.", "Mc", "Mac", "O'", "O’", "D'", "De",
    "La", "Le", "Jo", "Di", "Da", "Ann", "Berg", "Ab", "Cd", "ANNA", "J.", "X", "Ñúñez", "-", "'", ",", " ", " ", " ",
    "  ", "\t", "\n", "<br>", ">", "MD", "Jean-Luc", "DeShawn", "LaToya", "JoAnne", "Dr.", "1", "x", "ß", "İ",
]  # fmt: skip


def test_the_grouped_name_patterns_match_what_the_flat_lists_matched() -> None:
    assert names._TOK != _FLAT_TOK  # (the replacement above found the grouped prefix)
    pairs = []
    for made in {id(p): p for p in _MADE}.values():
        source = made._source
        if isinstance(source, str) and (names._PARTICLE in source or names._TOK in source):
            flat = source.replace(names._PARTICLE, _FLAT_PARTICLE).replace(names._TOK, _FLAT_TOK)
            assert not made._flags & re.I  # (grouping by first letter holds for patterns that keep case)
            pairs.append((re.compile(source, made._flags), re.compile(flat, made._flags)))
    assert len(pairs) >= 15  # CUE_NAME, _SEQ, DISPLAY_NAME's users, the "Last, First" patterns...
    rnd = random.Random(12)
    for _ in range(1500):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 10)))
        for grouped, flat in pairs:
            for pos in range(len(text)):
                a, b = grouped.match(text, pos), flat.match(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (grouped.pattern, text, pos)


# ----------------------------------------------------------------- words after a name, grouped
_FLAT_DISEASE_AFTER = re.compile(
    r"['’]?s?(?:[ ]|[ ]?\n[ \t]*)(?:disease|syndrome|lymphoma|palsy|phenomenon|sarcoma|tumou?r|thyroiditis|disorder|"
    r"chorea|ulcer|sign|test|score|scale|procedure|maneuver|reflex|law|principle|equation|theorem|effect)\b"
    r"|(?:[ ]King)?(?:[ ]Jr\.?)?[ ](?:Day|Blvd|Boulevard|Avenue|Ave|Street|Drive|Way|Road|Rd|Parkway|Pkwy|"
    r"Highway|Hwy|Memorial|Center|Centre|Library|Hospital|School|High|Elementary|University|College|Institute|"
    r"Foundation|Park|Bridge|Airport|Station|Hall|Stadium|Museum)\b",
    re.I,
)


def test_the_grouped_words_after_a_name_match_what_the_flat_list_matched() -> None:
    words = re.findall(r"[A-Za-z]+", _FLAT_DISEASE_AFTER.pattern.split("\\b")[0]) + re.findall(
        r"[A-Z][a-z]+", _FLAT_DISEASE_AFTER.pattern.split("[ ](?:")[-1]
    )
    forms = {"tumor", "tumour", "tumr"}
    for w in words:
        forms.update({w, w.lower(), w.upper(), w.capitalize(), w[:-1], w + "s", w + "_", w + "é", w + " x"})
        forms.update({w.replace("s", "ſ"), w.replace("k", "K")})  # (letters re.I folds to others)
    leads = [
        "",
        " ",
        "'s ",
        "’ ",
        "s ",
        "S ",
        "ſ ",
        "'s\n ",
        " \n\t",
        "\n",
        " King ",
        " Jr ",
        " King Jr. ",
        " Jr.",
        "x ",
    ]
    for lead, form in itertools.product(leads, sorted(forms)):
        for text in (lead + form, " " + lead + form):
            a, b = names._DISEASE_AFTER.match(text), _FLAT_DISEASE_AFTER.match(text)
            assert (a and a.span()) == (b and b.span()), text


# ----------------------------------------------------------------- a firm's seat, asked only where it can be
def test_firm_seat_answers_as_its_patterns_do() -> None:
    parts = [
        "Ltd", "GmbH", "Inc.", "S.A.", ",", ", ", " ", "\t", "\n", "\r", "to", "TO", "To", ":", "remit", "Remit to",
        "remittance address", "claims", "payments ", "returns", "x", "Health Plan", "o", "Bank", "ſ", "K",
    ]  # fmt: skip
    rnd = random.Random(5)
    positive = 0
    for _ in range(40_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 12)))
        start = rnd.randint(0, len(text))
        box = rnd.random() < 0.5
        lo = max(0, start - 60)
        expected = (
            addresses._FIRM_BEFORE.search(text, lo, start) is not None
            or (box and addresses._FIRM_ABOVE.search(text, lo, start) is not None)
            or addresses._BUSINESS_TO.search(text, lo, start) is not None
        )
        assert addresses.firm_seat(text, start, box) == expected, (text, start, box)
        positive += expected
    assert positive > 100


# ----------------------------------------------------------------- other speaker layouts: talk searched last
def test_other_layouts_still_need_most_lines_spoken() -> None:
    spoken = "Ann said: hi, can you check my order\nBen said: sure, I will look now\n" * 2
    fields = "Ann said: order 5521 pending review\nBen said: parcel 7781 shipped today\n" * 2
    for text, people in ((spoken, True), (fields, False)):
        seen: dict[str, list[tuple[int, int]]] = {}
        talking = chat.Counter()
        chat._other_speaker_layouts(text, seen, talking, Findings())
        assert bool(seen) is people, text


# ----------------------------------------------------------------- entities built through their slots
def test_entities_built_through_their_slots_equal_the_dataclass_ones() -> None:
    from privacykit.domain.common.entity_types import Entity
    from privacykit.domain.common.entity_types import EntityType as T
    from privacykit.domain.detection.findings import Finding
    from privacykit.domain.detection.resolution import as_entities

    # the slots path skips __init__: there must be nothing in it but the four fields
    assert not hasattr(Entity, "__post_init__")
    assert list(Entity.__dataclass_fields__) == ["start", "end", "type", "score"]
    findings = [Finding(3, 8, T.PERSON, 0.85), Finding(10, 22, T.EMAIL, 0.9), Finding(30, 42, T.PHONE, 0.8)]
    built = as_entities(findings)
    assert built == [Entity(*f) for f in findings]
    assert [hash(e) for e in built] == [hash(Entity(*f)) for f in findings]
    assert [e.as_dict() for e in built] == [Entity(*f).as_dict() for f in findings]
    try:
        built[0].start = 4  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("an entity built so is still frozen")
