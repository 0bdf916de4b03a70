#!/usr/bin/env python3
"""Build holdout48.jsonl from the hand-written documents in docs/.

Standard library only. Each docs/NNN_<format>.txt file holds one document with
every labelled value written inline as {{TYPE|value}}. The markup is stripped,
each span is recorded at the position its value lands in the stripped text,
and the document is validated before the corpus is written.
"""
import csv, io, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
OUT = os.path.join(HERE, "holdout48.jsonl")

RESTRICTED = {"US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS",
              "MEDICATION", "US_PASSPORT", "PASSPORT", "DRIVER_LICENSE", "UK_NHS_NUMBER",
              "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
              "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"}
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}
INTERNAL = {"PERSON"}
LEVEL = {**{t: 3 for t in RESTRICTED}, **{t: 2 for t in CONFIDENTIAL}, **{t: 1 for t in INTERNAL}}
NAMES = {3: "RESTRICTED", 2: "CONFIDENTIAL", 1: "INTERNAL"}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html",
           "clinical_note", "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

MARK = re.compile(r"\{\{([A-Z_0-9]+)\|(.*?)\}\}", re.S)

# ---------------------------------------------------------------- checksums
def digits(s):
    return re.sub(r"\D", "", s)

def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c

def nhs_check(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    r = 11 - s % 11
    if r == 11:
        return "0"
    if r == 10:
        return None
    return str(r)

def nhs_ok(v):
    d = digits(v)
    return len(d) == 10 and nhs_check(d[:9]) == d[9]

def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(country, bban):
    bban = bban.replace(" ", "").upper()
    n = "".join(str(int(c, 36)) for c in bban + country + "00")
    return country + "%02d" % (98 - int(n) % 97) + bban

def card_ok(v):
    d = digits(v)
    return 13 <= len(d) <= 19 and luhn_ok(d) and re.match(r"(4|5[1-5]|2[2-7]|3[47]|6011|65)", d) is not None

def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v.strip())
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni_ok(v):
    s = re.sub(r"[\s-]", "", v).upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre, num, let = m.groups()
    if pre:
        if len(num) != 7:
            return False
        num = str("XYZ".index(pre)) + num
    elif len(num) != 8:
        return False
    return DNI_LETTERS[int(num) % 23] == let

def nir_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{8}", s):
        return False
    body, key = s[:13], int(s[13:])
    body = body[:5] + {"2A": "19", "2B": "18"}.get(body[5:7], body[5:7]) + body[7:]
    return 97 - int(body) % 97 == key

def steuer_check(ten):
    product = 10
    for c in ten:
        total = (int(c) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    chk = 11 - product
    return "0" if chk == 10 else str(chk)

def steuer_ok(v):
    d = digits(v)
    if len(d) != 11 or d[0] == "0":
        return False
    cnt = Counter(d[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for x in cnt.values() if x > 1) == 1):
        return False
    return steuer_check(d[:10]) == d[10]

CF_ODD = {}
for ch, val in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    CF_ODD[ch] = val
for ch, val in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    CF_ODD[ch] = val
def cf_check(fifteen):
    tot = 0
    for i, c in enumerate(fifteen.upper()):
        if i % 2 == 0:
            tot += CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26)

def cf_ok(v):
    s = v.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]

def sin_ok(v):
    d = digits(v)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)

def cpf_digits(nine):
    d = [int(c) for c in nine]
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    c1 = (s * 10) % 11 % 10
    d.append(c1)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1)))
    c2 = (s * 10) % 11 % 10
    return "%d%d" % (c1, c2)

def cpf_ok(v):
    d = digits(v)
    return len(d) == 11 and len(set(d)) > 1 and cpf_digits(d[:9]) == d[9:]

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(partial):
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])

def aadhaar_ok(v):
    d = digits(v)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

def nric_letter(prefix, seven):
    tot = sum(int(c) * w for c, w in zip(seven, [2, 7, 6, 5, 4, 3, 2]))
    if prefix in "TG":
        tot += 4
    if prefix == "M":
        tot += 3
    r = tot % 11
    if prefix in "ST":
        return "JZIHGFEDCBA"[r]
    if prefix in "FG":
        return "XWUTRQPNMLK"[r]
    return "XWUTRQPNJLK"[10 - r] if False else "KLJNPQRTUWX"[r]

