"""Fast paths of the worst-case pass give the answers of the code they stand in for, on random inputs."""

from __future__ import annotations

import random
import re

import pytest

from privacykit.domain.detection import validators as v
from privacykit.domain.detection.context import NEG_BEFORE, labelled_as_thing, preceding
from privacykit.domain.detection.scanners import contact, medical
from privacykit.domain.detection.scanners import keywords as keywords_module
from privacykit.domain.detection.shapes import shape_of

_PIECES = ["order", "ssn", "id", "no.", "#", ":", "=", '"', "'", " ", "  ", "\n", "1", "42", "-", "x", "K", "v", "é"]


def test_the_thing_label_test_answers_as_the_label_search() -> None:
    rnd = random.Random(11)
    for _ in range(20000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12))) + "123"
        at = len(text) - 3
        assert labelled_as_thing(text, at) == (NEG_BEFORE.search(preceding(text, at)) is not None), text


def _reference_shaped(quad: str) -> bool:
    first, second, third, _ = quad.split(".")
    return int(first) <= 20 and int(second) <= 40 and int(third) <= 40


def test_version_shaped_quads_answer_as_their_parts_read_as_numbers() -> None:
    forms = [str(i) for i in range(1000)] + [f"0{i}" for i in range(100)] + [f"00{i}" for i in range(10)]
    rnd = random.Random(5)
    for first in forms:
        for _ in range(30):
            quad = f"{first}.{rnd.choice(forms)}.{rnd.choice(forms)}.9"
            text = f"at {quad} now"
            assert contact._version_shaped(text, 3, 3 + len(quad)) == _reference_shaped(quad), quad


@pytest.mark.parametrize("seed", range(5))
def test_dotted_quads_from_the_shape_are_those_of_the_text_pattern(seed: int) -> None:
    rnd = random.Random(seed)
    pieces = [
        "1",
        "12",
        "255",
        "7",
        ".",
        ".",
        " ",
        "\n",
        "a",
        "-",
        "_",
        "/",
        "x1",
        "10.0.0.5",
        "1.2.3.4.5",
        "’",
        "é",
        "“",
        "٣",
        "²",
    ]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        shape = shape_of(text)
        assert list(contact._dotted_quads(text, shape)) == list(contact._dotted_quads_any(text, shape)), text


def _reference_windows(anchors: list[int], radius: int, limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a in anchors:
        lo, hi = max(0, a - radius), min(limit, a + radius)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def test_medical_windows_merge_as_the_anchor_walk_did() -> None:
    rnd = random.Random(3)
    for _ in range(5000):
        limit = rnd.randint(1, 5000)
        anchors = sorted(rnd.randrange(limit) for _ in range(rnd.randint(0, 30)))
        radius = rnd.choice([1, 5, 50, 600])
        assert medical._windows(anchors, radius, limit) == _reference_windows(anchors, radius, limit)


def test_nanp_numbers_past_the_region_tries_answer_as_every_region(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(9)
    numbers = [f"{rnd.randint(200, 999)}{rnd.randint(200, 999)}{rnd.randint(0, 9999):04d}" for _ in range(3000)]
    expected = [any(r.match(n) is not None for r in v._nanp_regions()) for n in numbers]
    monkeypatch.setattr(v, "_nanp_misses", [v._NANP_REGION_TRIES])  # the whole alternation answers from here
    assert [v._nanp_ok(n) for n in numbers] == expected


# ----------------------------------------------------------------- second worst-case pass (issue 13, speed4)
_KEY_PIECES = ['"name"', "name", ":", "=", " ", '"', "'", ",", "{", "}", "[", "]", "\n", "\t", "Anna", "ver", "|", "a"]


def _reference_field_key(text: str, pos: int, reach: int = 120) -> str | None:
    from privacykit.domain.detection import structure as st

    if pos == 0 or text[pos - 1] == "\n":
        return None
    lo = text.rfind("\n", max(0, pos - reach), pos) + 1
    if lo == 0 and pos > reach:
        lo = pos - reach
    sep = max(text.rfind(":", lo, pos), text.rfind("=", lo, pos))
    if sep < 0:
        return None
    prefix = text[lo:pos]
    if "value=" in prefix or "</" in prefix:
        m = st._HTML_NAME.search(prefix) or st._HTML_LABEL.search(prefix)
        if m:
            return m.group("key")
    if st._FIELD_BREAK.search(text, sep + 1, pos):
        return None
    m = st._KEY_BEFORE.search(text, max(lo, sep - 48), sep + 1)
    return m.group("key").strip() if m else None


def test_keys_kept_per_line_prefix_answer_as_a_fresh_search() -> None:
    from privacykit.domain.detection import structure

    rnd = random.Random(3)
    pieces = [*_KEY_PIECES, "value=", "</td><td>", "x" * 50]
    for _ in range(800):  # the memo stays warm across texts and positions, as in a scan
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 60)))
        for pos in range(len(text)):
            assert structure.field_key(text, pos) == _reference_field_key(text, pos), (text, pos)


