import json, re, build as b
pats = {
 "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
 "IPV4": r"\b\d{1,3}(\.\d{1,3}){3}\b",
 "IPV6": r"\b[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{0,4}){2,7}\b",
 "NUM": r"(?<![\w-])\d[\d -]{8,22}\d(?![\w-])",
 "IBAN": r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,34}\b",
 "NINO": r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
 "DNI": r"\b[XYZ]?\d{7,8}[A-Z]\b",
 "NRIC": r"\b[STFG]\d{7}[A-Z]\b",
}
for line in open("holdout48.jsonl"):
    r = json.loads(line); t = r["text"]
    cov = [(e["start"], e["end"]) for e in r["entities"]]
    for name, p in pats.items():
        for m in re.finditer(p, t):
            if any(s < m.end() and m.start() < e for s, e in cov):
                continue
            v = m.group(0); d = b.digits(v); flag = ""
            if name == "NUM":
                if len(d) == 10 and b.nhs_ok(d): flag = "NHS"
                if 13 <= len(d) <= 19 and b.card_ok(d): flag = "CARD"
                if len(d) == 9 and b.sin_ok(d): flag = "SIN?"
                if len(d) == 12 and b.aadhaar_ok(d): flag = "AADHAAR"
                if len(d) == 11 and (b.cpf_ok(d) or b.steuer_ok(d)): flag = "CPF/STEUER"
                if not flag: continue
            if name == "IBAN" and not b.iban_ok(v): continue
            if name == "NINO" and not b.nino_ok(v): continue
            if name == "DNI" and not b.dni_ok(v): continue
            if name == "NRIC" and not b.nric_ok(v): continue
            print(r["id"], name, flag, repr(v))
