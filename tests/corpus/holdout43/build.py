#!/usr/bin/env python3
"""Build holdout43.jsonl from the hand-written documents in docs/ (standard library only).

Each document marks labelled values inline as {{TYPE|value}}. This script strips the markup,
records each span where the value lands in the stripped text, validates and writes the corpus.
"""
import csv, io, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import checks  # noqa: E402

LEVEL = {"RESTRICTED": 3, "CONFIDENTIAL": 2, "INTERNAL": 1}
TYPES = {}
for t in ("US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT "
          "PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR "
          "DE_TAX_ID IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID").split():
    TYPES[t] = "RESTRICTED"
for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"):
    TYPES[t] = "CONFIDENTIAL"
TYPES["PERSON"] = "INTERNAL"
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html",
           "clinical_note", "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

MARK = re.compile(r"\{\{([A-Z][A-Z_]*)\|(.*?)\}\}", re.S)


def strip(raw, name):
    out, ents, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        n += len(raw[pos:m.start()])
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"{name}: unknown type {typ}")
        if "{{" in val:
            raise ValueError(f"{name}: nested markup in {val!r}")
        ents.append({"type": typ, "start": n, "end": n + len(val)})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), ents


def validate(doc, name):
    text, ents, fmt = doc["text"], doc["entities"], doc["format"]
    errs = []
    if fmt not in FORMATS:
        errs.append(f"bad format {fmt}")
    if re.search(r"\{\{[A-Z_]+\|", text) or "}}" in text and fmt not in ("json", "fhir_json", "ndjson"):
        errs.append("leftover markup")
    nlines = len(text.splitlines())
    if not 3 <= nlines <= 60:
        errs.append(f"{nlines} lines")
    prev_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        v = text[e["start"]:e["end"]]
        if not v or v != v.strip():
            errs.append(f"empty/whitespace span {v!r}")
        if e["start"] < prev_end:
            errs.append(f"overlap at {e['start']}")
        prev_end = e["end"]
        f = checks.VALIDATORS.get(e["type"])
        if e["type"] == "UK_BANK_ACCOUNT":
            digits = re.sub(r"\D", "", v)
            if len(digits) not in (8, 14):
                errs.append(f"UK_BANK_ACCOUNT shape {v!r}")
        elif f and not f(v):
            errs.append(f"invalid {e['type']} {v!r}")
    lvl = max((LEVEL[TYPES[e["type"]]] for e in ents), default=1)
    cls = {3: "RESTRICTED", 2: "CONFIDENTIAL", 1: "INTERNAL"}[lvl]
    if doc["classification"] != cls:
        errs.append("classification mismatch")
    try:
        if fmt in ("json", "fhir_json"):
            json.loads(text)
        elif fmt == "ndjson":
            for line in text.splitlines():
                if line.strip():
                    json.loads(line)
        elif fmt in ("csv", "tsv"):
            first = text.splitlines()[0]
            delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
            rows = [r for r in csv.reader(io.StringIO(text), delimiter=delim) if r]
            widths = {len(r) for r in rows}
            if len(widths) != 1:
                errs.append(f"ragged {fmt}: widths {sorted(widths)}")
        elif fmt == "yaml":
            if "\t" in text:
                errs.append("tab in yaml")
        elif fmt == "hl7":
            for seg in re.split(r"[\r\n]+", text):
                if seg and not re.match(r"^[A-Z][A-Z0-9]{2}\|", seg):
                    errs.append(f"bad hl7 segment {seg[:20]!r}")
    except Exception as ex:  # parse error
        errs.append(f"parse error: {ex}")
    return errs


def leak_check(doc):
    """Warn about unlabelled runs that pass a checksum (possible missed positives)."""
    text, warns = doc["text"], []
    covered = [(e["start"], e["end"]) for e in doc["entities"]]
    def labelled(a, b):
        return any(s < b and a < e for s, e in covered)
    for m in re.finditer(r"(?<![\w.])\d(?:[ -]?\d){12,18}(?![\w.])", text):
        if checks.luhn_ok(m.group()) and not labelled(m.start(), m.end()) and len(re.sub(r"\D", "", m.group())) in (15, 16):
            warns.append(f"luhn-valid unlabelled {m.group()!r}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if checks.iban_ok(m.group()) and not labelled(m.start(), m.end()):
            warns.append(f"iban-valid unlabelled {m.group()!r}")
    return warns


def main():
    ddir = os.path.join(HERE, "docs")
    docs, bad = [], 0
    for fn in sorted(os.listdir(ddir)):
        if not fn.endswith(".txt"):
            continue
        stem = fn[:-4]
        num, fmt = stem.split("_", 1)
        with open(os.path.join(ddir, fn), encoding="utf-8", newline="") as fh:
            raw = fh.read()
        if raw.endswith("\n"):
            raw = raw[:-1]
        text, ents = strip(raw, fn)
        lvl = max((LEVEL[TYPES[e["type"]]] for e in ents), default=1)
        doc = {"id": f"h43_{num}_{fmt}", "text": text, "entities": ents,
               "classification": {3: "RESTRICTED", 2: "CONFIDENTIAL", 1: "INTERNAL"}[lvl], "format": fmt}
        errs = validate(doc, fn)
        for e in errs:
            print(f"ERROR {fn}: {e}")
        for w in leak_check(doc):
            print(f"WARN  {fn}: {w}")
        bad += bool(errs)
        docs.append(doc)
    if bad:
        sys.exit(f"{bad} documents failed validation")
    out = os.path.join(HERE, "holdout43.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    # re-read and re-check
    with open(out, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh]
    assert back == docs
    print(f"documents: {len(docs)}")
    print(f"no-entity documents: {sum(1 for d in docs if not d['entities'])}")
    for title, c in (("classification", Counter(d["classification"] for d in docs)),
                     ("format", Counter(d["format"] for d in docs)),
                     ("entity type", Counter(e["type"] for d in docs for e in d["entities"]))):
        print(f"\n{title}:")
        for k, v in c.most_common():
            print(f"  {k:30s} {v}")


if __name__ == "__main__":
    main()