def _reference_parent_key(text: str, pos: int, reach: int = 1500) -> str | None:
    from privacykit.domain.detection import structure as st

    depth = 0
    floor = max(0, pos - reach)
    last = {c: text.rfind(c, floor, pos) for c in "{}[]"}
    for _ in range(200):
        c, i = max(last.items(), key=lambda item: item[1])
        if i < 0:
            break
        last[c] = text.rfind(c, floor, i)
        if c in "}]":
            depth += 1
        elif c in "{[":
            if depth:
                depth -= 1
                continue
            before = text[max(0, i - 48) : i]
            m = st._OBJECT_KEY.search(before) if before.rstrip(" \t")[-1:] in (":", "=") else None
            if m:
                return m.group("key")
            if c == "[" or text[max(0, i - 1) : i] in ("[", ","):
                continue
            return None
    else:
        return None
    return st.enclosing_key(text, pos) if "{" not in text[floor:pos] else None


def test_parent_key_without_brackets_in_reach_answers_as_the_walk() -> None:
    from privacykit.domain.detection import structure

    rnd = random.Random(4)
    pieces = [*_KEY_PIECES, "\n  ", "- ", "x:", "product", "x" * 700]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        for pos in range(0, len(text), 3):
            assert structure.parent_key(text, pos) == _reference_parent_key(text, pos), (text, pos)


def _reference_length_possible(text: str, region: str) -> bool:
    digits = v._NON_DIGIT.sub("", text)
    lengths = v._possible_lengths()
    if text.startswith("+"):
        return any(len(digits) - n in lengths.get(f"+{digits[:n]}", ()) for n in (1, 2, 3))
    allowed = lengths.get(region, frozenset())
    return len(digits) in allowed or len(digits.lstrip("0")) in allowed


def test_phone_lengths_past_the_parse_budget_answer_as_the_generator() -> None:
    rnd = random.Random(6)
    for _ in range(5000):
        number = "+" + "".join(rnd.choice("0123456789 -") for _ in range(rnd.randint(0, 16)))
        assert v._length_possible(number, "US") == _reference_length_possible(number, "US"), number


def test_labelled_phones_skip_the_date_search_only_without_separators() -> None:
    rnd = random.Random(7)
    for _ in range(5000):
        value = "".join(rnd.choice("0123456789+ ()-./:") for _ in range(rnd.randint(7, 20)))
        digits = sum(map(str.isdigit, value))
        if 7 <= digits <= 15 and v._DATE_OR_TIME.search(value):
            assert not v.labelled_phone_ok(value), value


def test_medical_windows_skip_only_what_cannot_match() -> None:
    rnd = random.Random(8)
    words = ["patient", "gastritis", "chronic", "disease", "arthritis", "5", "mg", "po", "aspirin", " ", "\n", "x"]
    for _ in range(3000):
        low = "".join(rnd.choice(words) + rnd.choice(" \n") for _ in range(rnd.randint(1, 20)))
        morph = any(low.find(end) != -1 for end in medical._DX_ENDS)
        assert morph or medical._DX_MORPH.search(low) is None, low
        assert medical._A_DIGIT.search(low) or medical._DOSED.search(low) is None, low


