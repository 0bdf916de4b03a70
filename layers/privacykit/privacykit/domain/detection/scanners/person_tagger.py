"""A statistical recogniser for people's names: a logistic-regression token tagger over hand-chosen features.

The rules (``names.py`` and the structure scanners) find a name after a cue or in a list. This model looks at
runs of two or more capitalised tokens that no rule claimed (``Łukasz Kowalczyk, Bohdan Savchuk``,
``Pt Tigran``, ``Hoi Kwabena``, ``Bakker, Lieke`` in a bank statement) and tags each token as part of a
person's name or not, from what surrounds it rather than from which names it has seen:

* the token's shape (title case, capitals, hyphen, apostrophe, accents, length), its last letters, and whether
  it is in the word lists the rules use (given names, surnames, common words, organisations, countries, drugs,
  diagnoses); its own identity only when it is one of the common words (``Dear``, ``Hotel``, ``Pt``);
* its place in the run (first, last, run length) and its neighbours in the run, described the same way;
* the words around the run (two each side, lower-cased), the punctuation and spacing before and after it
  (a label's colon, a tab, a quote, a line start), the previous line's last word when the run opens a line,
  and how much of the line is lower-case prose.

The engine calls :func:`add_persons` last, after the rules and resolution, on each window (the table path too):
it adds the spans the model is confident of where no finding lies, and drops a rule's name the model scores
very low. Its candidates cost no search of their own: ``names.scan_name_sequences`` already searches the shape
string for a title-case word before another capital (or after an initial or a surname in capitals: ``J Okafor``,
``KOWALCZYK Irena``) and hands each hit over (``Findings.name_hits``); a run is
read only on the line around a hit. The weights (``data/person_tagger.json``) are trained by
``bench/train_person_model.py`` on the tune corpora and development sets (never a frozen one), on what the rules
hand this function, and read on first use. A window scores at most a budget of tokens, so a mebibyte of
capitalised words stays linear. ``docs/detection.md`` ("A statistical name tagger") has its measurements.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from itertools import islice
from operator import itemgetter
from typing import Any

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Finding
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.logistic import Logistic, read_json
from privacykit.domain.detection.resolution import overlaps
from privacykit.domain.detection.shapes import shape_of
from privacykit.domain.detection.wordlists import data_file, fold

__all__ = ["MODEL_FILE", "PersonModel", "add_persons", "candidate_runs", "fresh_runs", "model", "run_features"]

MODEL_FILE = data_file("person_tagger.json")

# A run of two to six name-shaped tokens (capital first, then letters, hyphens, apostrophes), joined by a space
# or ", " and up to two short lower-case particles ("de la", "van der", "zu"), found on the shape string.
# An initial ("K. Torvet", "Võ, T.", "J Okafor": one capital before a title-case word) counts as a token of the run.
_RUN = lazy(rb"A(?:[Aa'-]*[Aa]|\.|(?=[ ]Aa))(?:(?:[ ]|,[ ])(?:a{1,3}[ ]){0,2}A(?:[Aa'-]*[Aa]|\.)){1,5}")
_TOKEN = lazy(r"[^\W\d_][\w'’-]*")
_WORD = lazy(r"[^\W\d_][\w'’.-]*|\d+")
_LOWER_WORD = lazy(r"(?<![\w])[a-zß-ÿ]{2,}(?![\w])")
# At most this many tokens scored per window, beyond a share of its length: a megabyte of capitalised words
# (a worst case, not a document) costs a bounded fraction of a second.
_BUDGET_BASE = 3000
_BUDGET_PER_CHAR = 1 / 1000
# A token scored at least this, beside a token scored at least the threshold in the same run (across a space),
# is tagged too: the model is sure of one word of a name and less of its neighbour (an unlisted surname after a
# listed given name). Leave-one-corpus-out over holdout29-33: 0.5 +0.0132 mean micro-F1, 0.2 +0.0134, none
# +0.0105 (a tie); 0.5 because 0.2 tags more capitalised pairs of the docs that name no one (docs/detection.md,
# fifteenth pass).
_GROW_FROM = 0.5


class PersonModel(Logistic):
    """Weights of the tagger, its threshold and version (as ``bench/train_person_model.py`` wrote them)."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        # Whether the model was trained with the runs no rule touched marked (``run_features``' marks).
        self.marks: tuple[str, ...] = ("fresh",) if data.get("fresh_mark") else ()
        # A rule's PERSON finding whose every token the model scores under this is dropped (0: never).
        self.drop_below: float = data.get("drop_below", 0.0)
        # Lower-case words of the training texts (prose of several languages): a capitalised token that is
        # one of them is likelier a word than a name. Built by the training script from its corpora only.
        self.lists: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in data.get("lists", {}).items()}
        self._all_lists: dict[str, frozenset[str]] | None = None

    def all_lists(self) -> dict[str, frozenset[str]]:
        """The rules' word lists and the model's own."""
        if self._all_lists is None:
            self._all_lists = {**_lists(), **self.lists}
        return self._all_lists


