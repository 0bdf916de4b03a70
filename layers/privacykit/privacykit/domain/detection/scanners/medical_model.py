"""A statistical judge of condition and medicine mentions: a logistic model over the context of each term.

``medical.admit_medical`` decides by rule which of the medical terms the keyword pass met are someone's health
data (not negated, not a figure of speech, in a text about someone). Those rules read the phrasings of the
corpora they were written from; a new author's policy, research summary, service name or catalogue names
conditions the rules admit, and states a patient's condition in ways they do not expect. This model reads each
term as a candidate (the terms the rules admitted, and the dictionary terms they left) with the rule's verdict,
and what surrounds it rather than which terms it has seen:

* the term's type, how it was found (its score), its length, the verdict of the rules;
* the two words either side of it and the words of its clause, lower-cased; the classes of cue words near it
  (negation, hedging, a patient or person, first or second person, research, policy and guidance, a price
  list or catalogue, a service);
* its line: a label before it (and the label's last word), a bullet, a heading, a list, a table or JSON;
* the document: whether the rules call it a record, whether a person, an identifier of a record or a contact
  was found in it, how many medical terms it holds.

``admit_medical`` calls :func:`judge` last, with its verdicts: a term the rules admitted that the model scores
under ``drop_below`` is dropped, a dictionary term the rules left that it scores at ``threshold`` or above is
admitted. No search of its own: the candidates are the keyword pass's terms, each read in a few hundred
characters around it, at most a budget of them per window (a mebibyte of terms stays linear). The weights
(``data/medical_model.json``) are trained by ``bench/train_medical_model.py`` on the tune corpora and
development sets and read on first use; ``docs/detection.md`` ("A statistical judge of medical mentions") has
its measurements.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Finding
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.logistic import Logistic, read_json
from privacykit.domain.detection.resolution import overlaps
from privacykit.domain.detection.wordlists import data_file

__all__ = ["MODEL_FILE", "MedicalModel", "candidates", "document_features", "features", "judge", "model"]

MODEL_FILE = data_file("medical_model.json")

# At most this many candidates are scored per window, beyond a share of its length (the rest keep the rules'
# verdict): a mebibyte of "has penicillin allergy" costs a bounded fraction of a second.
_BUDGET_BASE = 200
#: A question the text answers yes on the spot ("diagnosed with asthma? Yes", not a form's "Yes / No" choice):
#: the answer stands. The judge weighs context, and it learnt "? yes" as a template's mark (p 0.008 here).
_ANSWERED_YES = lazy(r"[ \t]*\?[ \t]*(?:yes|y)\b(?![ \t]*[/|,][ \t]*no\b)")
_BUDGET_PER_CHAR = 1 / 5000


class MedicalModel(Logistic):
    """Weights of the judge, its thresholds and version (as ``bench/train_medical_model.py`` wrote them)."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        # A term the rules admitted is dropped when scored under this (0: never).
        self.drop_below: float = data.get("drop_below", 0.0)
        # Whether the rules' verdict is one of the features (else the model reads the context alone).
        self.verdict: bool = data.get("verdict", True)


_LOADED: list[MedicalModel | None] = []


def model() -> MedicalModel | None:
    """The shipped model, read on first use; ``None`` when none is shipped (the rules alone decide)."""
    if not _LOADED:
        _LOADED.append(MedicalModel(read_json(MODEL_FILE)) if os.path.exists(MODEL_FILE) else None)
    return _LOADED[0]