def _literal_words(*patterns: re.Pattern[str]) -> list[str]:
    """The runs of letters (with inner spaces) written in the patterns' sources: words their alternatives hold."""
    return sorted({w.strip() for p in patterns for w in re.findall(r"[a-z][a-z '’/-]*[a-z]", p.pattern)} - {""})


@pytest.mark.parametrize("seed", range(3))
def test_a_window_is_searched_for_medicine_and_condition_labels_only_where_a_stem_of_theirs_occurs(seed: int) -> None:
    # _labelled_items skips a label pattern in a window holding none of its stems: every label it can match,
    # in every language and layout it reads, must hold one.
    rnd = random.Random(seed)
    words = [
        "meds", "medications", "medicine", "drugs", "rx", "allergies", "malaria prophylaxis", "medikation",
        "medikamente", "médicaments", "traitement", "médication", "medicación", "medicamentos", "medicação",
        "tratamiento", "tratamento", "terapia", "farmaci", "medicatie", "medicijnen", "leki", "drug_name",
        "med_name", "rx_name", "diagnoses", "diagnosis", "dx", "problem list", "pmh", "relevant history",
        "past medical history", "medical history", "condition per referral", "conditions", "health issues",
        "problems", "diagnóstico", "diagnosi", "diagnostic", "diagnose", "diagnoza", "rozpoznanie",
        "éléments d'ordre médical", "elements d’ordre medical", "past history includes", "h/o", "hx of",
        "background", "signed off sick with", "off sick with", "fit note:", "sick note:", "condition", "problem",
        "current", "home", "primary", "bei", "der", "patient", "ab", "cd", "- ", "1.", ":", "=", '"', "'", "|",
        ">", ". ", "; ", " ", "\t", "\n", "\n",
    ]  # fmt: skip
    words += _literal_words(medical._MED_LABEL, medical._DX_LABEL)  # an alternative added later is tried too
    for _ in range(4000):
        low = "".join(rnd.choice(words) + rnd.choice(["", " ", "\n", ": "]) for _ in range(rnd.randint(1, 12)))
        for pattern, stems in (
            (medical._MED_LABEL, medical._MED_LABEL_STEMS),
            (medical._DX_LABEL, medical._DX_LABEL_STEMS),
        ):
            m = pattern.search(low)
            assert m is None or any(stem in m.group() for stem in stems), (low, m.group())


@pytest.mark.parametrize("seed", range(3))
def test_a_text_is_searched_for_record_and_care_cues_only_where_a_stem_of_theirs_occurs(seed: int) -> None:
    # admit_medical's is_record searches an ASCII text for _RECORD_CUES / _CARE_CUES only when one of their
    # stems occurs in it: every match, of every alternative, must hold one.
    rnd = random.Random(seed)
    words = [
        "patient", "paciente", "paziente", "patientin", "doente", "utente", "name", "pt", "pt.", "chief complaint",
        "history of present illness", "hpi", "assessment and plan", "a/p", "rx", "sig", "dx", "my", "son", "mom",
        "i", "was", "have been", "'ve been", "am", "got", "diagnosed", "i'm", "on", "taking", "doctor", "meds",
        "we", "were", "42", "7", "y/o", "yo", "year-old", "year old", "the", "this", "is", "has", "presents",
        "denies", "returned", "mrn", "date of birth", "dob", "discharge", "admitted", "admission", "dispensed",
        "dispensing", "he", "she", "has been", "started", "prescribed", "placed", "her", "him", "them", "his",
        "a1c", "bp", "labs", "pain", "condition", "reports", "complains", "dr.", "ab", ":", "=", "#", ".", ";",
        "\n", "-",
    ]  # fmt: skip
    words += _literal_words(medical._RECORD_CUES, medical._CARE_CUES)
    for _ in range(6000):
        low = "".join(rnd.choice(words) + rnd.choice([" ", " ", "", "\n", "-"]) for _ in range(rnd.randint(1, 10)))
        for pattern, stems in (
            (medical._RECORD_CUES, medical._RECORD_CUE_STEMS),
            (medical._CARE_CUES, medical._CARE_CUE_STEMS),
        ):
            m = pattern.search(low)
            assert m is None or any(stem in m.group() for stem in stems), (low, m.group())
    assert medical._may_match("dr. ab ı", ("sig",))  # a text that is not ASCII is always searched