_LOADED: PersonModel | None = None


def model() -> PersonModel:
    """The shipped model, read on first use."""
    global _LOADED
    if _LOADED is None:
        _LOADED = PersonModel(read_json(MODEL_FILE))
    return _LOADED


_LISTS: dict[str, frozenset[str]] | None = None


def _lists() -> dict[str, frozenset[str]]:
    """The rules' word lists, by the short flag a feature names them with (imported on first use)."""
    global _LISTS
    if _LISTS is None:
        from privacykit.domain.detection.scanners.names import COMMON, EPONYMS, FIRST, ORGS, SURNAMES
        from privacykit.domain.detection.wordlists import load

        _LISTS = {
            "F": FIRST,
            "S": SURNAMES,
            "C": COMMON,
            "O": frozenset(w for o in ORGS for w in o.split()),
            "E": EPONYMS,
            "K": frozenset(w for c in load("countries.txt") for w in c.split()),
            "M": load("medications.txt"),
            "D": frozenset(w for d in load("diagnoses.txt") for w in d.split()),
        }
    return _LISTS


def candidate_runs(text: str, hits: Sequence[int]) -> Iterator[list[tuple[int, int]]]:
    """The token spans of each run of capitalised tokens in ``text`` that holds one of ``hits`` (ascending
    offsets of a title-case word before another capital: ``names.scan_name_sequences``' search), in order.

    Each hit's line is shaped and searched alone, at most ``_LINE`` characters either side of it: the runs
    are those a search of the whole text's shape would find there (a run never crosses a line).
    """
    lo = hi = 0
    runs: list[tuple[int, int]] = []
    at = 0  # the first run of the segment that may still hold a hit (hits ascend)
    done = -1
    for h in hits:
        if h < done:
            continue
        if not (lo <= h and (h + 80 < hi or (h < hi and (hi == len(text) or text[hi] == "\n")))):
            lo, hi = _around(text, h, h)
            shape = shape_of(text[lo:hi])
            runs = []
            at = 0
            for m in _RUN.finditer(shape):
                s, e = m.span()
                if (s and shape[s - 1] in b"0Aa@./#_-'") or (e < len(shape) and shape[e] in b"0@_"):
                    continue
                runs.append((lo + s, lo + e))
        while at < len(runs) and runs[at][1] <= h:
            at += 1
        if at < len(runs) and runs[at][0] <= h:
            s, e = runs[at]
            done = e
            toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, s, e) if text[t.start()].isupper()]
            if sum(b - a > 1 for a, b in toks) and len(toks) > 1:
                yield toks


def _shape_class(tok: str) -> str:
    letters = tok.replace("-", "").replace("'", "").replace("’", "")
    if letters.isupper():
        kind = "U"
    elif letters[1:].islower():
        kind = "T"
    else:
        kind = "M"
    if "-" in tok:
        kind += "h"
    if "'" in tok or "’" in tok:
        kind += "q"
    return kind


def _len_bucket(n: int) -> str:
    return "2" if n <= 2 else "3" if n == 3 else "45" if n <= 5 else "68" if n <= 8 else "9"


def _flags(low: str, lists: dict[str, frozenset[str]]) -> str:
    parts = [k for k, words in lists.items() if low in words]
    if not parts and "-" in low:
        halves = low.split("-")
        parts = [k + "h" for k, words in lists.items() if any(h in words for h in halves)]
    return "".join(parts) or "-"


def _describe(tok: str, lists: dict[str, frozenset[str]]) -> tuple[str, str, str]:
    """A token as the model may see it: its shape, its list flags, and its identity if a common word."""
    low = fold(tok)
    flags = _flags(low, lists)
    ident = low if low in lists["C"] else ""
    return _shape_class(tok), flags, ident


def _around(text: str, s: int, e: int) -> tuple[int, int]:
    """The line around [s, e), at most ``_LINE`` characters either side (a megabyte of one line stays linear)."""
    ls = text.rfind("\n", max(0, s - _LINE), s) + 1 or max(0, s - _LINE)
    le = text.find("\n", e, e + _LINE)
    return ls, min(len(text), e + _LINE) if le == -1 else le


