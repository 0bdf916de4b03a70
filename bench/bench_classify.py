"""Quality and speed figures for ``privacykit.domain.detection``.

Run: ``.venv/bin/python bench/bench_classify.py`` (about a minute).

Quality is measured on ``tests/corpus/corpus.jsonl``. Span match rule: a finding counts as a true positive
when it has EXACTLY the gold TYPE and its span OVERLAPS the gold span (any shared character); each gold
entity and each finding is matched at most once. Unmatched findings are false positives, unmatched gold
entities false negatives. Level accuracy compares ``classify_level(detect(text))`` (nothing declared
public) with the corpus classification.

Speed is measured on >= 20 MB of generated mixed application logs, JSON lines and CSV with sparse PII;
the time covers the whole ``detect`` call on every document. Peak memory is the process's maximum resident
set size (``ru_maxrss``) after the run, which includes the generated data itself.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from privacykit.domain.common.entity_types import EntityType, Level
from privacykit.domain.detection import classify_level, detect

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "corpus.jsonl"
BULK_BYTES = 21 * 1024 * 1024


def evaluate() -> None:
    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    restricted = under = pii_free = flagged = 0
    for doc in docs:
        found = detect(doc["text"])
        gold = [(g["type"], g["start"], g["end"]) for g in doc["entities"]]
        used = [False] * len(found)
        for gtype, gs, ge in gold:
            for i, ent in enumerate(found):
                if not used[i] and ent.type.value == gtype and ent.start < ge and gs < ent.end:
                    used[i] = True
                    tp[gtype] += 1
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
        if not gold:
            pii_free += 1
            flagged += bool(found)

    print(f"Corpus: {len(docs)} documents, {sum(len(d['entities']) for d in docs)} labelled entities")
    print("Span match rule: exact type + overlapping span (one-to-one)\n")
    print(f"{'type':24s} {'P':>6s} {'R':>6s} {'F1':>6s} {'TP':>5s} {'FP':>5s} {'FN':>5s}")
    for et in EntityType:
        t, p, n = tp[et.value], fp[et.value], fn[et.value]
        if t + p + n == 0:
            continue
        prec = t / (t + p) if t + p else 0.0
        rec = t / (t + n) if t + n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{et.value:24s} {prec:6.3f} {rec:6.3f} {f1:6.3f} {t:5d} {p:5d} {n:5d}")
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    prec, rec = t / (t + p), t / (t + n)
    print(f"\nmicro P={prec:.3f} R={rec:.3f} micro-F1={2 * prec * rec / (prec + rec):.3f}")
    correct = sum(c for (e, pr), c in confusion.items() if e == pr)
    print(f"level accuracy: {correct / len(docs):.3f} ({correct}/{len(docs)})")
    names = [lv.name for lv in Level]
    print("\nconfusion (rows = expected, columns = predicted):")
    print(" " * 14 + "".join(f"{n[:12]:>13s}" for n in names))
    for e in names:
        print(f"{e:14s}" + "".join(f"{confusion[(e, pr)]:13d}" for pr in names))
    print(f"\nRESTRICTED under-classified: {under}/{restricted} = {under / max(1, restricted):.3%}")
    print(f"PII-free documents flagged:  {flagged}/{pii_free} = {flagged / max(1, pii_free):.3%}")


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


def main() -> None:
    evaluate()
    throughput()
    import_time()


if __name__ == "__main__":
    main()