# Cue words by class: what a context says of the term (several languages' commonest forms).
_CUES: dict[str, str] = {}
for _cls, _words in {
    "neg": "no not denies denied deny without negative neg nil none absent never ruled free excluded kein keine "
    "nicht sin pas aucun nessun geen niet",
    "hedge": "may might could possible possibly probable probably suspected suspect query risk risks likely "
    "unlikely consider considered if whether concern concerns rule differential screening screen",
    "pt": "patient patients pt pts he she his her him mr mrs ms miss client resident member presented presents "
    "admitted diagnosed diagnosis dx hx history reports reported complains complaining known started taking "
    "takes prescribed currently continue continues on year old yo male female man woman boy girl son daughter "
    "paciente patientin patiënt",
    "me": "i me my i'm i've myself we our us",
    "you": "you your you're yourself",
    "research": "study studies trial trials participants participant cohort prevalence incidence research "
    "researchers outcomes outcome evidence population rates rate percent analysis data sample findings "
    "published journal meta review systematic associated association significant randomized randomised",
    "policy": "policy policies guidance guideline guidelines procedure procedures protocol staff should must "
    "eligibility eligible criteria programme program support services service training information "
    "leaflet resources resource awareness people individuals those anyone someone clients users "
    "provide provides offer offers including include includes such example conditions",
    "shop": "price prices sku stock pack packs qty quantity order orders catalogue catalog each per total "
    "product products item items sale buy brand retail $ £ €",
    "family": "mother father mom mum dad sister brother aunt uncle grandmother grandfather family relative "
    "relatives parent parents",
}.items():
    for _w in _words.split():
        _CUES[_w] = _cls

_WORD = lazy(r"[a-zß-ÿ][a-zß-ÿ'’-]*|\d+|[$€£%?]")
_REACH_BEFORE = 120
_REACH_AFTER = 80
_CUE_REACH = 300
# What ends a clause before a term: a sentence's end, a semicolon, a table's cell ("not eligible;asthma").
_CLAUSE_ENDS = (". ", ";", "? ", "! ", "|", "\t", '"')
_BULLETS = frozenset("-*•·–—>+#0123456789.)(")


def candidates(
    medical: Sequence[Finding], terms: Sequence[Finding], limit: int | None = None
) -> list[tuple[Finding, bool]]:
    """The terms the rules admitted (``True``) and the dictionary terms none of them overlaps (``False``), the
    first ``limit`` of them."""
    out = [(t, True) for t in terms[:limit]]
    if limit is not None and len(out) >= limit:
        return out
    admitted = sorted((t.start, t.end) for t in terms)
    for m in medical:
        if not overlaps(admitted, m.start, m.end):
            out.append((m, False))
            if limit is not None and len(out) >= limit:
                break
    return out


def document_features(low: str, items: Sequence[Finding], record: bool | None, n: int) -> list[str]:
    """What the document says about whether its terms are someone's: the features every candidate shares."""
    types = {i.type for i in items}
    out = ["rec=" + ("u" if record is None else str(int(record))), "n=" + _bucket(n, (1, 2, 4, 9, 20))]
    if T.PERSON in types:
        out.append("doc:person")
    if types & {T.EMAIL, T.PHONE, T.ADDRESS}:
        out.append("doc:contact")
    if types & {T.MEDICAL_RECORD_NUMBER, T.HEALTH_PLAN_ID, T.DATE_OF_BIRTH, T.US_SSN, T.UK_NHS_NUMBER}:
        out.append("doc:record")
    out.append("len=" + _bucket(len(low), (300, 1000, 3000, 10000)))
    return out