def _punct_before(text: str, ls: int, s: int) -> str:
    i = s - 1
    gap = ""
    while i >= ls and text[i] in " \t\xa0":
        gap = "t" if text[i] == "\t" or gap == "t" else ("2" if gap else "1")
        i -= 1
    if i < ls:
        return "BOL" + ("i" if gap else "")
    c = text[i]
    return ("w" if c.isalnum() else c) + gap


def _punct_after(text: str, e: int, le: int) -> str:
    i = e
    gap = ""
    while i < le and text[i] in " \t\xa0":
        gap = "t" if text[i] == "\t" or gap == "t" else ("2" if gap else "1")
        i += 1
    if i >= le:
        return "EOL"
    c = text[i]
    return gap + ("w" if c.isalnum() else c)


def _context_word(w: str, lists: dict[str, frozenset[str]]) -> str:
    """A word beside a run: lower-cased as written, unless it is capitalised and no common word (then its shape)."""
    if w.isdigit():
        return "#"
    low = fold(w)
    if w[:1].isupper() and low not in lists["C"] and not w.endswith(":"):
        return "^" + _flags(low, lists)
    return low


#: How far a run's line is read either side of it.
_LINE = 300
#: How far around a run its text is read for the same words in lower case.
_NEAR = 1500


def lower_words(text: str, s: int = 0, e: int | None = None) -> frozenset[str]:
    """The lower-case words of ``text`` within ``_NEAR`` characters of [s, e) (all of it by default): a
    capitalised token also written in lower case near it is likely a word, not a name."""
    if e is None:
        return frozenset(_LOWER_WORD.findall(text))
    return frozenset(_LOWER_WORD.findall(text, max(0, s - _NEAR), e + _NEAR))


_LOWER_ONLY = lazy(r"[a-zß-ÿ]{2,}")


def _written_lower(text: str, low: str, s: int, e: int) -> bool:
    """Whether ``low`` stands as a lower-case word (one of :func:`lower_words`) within ``_NEAR`` characters of
    [s, e): found by ``str.find``, not by listing every word around (the tagger's costliest step had been that)."""
    if not _LOWER_ONLY.fullmatch(low):
        return False
    hi = e + _NEAR
    n = len(low)
    i = text.find(low, max(0, s - _NEAR), hi)
    while i != -1:
        j = i + n
        if (i == 0 or not _is_word(text[i - 1])) and (j >= len(text) or not _is_word(text[j])):
            return True
        i = text.find(low, j, hi)
    return False


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def run_features(
    text: str, run: list[tuple[int, int]], lists: dict[str, frozenset[str]], marks: tuple[str, ...] = ()
) -> list[list[str]]:
    """The features of each token of ``run`` (token spans in ``text``), in order; ``marks`` are features of the
    whole run (``fresh``: no rule finding touches it), also joined to each token's shape and lists."""
    s, e = run[0][0], run[-1][1]
    ls, le = _around(text, s, e)
    line = text[ls:le]
    lower_count = sum(1 for _ in islice(_LOWER_WORD.finditer(line), 7))  # (its bucket: 0, 1-2, 3-6, 7 or more)
    pb, pa = _punct_before(text, ls, s), _punct_after(text, e, le)
    before = _WORD.findall(text, max(ls, s - 60), s)[-2:]
    after = _WORD.findall(text, e, min(le, e + 60))[:2]
    common: list[str] = [
        "b",
        "pb=" + pb,
        "pa=" + pa,
        "lw=" + ("0" if lower_count == 0 else "1" if lower_count <= 2 else "3" if lower_count <= 6 else "7"),
        "rl=" + str(min(len(run), 4)),
        *marks,
    ]
    if "\t" in line:
        common.append("tab")
    if '":' in line or '":"' in line:
        common.append("json")
    if line.count(",") >= 3 or line.count(";") >= 3:
        common.append("csvish")
    if before:
        common.append("L1=" + _context_word(before[-1], lists))
        if len(before) > 1:
            common.append("L2=" + _context_word(before[-2], lists))
    if after:
        common.append("R1=" + _context_word(after[0], lists))
        if len(after) > 1:
            common.append("R2=" + _context_word(after[1], lists))
    if pb.startswith("BOL") and ls > 1:
        prev = _WORD.findall(text, max(0, ls - 80), ls - 1)
        common.append("PL=" + (_context_word(prev[-1], lists) if prev else "<blank>"))
        if text.rfind("\n", 0, ls - 1) == ls - 2 or ls < 2 or not prev:
            common.append("PLblank")
    if pb in (".", "!", "?") or pb.startswith("BOL"):
        common.append("sent0")
    toks = [text[a:b] for a, b in run]
    desc = [_describe(t, lists) for t in toks]
    out: list[list[str]] = []
    n = len(run)
    for k, (tok, (sh, fl, ident)) in enumerate(zip(toks, desc, strict=True)):
        pos = "o" if n == 1 else "f" if k == 0 else "l" if k == n - 1 else "m"
        low = fold(tok)
        f = [
            *common,
            "sh=" + sh,
            "fl=" + fl,
            "pos=" + pos,
            "len=" + _len_bucket(len(tok)),
            "pos&fl=" + pos + fl,
            "sh&fl=" + sh + fl,
            "pos&pb=" + pos + pb,
            "pos&pa=" + pos + pa,
            *(m + "&" + sh + fl for m in marks),
        ]
        if not tok.isascii():
            f.append("nonascii")
        if _written_lower(text, tok.lower(), s, e):
            f.append("lchere")
            f.append("lchere&pos=" + pos)
        if ident:
            f.append("w=" + ident)
            f.append("w&pos=" + ident + pos)
        elif len(low) > 4:
            f += ("s3=" + low[-3:], "s2=" + low[-2:], "p2=" + low[:2])
        elif len(low) > 3:
            f.append("s2=" + low[-2:])
        sep_before = text[run[k - 1][1] : run[k][0]] if k else ""
        if "," in sep_before:
            f.append("comma<")
        if k + 1 < n and "," in text[run[k][1] : run[k + 1][0]]:
            f.append("comma>")
        if sep_before.strip(" ,"):
            f.append("particle<")
        if k:
            psh, pfl, pid = desc[k - 1]
            f += ("n-1=" + psh + pfl, "n-1w=" + pid if pid else "n-1nc", "n-1&me=" + pfl + "|" + fl)
        else:
            f.append("n-1=none")
        if k + 1 < n:
            nsh, nfl, nid = desc[k + 1]
            f += ("n+1=" + nsh + nfl, "n+1w=" + nid if nid else "n+1nc", "n+1&me=" + nfl + "|" + fl)
        else:
            f.append("n+1=none")
        if k == 0 and before:
            f.append("first&L1=" + _context_word(before[-1], lists))
        if k == n - 1 and after:
            f.append("last&R1=" + _context_word(after[0], lists))
        out.append(f)
    return out