def test_every_ending_of_a_word_formed_condition_is_gated() -> None:
    # admit_medical searches a window for _DX_MORPH only when one of _DX_ENDS occurs in it: each alternative
    # a match can end with must end in one of them.
    import re

    endings = re.findall(r"\(\?:([a-z|]+)\)\\b", medical._DX_MORPH.pattern)
    assert endings
    for group in endings:
        for ending in group.split("|"):
            assert ending.endswith(medical._DX_ENDS), ending
    assert r"\d" in medical._DOSED.pattern


def test_a_chat_label_at_its_line_start_needs_no_prefix_match() -> None:
    from privacykit.domain.detection.scanners import chat

    rnd = random.Random(9)
    for _ in range(2000):
        text = "".join(rnd.choice(["Ann: ", "\n", "[10:02] ", " ", "<", "x"]) for _ in range(rnd.randint(0, 20)))
        for i in range(len(text) + 1):
            assert chat._CHAT_PREFIX.match(text, i, i), (text, i)


def _reference_strings() -> dict[str, tuple[tuple[int, str, str], ...]]:
    """The automaton's strings as they were built: each short word once per boundary before and after it."""
    from privacykit.domain.detection.scanners.medical import DIAGNOSES, MEDICATIONS
    from privacykit.domain.detection.wordlists import load_pairs

    keywords = sorted(
        {(w, k) for k, w in load_pairs("keywords.tsv")}
        | {(w, "diag") for w in DIAGNOSES}
        | {(w, "med") for w in MEDICATIONS - DIAGNOSES}
    )
    entries: dict[str, list[tuple[int, str, str]]] = {}
    for k, kind in keywords:
        if len(k) <= 3 and k.isalpha() and k[0] < keywords_module._CJK:  # (kana and kanji: whole, accuracy23)
            for p in keywords_module._LEFT:
                for q in keywords_module._RIGHT:
                    entries.setdefault(p + k + q, []).append((1, kind, k))
            if kind in keywords_module._VALUE_KINDS or kind.startswith("id:"):
                for q in keywords_module._KEY_END:
                    entries.setdefault("_" + k + q, []).append((1, kind, k))
                for p in keywords_module._QUERY_START:
                    entries.setdefault(p + k + "=", []).append((1, kind, k))
        elif len(k) <= 3 and k[0].isalnum() and k[0] < keywords_module._CJK:
            for p in keywords_module._LEFT:
                entries.setdefault(p + k, []).append((0, kind, k))
        else:
            entries.setdefault(k, []).append((0, kind, k))
            if (
                " " in k
                and (kind in keywords_module._VALUE_KINDS or kind.startswith("id:"))
                and k.replace(" ", "").isalpha()
            ):
                entries.setdefault(k.replace(" ", "_"), []).append((0, kind, k))
                if len(k) >= 10:
                    entries.setdefault(k.replace(" ", ""), []).append((0, kind, k))
    return {k: tuple(found) for k, found in entries.items()}


