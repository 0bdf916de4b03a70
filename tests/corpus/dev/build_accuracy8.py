#!/usr/bin/env python3
# ruff: noqa: E501  (documents are long literal lines of text; wrapping them would change them)
"""Builder of ``accuracy8.jsonl``: a development set for identifiers, clinical text and contact values.

Written by hand for issue 13 (helper "accuracy8"), each document before the rule it exercises was written; the
names, numbers, payers and conditions are made up here, none is taken from a tune document. Markup as
``build_accuracy2.py`` (whose ``render`` this reuses); decisions in README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_accuracy2 import _NAMES, render  # noqa: E402

# The level of each type under the default policy (RESTRICTED 3, CONFIDENTIAL 2, INTERNAL 1).
_CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}

DOCS: list[tuple[str, str, str]] = []  # (id, format, marked text)


def doc(ident: str, fmt: str, marked: str) -> None:
    DOCS.append((ident, fmt, marked))


def level(kind: str) -> int:
    return 1 if kind == "PERSON" else 2 if kind in _CONFIDENTIAL else 3


# ------------------------------------------------------------------ PHONE: labels of more languages and systems
doc(
    "a8_phone_labels_languages",
    "form",
    """\
Ficha de cliente
Nome ............. [[PERSON|Rui Valadares]]
Telemóvel ........ [[PHONE|21 384 5521]]
Teléfono de contacto: [[PHONE|644 12 87 30]]
Telefon: [[PHONE|089/4417236]]
HP: [[PHONE|8123 4470]]
""",
)
doc(
    "a8_phone_msisdn_log",
    "log",
    """\
2025-06-02T08:14:55Z sim op=ACTIVATE msisdn=[[PHONE|+44 7700 900417]] iccid=8944110000000000123 result=ok
2025-06-02T08:15:03Z cdr {"a_msisdn": "[[PHONE|0612 448 930]]", "b_msisdn": "[[PHONE|030 5528 1190]]", "secs": 61}
""",
)
doc(
    "a8_phone_after_preposition",
    "free_text",
    """\
Nota: el cliente prefiere que le llamen al [[PHONE|93 412 77 05]] por la tarde.
Note: asked for a call-back on [[PHONE|0161 496 0734]] after lunch.
""",
)
doc(
    "a8_phone_label_no_phone",
    "free_text",
    """\
Phone sales rose 4% this quarter; the phone model 2019 ships in May.
Call at 10:30 on 2025-05-01 for the review. HP LaserJet 4250 on floor 2.
""",
)


def main() -> None:
    lines = []
    for ident, fmt, marked in DOCS:
        text, ents = render(marked)
        for e in ents:
            v = text[e["start"] : e["end"]]  # type: ignore[misc]
            assert v and v == v.strip(), (ident, v)
        lvl = max((level(str(e["type"])) for e in ents), default=1)
        lines.append(
            json.dumps(
                {"id": ident, "text": text, "entities": ents, "classification": _NAMES[lvl], "format": fmt},
                ensure_ascii=False,
            )
        )
    (HERE / "accuracy8.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} documents written to accuracy8.jsonl")


if __name__ == "__main__":
    main()