def _spans(text: str, run: list[tuple[int, int]], positive: list[bool], firm: frozenset[str]) -> list[tuple[int, int]]:
    """The name spans of a run: its positive tokens, joined across a space or particles; across a comma only
    when the run is one ``Last, First`` pair (a list of names is split at its commas). A span that a word of
    the run follows without a comma is no name: the run names a firm or a thing (``Kowalski Bakeries``,
    ``Honda Civic``); nor is one that ends in a word firms and places are named with (``firm``, the rules'
    list: ``Quikathos Ventures``, ``Oakfield Lettings``)."""
    n = len(run)
    seps = [text[run[k][1] : run[k + 1][0]] for k in range(n - 1)]
    join_comma = sum("," in sep for sep in seps) == 1 and n <= 3
    spans: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if not positive[k]:
            k += 1
            continue
        j = k
        while j + 1 < n and positive[j + 1] and ("," not in seps[j] or join_comma):
            j += 1
        followed = j + 1 < n and not positive[j + 1] and "," not in seps[j]
        if not followed and fold(text[run[j][0] : run[j][1]]) not in firm:
            spans.append((run[k][0], run[j][1]))
        k = j + 1
    return spans


def add_persons(
    text: str,
    hits: Sequence[int],
    found: list[Finding],
    blockers: Sequence[tuple[int, int] | Finding] = (),
    tagger: PersonModel | None = None,
) -> list[Finding]:
    """``found`` (resolved findings, sorted) with the people the model finds where no finding (nor one of
    ``blockers``: the medical terms, and the names a rule found and a later step took back) lies, sorted; the
    runs read are those holding one of ``hits``."""
    budget = _BUDGET_BASE + int(len(text) * _BUDGET_PER_CHAR)
    runs = list(islice(candidate_runs(text, hits), budget // 2))  # (a run has two tokens or more)
    if not runs:
        return found
    # Only what starts before the last run's end can touch a run (a mebibyte of names is read a budget's worth).
    hi = runs[-1][-1][1]
    near = found[: bisect.bisect_left(found, hi, key=_start)]
    taken = sorted([(f[0], f[1]) for f in near] + [(b[0], b[1]) for b in blockers if b[0] < hi])
    longest = max((b - a for a, b in taken), default=0)
    tagger = tagger or model()
    fresh = [r for r in runs if not overlaps(taken, r[0][0], r[-1][1], longest)]
    dropping = tagger.drop_below > 0 and any(f.type is T.PERSON for f in near)
    if not fresh and not dropping:
        return found
    lists = tagger.all_lists()
    added: list[Finding] = []
    for run in fresh:
        budget -= len(run)
        if budget < 0:
            break
        probs = [tagger.probability(f) for f in run_features(text, run, lists, tagger.marks)]
        positive = [p >= tagger.threshold for p in probs]
        if not any(positive):
            continue
        _grow(text, run, probs, positive, _GROW_FROM)
        for a, b in _spans(text, run, positive, _firm_words()):
            score = max(p for p, (x, _) in zip(probs, run, strict=True) if a <= x < b)
            added.append(Finding(a, b, T.PERSON, round(min(0.9, score), 2)))
    if dropping:
        found = _drop_unlikely(text, runs, found, near, tagger, lists, budget)
    if not added:
        return found
    return sorted(found + added)


def _grow(text: str, run: list[tuple[int, int]], probs: list[float], positive: list[bool], low: float) -> None:
    """Mark positive the tokens scored at least ``low`` beside a positive token of the run (across a space)."""
    n = len(run)
    for order in (range(1, n), range(n - 2, -1, -1)):
        for k in order:
            j = k - 1 if order.step == 1 else k + 1
            if positive[k] or not positive[j] or probs[k] < low:
                continue
            a, b = (j, k) if j < k else (k, j)
            if "," not in text[run[a][1] : run[b][0]]:
                positive[k] = True


def _drop_unlikely(
    text: str,
    runs: list[list[tuple[int, int]]],
    found: list[Finding],
    near: list[Finding],
    tagger: PersonModel,
    lists: dict[str, frozenset[str]],
    budget: int,
) -> list[Finding]:
    """``found`` without the PERSON findings lying in a run whose tokens inside them all score very low
    (``near``: the findings of ``found`` that start before the last run ends)."""
    people = sorted((f.start, f.end) for f in near if f.type is T.PERSON)
    firsts = [a for a, _ in people]
    drop: set[tuple[int, int]] = set()
    for run in runs:
        rs, re_ = run[0][0], run[-1][1]
        i = bisect.bisect_left(firsts, rs)
        inside = [
            (a, b)
            for a, b in people[i : bisect.bisect_right(firsts, re_)]
            if b <= re_ and not _given_then_surname(text[a:b], lists)
        ]
        if not inside:
            continue
        budget -= len(run)
        if budget < 0:
            break
        probs = list(map(tagger.probability, run_features(text, run, lists)))
        for a, b in inside:
            scores = [p for p, (x, y) in zip(probs, run, strict=True) if a <= x and y <= b]
            if scores and max(scores) < tagger.drop_below:
                drop.add((a, b))
    return [f for f in found if (f.start, f.end) not in drop] if drop else found


_FIRM: frozenset[str] | None = None
_start = itemgetter(0)


def _firm_words() -> frozenset[str]:
    """The words the rules say end the name of a firm or a place (``names``: "Ventures", "Street", "Ward")."""
    global _FIRM
    if _FIRM is None:
        from privacykit.domain.detection.scanners.names import _ORG_SUFFIX, _STREET_SUFFIX

        _FIRM = _ORG_SUFFIX | _STREET_SUFFIX
    return _FIRM


def _given_then_surname(name: str, lists: dict[str, frozenset[str]]) -> bool:
    """Whether ``name`` opens with a listed given name and ends with a listed surname ("Maria Garcia"): the model
    is not asked to overrule that (on the tune sets its vetoes of such names were as often right as wrong, and
    it is the commonest name a log carries: asking costs the features of every one)."""
    words = name.split()
    return len(words) > 1 and fold(words[0]) in lists["F"] and fold(words[-1]) in lists["S"]


def fresh_runs(
    text: str, hits: Sequence[int], found: list[Finding], blockers: Sequence[tuple[int, int] | Finding]
) -> list[list[tuple[int, int]]]:
    """The candidate runs no finding (nor blocker) touches: the ones the tagger is asked about."""
    runs = list(candidate_runs(text, hits))
    if not runs:
        return runs
    taken = sorted((f[0], f[1]) for f in (*found, *blockers))
    longest = max((b - a for a, b in taken), default=0)
    return [r for r in runs if not overlaps(taken, r[0][0], r[-1][1], longest)]