class _ReferenceAutomata:
    """The automata as they were: every string whole, the ASCII ones in the bytes, the others around NULs."""

    def __init__(self) -> None:
        import ahocorasick_rs

        self.strings = _reference_strings()
        ascii_strings = [k for k in self.strings if k.isascii()]
        other = [k for k in self.strings if not k.isascii()]
        self.ascii_entries = [self.strings[k] for k in ascii_strings]
        self.ascii = ahocorasick_rs.BytesAhoCorasick([k.encode("ascii") for k in ascii_strings])
        self.other_entries = [self.strings[k] for k in other]
        self.other = ahocorasick_rs.AhoCorasick(other)
        self.reach = max(map(len, other), default=0)
        keys = list(self.strings)
        self.whole = ahocorasick_rs.AhoCorasick(keys), [self.strings[k] for k in keys]

    def hits_after_newline(self, low: str, raw: bytes, first: str = "\n") -> list[tuple[int, object]]:
        marks = raw.count(0)
        if not marks:
            return [(e, self.ascii_entries[i]) for i, _, e in self.ascii.find_matches_as_indexes(raw, overlapping=True)]
        if marks > len(raw) // 64 + 64:
            automaton, entries = self.whole
            found = automaton.find_matches_as_indexes(first + low, overlapping=True)
            return [(e, entries[i]) for i, _, e in found]
        out = [(e, self.ascii_entries[i]) for i, _, e in self.ascii.find_matches_as_indexes(raw, overlapping=True)]
        for lo, hi in keywords_module._around(raw, self.reach):
            piece = first + low[: hi - 1] if lo == 0 else low[lo - 1 : hi - 1]
            for i, _, e in self.other.find_matches_as_indexes(piece, overlapping=True):
                out.append((lo + e, self.other_entries[i]))
        return out


@pytest.mark.parametrize("seed", range(4))
def test_keyword_hits_are_those_of_every_string_with_its_boundaries(seed: int) -> None:
    # Short words are registered with the boundary before them and the one after is read where they are found:
    # the hits, their entries and their order are those of the automata of every (before, word, after) string.
    reference = _ReferenceAutomata()
    automata = keywords_module._automata()
    words = sorted({k for _, _, k in (e for found in reference.strings.values() for e in found)})
    rnd = random.Random(seed)
    glue = [" ", "\n", "_", ":", "#", ".", ",", "=", '"', "(", "-", "x", "ab", "1", "é", "ñ", "’", "\t", "/", "?"]
    dense = ["é", "ñ", "ü", "ø", "ç"]
    for round_ in range(300):
        parts = [rnd.choice(words) if rnd.random() < 0.5 else rnd.choice(glue) for _ in range(rnd.randint(1, 60))]
        if round_ % 3 == 0:  # non-ASCII everywhere: the whole-string automaton
            parts += [rnd.choice(dense) for _ in range(100)]
            rnd.shuffle(parts)
        low = "".join(parts).lower()
        raw = ("\n" + low).encode("ascii", keywords_module.NUL_ERRORS)
        expected = sorted(reference.hits_after_newline(low, raw), key=lambda hit: hit[0])
        found = sorted(automata.hits_after_newline(low, raw), key=lambda hit: hit[0])
        assert [(order >> keywords_module._END_SHIFT, entries) for order, entries in found] == expected, low


def test_the_time_column_shape_is_found_where_the_letter_first_pattern_finds_it() -> None:
    # The search starts at the two spaces and checks the letter before them: the same texts hold a match.
    import re

    from privacykit.domain.detection.scanners import chat

    letter_first = re.compile(rb"a  +\[?0?0:00")
    rnd = random.Random(3)
    pieces = [b"a", b"A", b"0", b" ", b"  ", b"[", b":", b"\n", b"00:00", b"a  "]
    for _ in range(50000):
        shape = b"".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert (chat._S_TIME_COLUMN.search(shape) is None) == (letter_first.search(shape) is None), shape


@pytest.mark.parametrize("seed", range(3))
def test_address_shapes_start_where_the_single_pattern_finds_them(seed: int) -> None:
    # Two patterns, the second searched from its capital: the starts of finditer of "0A? <tail>".
    import re

    from privacykit.domain.detection.scanners import addresses

    single = re.compile(rb"0A?" + addresses._S_ADDR_TAIL)
    rnd = random.Random(seed)
    pieces = [b"0", b"00", b"A", b"a", b" ", b"0 ", b"0A ", b"Aaa ", b"A. ", b"AA ", b"00aa ", b", ", b"-", b"Aa"]
    pieces += [b"00 Aaa Aa", b"0A Aaaa Aaa", b"0 A. Aaa Aa", b"00A AA 0aa Aa"]
    for _ in range(20000):
        shape = b"".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        assert list(addresses._address_shapes(shape)) == [m.start() for m in single.finditer(shape)], shape


