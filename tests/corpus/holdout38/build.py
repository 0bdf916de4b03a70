#!/usr/bin/env python3
"""Build holdout38.jsonl from the hand-written documents in docs/ (standard library only).

Each document marks a labelled value inline as {{TYPE|value}}. The markup is stripped and the span of
every value is recorded at the position where it lands in the stripped text."""
import csv, io, json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C

HERE = os.path.dirname(os.path.abspath(__file__))
RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
              "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
              "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
              "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL = {"PERSON"}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html",
           "clinical_note", "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}
MARK = re.compile(r"\{\{([A-Z_]+)\|(.*?)\}\}", re.S)

CHECK = {
    "UK_NHS_NUMBER": C.nhs_ok, "IBAN": C.iban_ok, "IN_AADHAAR": C.aadhaar_ok, "BR_CPF": C.cpf_ok,
    "ES_DNI": C.dni_ok, "FR_NIR": C.nir_ok, "DE_TAX_ID": C.steuer_ok, "IT_FISCAL_CODE": C.cf_ok,
    "SG_NRIC": C.nric_ok, "US_MBI": C.mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": C.nino_ok,
    "CA_SIN": C.sin_ok, "US_SSN": C.ssn_ok,
    "CREDIT_CARD": lambda v: C.luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19,
    "UK_BANK_ACCOUNT": lambda v: len(re.sub(r"\D", "", v)) in (8, 14),
    "IP_ADDRESS": lambda v: (v.count(".") == 3 and all(p.isdigit() and int(p) < 256 for p in v.split(".")))
                  or (":" in v and re.fullmatch(r"[0-9a-fA-F:]+", v) is not None),
}

def level(types):
    if types & RESTRICTED: return "RESTRICTED"
    if types & CONFIDENTIAL: return "CONFIDENTIAL"
    return "INTERNAL"

def strip(raw):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(map(len, out))
        out.append(m.group(2))
        ents.append({"type": m.group(1), "start": start, "end": start + len(m.group(2))})
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), ents

def leaks(text, ents):
    """Warn about unlabelled runs that pass a checksum (so a hard negative is not really a positive)."""
    covered = set()
    for e in ents: covered.update(range(e["start"], e["end"]))
    found = []
    pats = [("CARD", r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])", lambda s: C.luhn_ok(s) and s.replace(" ", "").replace("-", "")[0] in "3456"),
            ("NHS", r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)", C.nhs_ok),
            ("AADHAAR", r"(?<!\d)\d{4} \d{4} \d{4}(?!\d)", C.aadhaar_ok),
            ("IBAN", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", C.iban_ok),
            ("NINO", r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", C.nino_ok),
            ("CPF", r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b", C.cpf_ok),
            ("DNI", r"\b[XYZ]?\d{7,8}-?[A-Z]\b", C.dni_ok),
            ("NRIC", r"\b[STFG]\d{7}[A-Z]\b", C.nric_ok),
            ("CF", r"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b", C.cf_ok),
            ("STEUER", r"(?<!\d)\d{2} ?\d{3} ?\d{3} ?\d{3}(?!\d)", C.steuer_ok)]
    for name, p, ok in pats:
        for m in re.finditer(p, text):
            if not (set(range(m.start(), m.end())) & covered) and ok(m.group()):
                found.append((name, m.group()))
    return found

def check_format(fmt, text):
    if fmt in ("json", "fhir_json"):
        json.loads(text)
    elif fmt == "ndjson":
        for line in text.splitlines():
            if line.strip(): json.loads(line)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
        rows = [r for r in rows if r]
        widths = Counter(len(r) for r in rows)
        assert len(widths) == 1, f"ragged {fmt}: {widths}"
    elif fmt == "yaml":
        assert "\t" not in text, "tab in yaml"
    elif fmt == "hl7":
        for seg in re.split(r"[\r\n]+", text):
            if seg: assert re.match(r"[A-Z][A-Z0-9]{2}\|", seg), seg[:20]

def main():
    docs_dir = os.path.join(HERE, "docs")
    records, errors = [], []
    for fn in sorted(os.listdir(docs_dir)):
        if not fn.endswith(".txt"): continue
        stem = fn[:-4]
        fmt = stem.split("_", 1)[1]
        with open(os.path.join(docs_dir, fn), encoding="utf-8", newline="") as fh:
            raw = fh.read()
        if raw.endswith("\n"): raw = raw[:-1]
        text, ents = strip(raw)
        def err(msg): errors.append(f"{fn}: {msg}")
        if fmt not in FORMATS: err(f"unknown format {fmt}")
        if re.search(r"\{\{[A-Z_]+\|", text): err("stray markup")
        n_lines = len(text.splitlines())
        if not 3 <= n_lines <= 60: err(f"{n_lines} lines")
        last = -1
        for e in ents:
            v = text[e["start"]:e["end"]]
            if e["type"] not in RESTRICTED | CONFIDENTIAL | INTERNAL: err(f"unknown type {e['type']}")
            if not v or v != v.strip(): err(f"bad span {v!r}")
            if e["start"] < last: err("overlap")
            last = e["end"]
            if e["type"] in CHECK and not CHECK[e["type"]](v): err(f"{e['type']} fails check: {v!r}")
        for name, v in leaks(text, ents): err(f"unlabelled value passes {name} check: {v!r}")
        try: check_format(fmt, text)
        except Exception as ex: err(f"format {fmt} does not parse: {ex}")
        cls = level({e["type"] for e in ents})
        records.append({"id": f"h38_{stem}", "text": text, "entities": ents, "classification": cls, "format": fmt})
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(os.path.join(HERE, "holdout38.jsonl"), "w", encoding="utf-8") as fh:
        for r in records: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify classification consistency
    for line in open(os.path.join(HERE, "holdout38.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        assert r["classification"] == level({e["type"] for e in r["entities"]})
    print(f"documents: {len(records)}")
    print(f"no-entity documents: {sum(1 for r in records if not r['entities'])}")
    for title, cnt in (("classification", Counter(r["classification"] for r in records)),
                       ("format", Counter(r["format"] for r in records)),
                       ("entity type", Counter(e["type"] for r in records for e in r["entities"]))):
        print(f"\n{title}:")
        for k, v in cnt.most_common(): print(f"  {k:<30} {v}")

if __name__ == "__main__":
    main()