def nric_ok(v):
    s = v.strip().upper()
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    return bool(m) and nric_letter(m.group(1), m.group(2)) == m.group(3)

MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(v):
    s = v.replace("-", "").upper()
    if len(s) != 11:
        return False
    cls = ["N1", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, k in zip(s, cls):
        if k == "N1" and c not in "123456789": return False
        if k == "N" and not c.isdigit(): return False
        if k == "A" and c not in MBI_ALPHA: return False
        if k == "AN" and not (c.isdigit() or c in MBI_ALPHA): return False
    return True

def nino_ok(v):
    s = v.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIOQUV" or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        return False
    return True

CHECKS = {"CREDIT_CARD": card_ok, "IBAN": iban_ok, "US_SSN": ssn_ok, "UK_NHS_NUMBER": nhs_ok,
          "ES_DNI": dni_ok, "FR_NIR": nir_ok, "DE_TAX_ID": steuer_ok, "IT_FISCAL_CODE": cf_ok,
          "CA_SIN": sin_ok, "BR_CPF": cpf_ok, "IN_AADHAAR": aadhaar_ok, "SG_NRIC": nric_ok,
          "US_MBI": mbi_ok, "UK_NATIONAL_INSURANCE_NUMBER": nino_ok}

# ---------------------------------------------------------------- build
def parse(raw):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        typ, val = m.group(1), m.group(2)
        out.append(val)
        ents.append({"type": typ, "start": start, "end": start + len(val)})
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), ents

def validate(doc_id, fmt, text, ents, problems):
    def bad(msg):
        problems.append("%s: %s" % (doc_id, msg))
    if fmt not in FORMATS:
        bad("unknown format %s" % fmt)
    if "{{" in text and "|" in text[text.index("{{"):text.index("{{") + 40]:
        bad("unparsed markup left")
    n = text.count("\n") + 1
    if not 3 <= n <= 60:
        bad("line count %d" % n)
    last = -1
    for e in ents:
        v = text[e["start"]:e["end"]]
        if e["type"] not in LEVEL:
            bad("unknown type %s" % e["type"])
        if not v or v != v.strip():
            bad("empty/whitespace span %r" % v)
        if e["start"] < last:
            bad("overlap at %r" % v)
        last = e["end"]
        chk = CHECKS.get(e["type"])
        if chk and not chk(v):
            bad("invalid %s %r" % (e["type"], v))
    if fmt == "json" or fmt == "fhir_json":
        try:
            json.loads(text)
        except ValueError as ex:
            bad("json: %s" % ex)
    if fmt == "ndjson":
        for i, line in enumerate(text.splitlines()):
            if line.strip():
                try:
                    json.loads(line)
                except ValueError as ex:
                    bad("ndjson line %d: %s" % (i + 1, ex))
    if fmt in ("csv", "tsv"):
        rows = [r for r in csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ",") if r]
        widths = Counter(len(r) for r in rows)
        if len(widths) != 1:
            bad("%s ragged rows %s" % (fmt, dict(widths)))

def main():
    problems, records = [], []
    for fn in sorted(os.listdir(DOCS)):
        if not fn.endswith(".txt"):
            continue
        stem = fn[:-4]
        num, fmt = stem.split("_", 1)
        with open(os.path.join(DOCS, fn), encoding="utf-8") as fh:
            raw = fh.read()
        raw = raw.rstrip("\n")
        text, ents = parse(raw)
        doc_id = "h48_%s_%s" % (num, fmt)
        validate(doc_id, fmt, text, ents, problems)
        lvl = max([LEVEL.get(e["type"], 0) for e in ents] or [1])
        records.append({"id": doc_id, "text": text, "entities": ents,
                        "classification": NAMES.get(lvl, "INTERNAL"), "format": fmt})
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        problems.append("duplicate texts")
    for r in records:
        lvl = max([LEVEL[e["type"]] for e in r["entities"]] or [1])
        assert r["classification"] == NAMES[lvl]
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("documents:", len(records))
    print("no-entity documents:", sum(1 for r in records if not r["entities"]))
    for title, cnt in (("classification", Counter(r["classification"] for r in records)),
                       ("format", Counter(r["format"] for r in records)),
                       ("entity type", Counter(e["type"] for r in records for e in r["entities"]))):
        print("\n%s:" % title)
        for k, v in cnt.most_common():
            print("  %-30s %d" % (k, v))

if __name__ == "__main__":
    main()