@pytest.mark.parametrize("seed", range(3))
def test_one_dash_group_search_gives_the_matches_of_the_ssn_phone_card_and_bracketed_phone_shapes(
    seed: int,
) -> None:
    from privacykit.domain.detection.scanners import numbers

    rnd = random.Random(seed)
    pieces = [b"0", b"00", b"000", b"0000", b"-", b"-0000", b"000-00-0000", b"000-000-0000", b"0000-0000-0000-0000"]
    pieces += [b"0000-000000-00000", b"a", b"A", b"(", b")", b"00-", b"-00", b"(000)-000-0000", b"(000)000-0000"]
    for _ in range(20000):
        flat = b"".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        ssn_phones, cards, bracketed = numbers._dash_groups(flat)
        assert ssn_phones == [m.span() for m in numbers._S_SSN_PHONE.finditer(flat)], flat
        assert cards == [m.start() for m in numbers._S_CARDS_GROUPED.finditer(flat)], flat
        assert bracketed == [m.span() for m in numbers._S_PHONE_PAREN.finditer(flat)], flat


def test_brazilian_postcode_shapes_are_the_literal_s_non_overlapping_hits() -> None:
    from privacykit.domain.detection.scanners import addresses

    def literal_hits(shape: bytes) -> list[int]:
        hits, at = [], shape.find(b"00000-000")
        while at != -1:
            hits.append(at)
            at = shape.find(b"00000-000", at + 9)
        return hits

    def searched(shape: bytes) -> list[int]:
        hits, hit = [], addresses._S_BR_POSTCODE.search(shape)
        while hit is not None:
            hits.append(hit.start() - 5)
            hit = addresses._S_BR_POSTCODE.search(shape, hit.end() + 5)
        return hits

    rnd = random.Random(9)
    pieces = [b"0", b"00000", b"-", b"-000", b"00000-000", b"00000-00000-000", b"a", b" ", b"0000-"]
    for _ in range(30000):
        shape = b"".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        assert searched(shape) == literal_hits(shape), shape


def test_the_time_column_is_searched_only_where_its_literal_occurs() -> None:
    """``scan_chat`` searches the time-column shape only in a shape holding "0:00": every match holds one."""
    from privacykit.domain.detection.scanners import chat

    rnd = random.Random(23)
    pieces = [b"a", b"A", b"0", b" ", b"  ", b"   ", b":", b"[", b"\n", b"0:", b"00", b"a  "]
    for _ in range(20000):
        shape = b"".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        if chat._S_TIME_COLUMN.search(shape):
            assert shape.find(b"0:00") != -1, shape


def test_the_test_card_cue_is_tried_only_where_one_of_its_endings_occurs() -> None:
    """A lower-cased slice the test-card cue matches holds one of the words the cue ends in (``_CUE_ENDS``)."""
    from privacykit.domain.detection.scanners import numbers

    rnd = random.Random(29)
    pieces = ["test", "sandbox", "demo", "example", "credit", "card", "pan", "cc", "number", "mode", "s", " ", "_"]
    pieces += ["-", "\t", "x", "@example.com", "ca", "rd", "nu", "mber", "k", "\u212a", "\u017f", "İ"]
    for _ in range(30000):
        near = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))).lower()
        if numbers._TEST_CARD_CUE.search(near):
            assert any(w in near for w in numbers._CUE_ENDS), near


def test_names_above_addresses_skips_only_a_table_s_blanked_cells() -> None:
    """The engine hands ``names_above_addresses`` the count of a table's cell findings, whose cells are blanked:
    what it finds is what it finds when it reads them too."""
    from privacykit.domain.common.entity_types import EntityType as T
    from privacykit.domain.detection.findings import Findings
    from privacykit.domain.detection.scanners import names_above_addresses

    block = "Maria Garcia\n12 Main Street, Springfield, IL 62704\n"
    text = " " * 40 + "\n" + block
    for skip in (0, 1, 3):
        found = []
        for use_skip in (False, True):
            out = Findings()
            for k in range(3):  # the blanked cells: an address finding at each run of spaces
                out.add(T.ADDRESS, k * 12, k * 12 + 10, 0.8)
            out.add(T.ADDRESS, 41 + 13, 41 + len(block) - 1, 0.85)
            names_above_addresses(text, out, skip if use_skip else 0)
            found.append(sorted(out.items))
        assert found[0] == found[1]
        assert any(f[2] is T.PERSON for f in found[0])


