"""Large inputs: chunked and streamed detection give the same findings as one pass, each once."""

from __future__ import annotations

from privacykit.domain.detection import detect, detect_large, detect_stream


def _doc() -> str:
    lines = []
    for i in range(400):
        if i % 37 == 0:
            lines.append(f"{i} INFO user jane{i}@example.com from 203.0.113.{i % 250 + 1} card 4111 1111 1111 1111")
        elif i % 53 == 0:
            lines.append(f"{i} WARN Patient: Maria Gonzalez DOB: 03/14/1985 MRN: {100000 + i}")
        else:
            lines.append(f"{i} DEBUG cache miss for key sku-{i * 7919} took {i % 90}ms")
    return "\n".join(lines) + "\n"


def _key(ents: list) -> list[tuple[str, int, int]]:  # type: ignore[type-arg]
    return [(e.type.value, e.start, e.end) for e in ents]


def test_detect_large_matches_single_pass_for_many_chunk_sizes() -> None:
    text = _doc()
    whole = _key(detect(text))
    assert whole
    for size in (500, 997, 1500, 4096):
        assert _key(detect_large(text, chunk_size=size, overlap=256)) == whole


def test_entity_across_a_chunk_boundary_is_found_once() -> None:
    text = "x" * 990 + " contact jane.doe@example.com now " + "y" * 990
    cut = text.index("jane") + 4  # the boundary falls inside the e-mail address
    ents = detect_large(text, chunk_size=cut, overlap=64)
    assert _key(ents) == [("EMAIL", text.index("jane"), text.index("jane") + len("jane.doe@example.com"))]


def test_stream_matches_single_pass() -> None:
    text = _doc()
    pieces = [text[i : i + 333] for i in range(0, len(text), 333)]
    streamed = list(detect_stream(pieces, overlap=256, window=2000))
    assert _key(streamed) == _key(detect(text))


def test_csv_header_applies_to_later_chunks() -> None:
    rows = "".join(f"{i},Thandeka Nkosi,1990-07-{i % 28 + 1:02d}\n" for i in range(200))
    text = "id,full_name,dob\n" + rows
    ents = detect_large(text, chunk_size=1000, overlap=100)
    assert sum(1 for e in ents if e.type.value == "DATE_OF_BIRTH") == 200
    assert sum(1 for e in ents if e.type.value == "PERSON") == 200