def _bucket(x: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if x <= edge:
            return str(edge)
    return "more"


def features(low: str, f: Finding, verdict: bool | None, doc: list[str]) -> list[str]:
    """The features of the candidate term ``f`` of ``low`` (the window, lower-cased) with the rules' verdict
    (``None``: the model reads the context alone)."""
    s, e = f.start, f.end
    t = "D" if f.type is T.DIAGNOSIS else "M"
    v = t + ("" if verdict is None else "1" if verdict else "0")
    term = low[s:e]
    ls = low.rfind("\n", max(0, s - 300), s) + 1 or max(0, s - 300)
    le = low.find("\n", e, e + 300)
    le = min(len(low), e + 300) if le == -1 else le
    before = _WORD.findall(low, max(ls, s - _REACH_BEFORE), s)
    after = _WORD.findall(low, e, min(le, e + _REACH_AFTER))
    out = [
        *doc,
        "b",
        "v=" + v,  # (the type alone when the verdict is not read)
        "sc=" + t + str(f.score),
        "nw=" + str(min(3, term.count(" ") + 1)),
        "term=" + t + term,
        *("d&" + d + "&" + v for d in doc),
    ]
    if before:
        out += ("L1=" + before[-1], "L1&v=" + before[-1] + v)
        if len(before) > 1:
            out.append("L2=" + before[-2])
    else:
        out.append("L1=<none>")
    if after:
        out += ("R1=" + after[0], "R1&v=" + after[0] + v)
        if len(after) > 1:
            out.append("R2=" + after[1])
    else:
        out.append("R1=<none>")
    # The clause before the term (since the last stop, semicolon or line start) and the words after it.
    clause = low[max(ls, s - _REACH_BEFORE) : s]
    cut = max(clause.rfind(c) for c in _CLAUSE_ENDS)
    clause_words = _WORD.findall(clause[cut + 1 :]) if cut != -1 else before
    out += ["cw=" + w for w in clause_words[-6:]]
    out += ["aw=" + w for w in after[:3]]
    cues: set[str] = set()
    for w in clause_words:
        cls = _CUES.get(w)
        if cls:
            cues.add("c<" + cls)
    for w in after[:6]:
        cls = _CUES.get(w)
        if cls:
            cues.add("c>" + cls)
    for w in _WORD.findall(low, max(0, s - _CUE_REACH), min(len(low), e + _CUE_REACH)):
        cls = _CUES.get(w)
        if cls:
            cues.add("near=" + cls)
    out += sorted(cues)
    out += sorted(c + "&" + v for c in cues if c.startswith("near="))
    # Its line.
    head = low[ls:s]
    stripped = head.strip()
    if not stripped:
        out.append("bol")
    elif stripped[0] in _BULLETS and len(stripped) <= 4:
        out.append("bullet")
    colon = head.rfind(":")
    if colon != -1:
        label = _WORD.findall(head, 0, colon)
        out.append("lab=" + (label[-1] if label else "<none>"))
        if not head[colon + 1 :].strip():
            out.append("right-after-label")
    tail = low[e:le]
    if tail[:1] == ":" or tail[:2] == " :":
        out.append("colon>")
    if not tail.strip(" .:;,)"):
        out.append("eol")
    line = low[ls:le]
    out.append("ll=" + _bucket(len(line), (30, 80, 200)))
    if "." not in line and len(line) < 80:
        out.append("noperiod")
    if line.count(",") >= 3 or line.count(";") >= 3:
        out.append("list")
    if "\t" in line or "|" in line:
        out.append("table")
    if '":' in line:
        out.append("json")
    if any(c.isdigit() for c in tail[:15]):
        out.append("digit>")
    if s and low[s - 1] in "(\"'“‘":
        out.append("open<")
    if "?" in low[e : e + 3]:
        out.append("query>")
    return out


def judge(
    low: str,
    items: Sequence[Finding],
    medical: Sequence[Finding],
    terms: list[Finding],
    record: bool | None,
    judge_model: MedicalModel | None = None,
) -> list[Finding]:
    """``terms`` (the terms the rules admitted) without those the model scores under its ``drop_below`` and
    with the dictionary terms (``medical``) it scores at its threshold or above; ``record``: whether the rules
    found the text a record (``None``: not asked)."""
    m = judge_model or model()
    if m is None or (not terms and m.threshold > 1):  # (nothing to drop, and the model admits nothing)
        return terms
    budget = _BUDGET_BASE + int(len(low) * _BUDGET_PER_CHAR)
    cands = candidates(medical, terms, budget)
    if not cands:
        return terms
    doc = document_features(low, items, record, len(cands))
    kept: list[Finding] = []
    added: list[Finding] = []
    for f, verdict in cands:
        p = m.probability(features(low, f, verdict if m.verdict else None, doc))
        if verdict:
            if p >= m.drop_below or _ANSWERED_YES.match(low, f.end) is not None:
                kept.append(f)
        elif p >= m.threshold:
            added.append(f)
    kept += terms[budget:]  # (beyond the budget the rules decide)
    return kept + added