def test_an_address_outside_a_table_s_e_mail_column_is_still_found() -> None:
    """The e-mail scan is skipped only when the e-mail column's cells hold every "@" of the text."""
    from privacykit.domain.detection import detect

    rows = [f"C{k},user{k}@example.com,active" for k in range(40)]
    table = "customer_id,email,status\n" + "\n".join(rows) + "\n"
    found = [(e.type.value, e.start, e.end) for e in detect(table)]
    assert sum(t == "EMAIL" for t, _, _ in found) == 40
    extra = table + "C99,,wrote to ops.lead@example.org on Friday\n"
    at = extra.index("ops.lead@")
    found = [(e.type.value, e.start, e.end) for e in detect(extra)]
    assert ("EMAIL", at, at + len("ops.lead@example.org")) in found
    assert sum(t == "EMAIL" for t, _, _ in found) == 41


_KEY_PIECES = [
    "name=", " name=", "\tname=", "Name=", "last_name=", "first_name=", "customer_name=", "patient=", "name: ",
    "From: ", "a.name=", "x-name=", '"name": "', "Ab", "Cd", "Maria", "Garcia", "ACME", "Ltd", " ", "  ", "\n", ",",
    "email", "dob", "passenger", "PNR", "<code ", "MD", "1", "'", '"',
]  # fmt: skip


def test_a_value_read_once_after_keys_ending_together_gives_the_findings_of_each_key_reading_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "name=" and " name=", "last_name=" and "_name=": the keyword loop skips a key whose reading would repeat the
    # last one's (names.reads_again); every key reading its value again must give the same entities.
    from privacykit.domain.detection import detect

    rnd = random.Random(8)
    texts = ["".join(rnd.choice(_KEY_PIECES) for _ in range(rnd.randint(5, 60))) for _ in range(1500)]
    skipped = [detect(t) for t in texts]
    monkeypatch.setattr(keywords_module, "reads_again", lambda *_: False)
    assert [detect(t) for t in texts] == skipped


_TITLE_PIECES = [
    "Dr", "Dr.", "DR", "Mr", "Mr.", "Mrs.", "Prof.", "Labor", "CHIEF", "Ab", "Cd", "Maria", "Garcia", "ACME", " ",
    "  ", "   ", "\t", ".", "\n", ",", "&", "Ltd", "St.", "Ann", "Parkinson", "disease",
]  # fmt: skip


def test_a_title_found_twice_reads_its_name_once_and_gives_the_findings_of_two_readings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Dr." is found as "dr" and "dr.": the keyword loop skips the second when it would read the same name by the
    # same facts (names.reads_again with a title's reading); reading it twice must give the same entities.
    from privacykit.domain.detection import detect

    rnd = random.Random(10)
    texts = ["".join(rnd.choice(_TITLE_PIECES) for _ in range(rnd.randint(5, 60))) for _ in range(1500)]
    skipped = [detect(t) for t in texts]
    monkeypatch.setattr(keywords_module, "reads_again", lambda *_: False)
    assert [detect(t) for t in texts] == skipped


def test_a_name_joined_by_an_ampersand_is_asked_of_the_patterns_only_where_they_can_match() -> None:
    from privacykit.domain.detection.scanners import names

    pieces = ["&", " ", "\t", "\n", "A", "b", "Ab", "  ", "&\n", "x"]
    rnd = random.Random(12)
    for _ in range(20000):
        before = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))
        after = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        text = before + "Name" + after
        s, e = len(before), len(before) + 4
        expected = bool(names._AMPERSAND_AFTER.match(text, e) or names._AMPERSAND_BEFORE.search(text, max(0, s - 3), s))
        assert names._firm(text, s, e) == expected, text


