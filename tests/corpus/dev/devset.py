"""What every development-set builder here shares: inline markup, levels, and the jsonl it writes.

A document is written with inline markup, ``[[TYPE|value]]``; :func:`render` strips the markup and records each
value's span as it appends it, so spans are computed, never typed. Standard library only, deterministic.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[([A-Z_0-9]+)\|(.*?)\]\]", re.S)  # [[TYPE|value]]
_CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
_NAMES = {1: "INTERNAL", 2: "CONFIDENTIAL", 3: "RESTRICTED"}


def render(marked: str) -> tuple[str, list[dict[str, object]]]:
    """The text without markup and the entity spans of its marked values."""
    out: list[str] = []
    ents: list[dict[str, object]] = []
    pos = 0
    at = 0
    for m in _MARK.finditer(marked):
        out.append(marked[at : m.start()])
        pos += m.start() - at
        value = m.group(2)
        ents.append({"type": m.group(1), "start": pos, "end": pos + len(value)})
        out.append(value)
        pos += len(value)
        at = m.end()
    out.append(marked[at:])
    return "".join(out), ents


def level(kind: str) -> int:
    """The level a labelled type raises a document to (tests/corpus/README.md): PERSON 1, contact 2, else 3."""
    return 1 if kind == "PERSON" else 2 if kind in _CONFIDENTIAL else 3


class DevSet:
    """The documents of one development set, in the order they were written, and the jsonl file they make."""

    def __init__(self, name: str, id_prefix: str = "") -> None:
        self.name = name
        self.id_prefix = id_prefix
        self.docs: list[tuple[str, str, str]] = []  # (id, format, marked text)

    def doc(self, ident: str, fmt: str, marked: str) -> None:
        """Add a document written with inline markup."""
        self.docs.append((ident, fmt, marked))

    def write(self) -> None:
        """Render every document, check its spans hold trimmed values, and write ``<name>`` beside this file."""
        lines = []
        for ident, fmt, marked in self.docs:
            text, ents = render(marked)
            for e in ents:
                value = text[e["start"] : e["end"]]  # type: ignore[misc]
                assert value and value == value.strip(), (ident, value)
            top = max((level(str(e["type"])) for e in ents), default=1)
            document = {
                "id": self.id_prefix + ident,
                "text": text,
                "entities": ents,
                "classification": _NAMES[top],
                "format": fmt,
            }
            lines.append(json.dumps(document, ensure_ascii=False))
        (HERE / self.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} documents written to {self.name}")
