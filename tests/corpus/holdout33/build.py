#!/usr/bin/env python3
"""Build holdout33.jsonl from the hand-written documents in docs/ (standard library only).

Each docs/NNN_<format>.txt file is one document; labelled values are marked inline as {{TYPE|value}}.
The markup is stripped, each span is recorded where its value lands in the stripped text, everything is
validated and the corpus is written to holdout33.jsonl.
"""
import csv, io, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from checks import VALIDATORS, luhn_ok, iban_ok, nhs_ok, nino_ok, dni_ok, cpf_ok, nric_ok, ssn_ok, aadhaar_ok  # noqa: E402

LEVEL = {t: "RESTRICTED" for t in """US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS
  MEDICATION US_PASSPORT PASSPORT DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT
  ES_DNI FR_NIR DE_TAX_ID IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID""".split()}
LEVEL.update({t: "CONFIDENTIAL" for t in ("EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS")})
LEVEL["PERSON"] = "INTERNAL"
RANK = {"INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note",
           "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}
MARK = re.compile(r"\{\{([A-Z_]+)\|(.*?)\}\}", re.S)
NAME = re.compile(r"^(\d{3})_([a-z0-9_]+?)(?:__[a-z0-9_]+)?\.txt$")


class BuildError(Exception):
    pass


def strip_markup(raw, doc_id):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        typ, val = m.group(1), m.group(2)
        start = sum(len(x) for x in out)
        if typ not in LEVEL:
            raise BuildError(f"{doc_id}: unknown type {typ}")
        if not val or val != val.strip():
            raise BuildError(f"{doc_id}: empty value or surrounding whitespace in {typ}|{val!r}")
        if "{{" in val or "|" in val and typ != "PERSON" and typ != "ADDRESS":
            if "{{" in val:
                raise BuildError(f"{doc_id}: nested markup in {val!r}")
        check = VALIDATORS.get(typ)
        if check and not check(val):
            raise BuildError(f"{doc_id}: {typ} value fails its checksum/shape check: {val!r}")
        out.append(val)
        ents.append({"type": typ, "start": start, "end": start + len(val)})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if re.search(r"\{\{[A-Z_]+\|", text):
        raise BuildError(f"{doc_id}: unparsed markup left")
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            raise BuildError(f"{doc_id}: overlapping spans")
    return text, ents


def check_format(doc_id, fmt, text):
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    elif fmt == "ndjson":
        for line in text.splitlines():
            if line.strip():
                json.loads(line)
    elif fmt in ("csv", "tsv"):
        first = text.split("\n", 1)[0]
        delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
        rows = [r for r in rows if r]
        widths = {len(r) for r in rows}
        if len(widths) != 1:
            raise BuildError(f"{doc_id}: ragged {fmt} rows {sorted(widths)}")
    elif fmt == "yaml":
        if "\t" in text:
            raise BuildError(f"{doc_id}: tab in yaml")
    elif fmt == "hl7":
        segs = [s for s in re.split(r"[\r\n]+", text) if s]
        if not segs[0].startswith("MSH|"):
            raise BuildError(f"{doc_id}: HL7 must start with MSH")


LEAKS = [
    ("CREDIT_CARD", re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])"), lambda s: luhn_ok(s) and re.sub(r"\D", "", s)[0] in "3456" and len(re.sub(r"\D", "", s)) in (15, 16)),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"), iban_ok),
    ("UK_NHS_NUMBER", re.compile(r"(?<!\d)\d{3} \d{3} \d{4}(?!\d)"), nhs_ok),
    ("UK_NATIONAL_INSURANCE_NUMBER", re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"), nino_ok),
    ("ES_DNI", re.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b"), dni_ok),
    ("BR_CPF", re.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b"), cpf_ok),
    ("SG_NRIC", re.compile(r"\b[STFG]\d{7}[A-Z]\b"), nric_ok),
    ("US_SSN", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"), ssn_ok),
    ("IN_AADHAAR", re.compile(r"(?<![\d ])\d{4} \d{4} \d{4}(?! ?\d)"), aadhaar_ok),
]


def leak_check(doc_id, text, ents):
    warnings = []
    for typ, rx, ok in LEAKS:
        for m in rx.finditer(text):
            covered = any(e["start"] < m.end() and m.start() < e["end"] for e in ents)
            if not covered and ok(m.group(0)):
                warnings.append(f"{doc_id}: unlabelled valid-looking {typ}: {m.group(0)!r}")
    return warnings


def main():
    docs_dir = os.path.join(HERE, "docs")
    records, warnings = [], []
    for fn in sorted(os.listdir(docs_dir)):
        m = NAME.match(fn)
        if not m:
            raise BuildError(f"bad file name {fn}")
        num, fmt = m.group(1), m.group(2)
        if fmt not in FORMATS:
            raise BuildError(f"{fn}: unknown format {fmt}")
        doc_id = f"h33_{num}_{fmt}"
        with open(os.path.join(docs_dir, fn), encoding="utf-8", newline="") as f:
            raw = f.read()
        raw = raw[:-1] if raw.endswith("\n") else raw
        text, ents = strip_markup(raw, doc_id)
        nlines = len(text.splitlines())
        if not 3 <= nlines <= 60:
            raise BuildError(f"{doc_id}: {nlines} lines (must be 3..60)")
        check_format(doc_id, fmt, text)
        warnings += leak_check(doc_id, text, ents)
        cls = max((LEVEL[e["type"]] for e in ents), key=RANK.get, default="INTERNAL")
        assert cls == max([LEVEL[e["type"]] for e in ents] + ["INTERNAL"], key=RANK.get)
        records.append({"id": doc_id, "text": text, "entities": ents, "classification": cls, "format": fmt})
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts)), "duplicate document text"
    with open(os.path.join(HERE, "holdout33.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for w in warnings:
        print("WARNING", w)
    print(f"documents: {len(records)}")
    print(f"no-entity documents: {sum(1 for r in records if not r['entities'])}")
    for title, c in (("classification", Counter(r["classification"] for r in records)),
                     ("format", Counter(r["format"] for r in records)),
                     ("entity type", Counter(e["type"] for r in records for e in r["entities"]))):
        print(f"\n{title}:")
        for k, v in c.most_common():
            print(f"  {k:<30} {v}")
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