def test_a_title_s_gap_is_read_as_the_blanks_walked_one_by_one() -> None:
    from privacykit.domain.detection.scanners import names

    pieces = ["Dr", "Dr.", "DR", "dr", " ", "\t", ".", "Ab", "\n", "   "]
    rnd = random.Random(13)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        for key in ("dr", "dr."):
            start = text.find(key.capitalize())
            if start == -1 or not text.startswith(key.capitalize(), start):
                continue
            end = start + len(key)
            got = names._title_read(text, start, end, key)
            # the walk it replaced
            if not text[start].isupper() or (key[-1] != "." and text[end : end + 1] not in (" ", "\t", ".")):
                assert got is None
                continue
            pos = end + (1 if text[end : end + 1] == "." else 0)
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            if pos - end > 2 or "\t" in text[end:pos]:
                assert got is None, text
            else:
                assert got is not None and got[2] == pos, text


_GAP_PIECES = [
    " ", "\t", ":", "=", "[", "\n", '"', "'", "value=", 'value="', "<b>", "</b>", "<dd>", "<span x>", "</dt>", "<",
    "Ab", "Cd", "van der", "O'", "St.", ",", ", ", "x" * 30, "A" * 45, "é", "1", "-", ";",
]  # fmt: skip


def test_the_gap_after_a_label_ends_where_its_pattern_ends() -> None:
    from privacykit.domain.detection.scanners import names

    rnd = random.Random(14)
    for _ in range(30000):
        text = "name" + "".join(rnd.choice(_GAP_PIECES) for _ in range(rnd.randint(0, 10)))
        g = names._CUE_GAP.match(text, 4)
        assert names.cue_gap_end(text, 4) == (g.end() if g else 4), text


def test_a_last_first_name_is_asked_of_its_pattern_whenever_it_could_match() -> None:
    from privacykit.domain.detection.scanners import names

    rnd = random.Random(15)
    for _ in range(30000):
        text = "".join(rnd.choice(_GAP_PIECES) for _ in range(rnd.randint(0, 10)))
        for pos in range(len(text)):
            if names._LASTFIRST.match(text, pos):
                assert names._comma_may_follow(text, pos), (text, pos)


def test_a_licence_window_s_answer_kept_per_window_is_the_answer_searched_there() -> None:
    from privacykit.domain.detection.scanners import numbers

    pieces = ["dl#", "DL ", "Il ", "NY ", "ny ", "Texas ", "(CA) ", "state: OH ", "12345678", "A1234567", " ", "\n"]
    pieces += ["B123 4567 8901", "Ab ", "dob ", "GB ", "x-", "issued by: NJ", "licence ", "88123", "NC ", "27601"]
    pieces += [" " * 30, "\t", "Oak ", "20190317", "WDLAB12CD34E"]
    rnd = random.Random(16)
    for n in range(1000):
        # Half the texts have no line break: their windows end at the reach limit, mid-value.
        choices = pieces if n % 2 else [p for p in pieces if p != "\n"]
        text = "".join(rnd.choice(choices) for _ in range(rnd.randint(1, 60)))
        if n % 3 == 0:  # a unit over and over, then something else: windows alike until the last ones
            text = text[: rnd.randint(3, 30)] * rnd.randint(5, 40) + text
        for end in range(0, len(text), 3):
            kept = numbers._licence_in_window(text, end)  # often another text's window, kept
            hi = numbers._next_line_end(text, end, 160)
            assert numbers._licence_scan(text, end, max(0, end - 40), hi) == kept, (text, end)


def test_words_after_a_cue_that_name_no_one_are_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # _CUE_NAME_PLANS keeps the answer "no one" too: a megabyte of "Name: Ab" lines judged "Ab" once a line.
    from privacykit.domain.detection import detect
    from privacykit.domain.detection.scanners import names

    judged: list[tuple[str, bool]] = []
    judge = names._cue_name_plan

    def counting(words_read: str, strong: bool) -> tuple[int, int, bool] | None:
        judged.append((words_read, strong))
        return judge(words_read, strong)

    monkeypatch.setattr(names, "_cue_name_plan", counting)
    names._CUE_NAME_PLANS.clear()
    assert detect("Name: Zq\n" * 300) == []
    assert judged == [("Zq", False)]
