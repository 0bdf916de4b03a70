#!/usr/bin/env python3
"""Build holdout28.jsonl from the hand-written documents in docs/ (standard library only).

Each docs/NNN_<format>.txt holds one document with labelled values marked inline as {{TYPE|value}}.
The markup is stripped, each span recorded where its value lands in the stripped text, everything validated.
"""
import csv, io, json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import VALIDATORS, luhn_ok, iban_ok, nhs_ok
import ipaddress


def _ip_ok(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return not (a.is_loopback or a.is_unspecified)


SHAPES = {
    'IP_ADDRESS': _ip_ok,
    'EMAIL': lambda v: re.fullmatch(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+", v) is not None,
    'PHONE': lambda v: 7 <= len(re.sub(r'\D', '', v)) <= 15 and re.fullmatch(r'[+\d()\s.-]+', v) is not None,
    'US_PASSPORT': lambda v: re.fullmatch(r'\d{9}|[A-Z]\d{8}', v) is not None,
    'UK_BANK_ACCOUNT': lambda v: re.fullmatch(r'(\d{2}-\d{2}-\d{2} )?\d{8}', v) is not None,
}

HERE = os.path.dirname(os.path.abspath(__file__))
LEVEL = {t: 'RESTRICTED' for t in (
    'US_SSN CREDIT_CARD IBAN MEDICAL_RECORD_NUMBER DATE_OF_BIRTH DIAGNOSIS MEDICATION US_PASSPORT PASSPORT '
    'DRIVER_LICENSE UK_NHS_NUMBER UK_NATIONAL_INSURANCE_NUMBER UK_BANK_ACCOUNT ES_DNI FR_NIR DE_TAX_ID '
    'IT_FISCAL_CODE CA_SIN BR_CPF IN_AADHAAR SG_NRIC US_MBI HEALTH_PLAN_ID').split()}
LEVEL.update({t: 'CONFIDENTIAL' for t in ('EMAIL', 'PHONE', 'IP_ADDRESS', 'ADDRESS')})
LEVEL['PERSON'] = 'INTERNAL'
RANK = {'INTERNAL': 0, 'CONFIDENTIAL': 1, 'RESTRICTED': 2}
FORMATS = set('free_text email chat log csv tsv json ndjson yaml html clinical_note discharge_summary lab_report '
              'hl7 fhir_json form ticket'.split())
MARK = re.compile(r'\{\{([A-Z_0-9]+)\|(.*?)\}\}', re.S)


def strip(raw):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        val = m.group(2)
        out.append(val)
        ents.append({'type': m.group(1), 'start': start, 'end': start + len(val)})
        pos = m.end()
    out.append(raw[pos:])
    return ''.join(out), ents


def fail(name, msg):
    sys.exit(f'{name}: {msg}')


# look-alikes left unlabelled on purpose (network address, version string, Message-ID)
ALLOWED = {('050_log.txt', '192.0.2.0'), ('053_log.txt', '10.4.22.118'), ('054_log.txt', 'Q1kpz@mail.gmail.com')}


def leak_scan(name, text, ents):
    """Warn about unlabelled runs that pass a checksum (hard negatives must really be negative)."""
    covered = set()
    for e in ents:
        covered.update(range(e['start'], e['end']))
    warns = []
    for m in re.finditer(r'(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])', text):
        if not covered & set(range(m.start(), m.end())) and luhn_ok(m.group()) and m.group()[0] in '3456':
            warns.append(('luhn', m.group()))
    for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b', text):
        if not covered & set(range(m.start(), m.end())) and iban_ok(m.group()):
            warns.append(('iban', m.group()))
    for m in re.finditer(r'(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])', text):
        if not covered & set(range(m.start(), m.end())) and nhs_ok(m.group()) and 'nhs' in text.lower():
            warns.append(('nhs', m.group()))
    for m in re.finditer(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not covered & set(range(m.start(), m.end())):
            warns.append(('email', m.group()))
    for m in re.finditer(r'(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])', text):
        if not covered & set(range(m.start(), m.end())) and _ip_ok(m.group()):
            warns.append(('ip', m.group()))
    warns = [w for w in warns if (name, w[1]) not in ALLOWED]
    for kind, v in warns:
        print(f'  WARN {name}: unlabelled {kind}-valid value {v!r}', file=sys.stderr)
    return warns


def main():
    docs_dir = os.path.join(HERE, 'docs')
    rows, nwarn = [], 0
    for fn in sorted(os.listdir(docs_dir)):
        m = re.fullmatch(r'(\d{3})_([a-z0-9_]+?)(?:-[a-z0-9]+)?\.txt', fn)
        if not m:
            fail(fn, 'bad file name')
        fmt = m.group(2)
        if fmt not in FORMATS:
            fail(fn, f'unknown format {fmt}')
        with open(os.path.join(docs_dir, fn), encoding='utf-8', newline='') as f:
            raw = f.read()
        if raw.endswith('\n'):
            raw = raw[:-1]
        if re.search(r'\{\{[A-Z_0-9]+\||\|[^|{}]*\{\{', MARK.sub('', raw)):
            fail(fn, 'unbalanced markup')
        for mm in MARK.finditer(raw):
            if '{{' in mm.group(2) or '|' in mm.group(2):
                fail(fn, f'markup inside a value: {mm.group(0)[:60]!r}')
        text, ents = strip(raw)
        nlines = text.count('\n') + 1
        if not 3 <= nlines <= 60:
            fail(fn, f'{nlines} lines')
        last = -1
        for e in ents:
            v = text[e['start']:e['end']]
            if e['type'] not in LEVEL:
                fail(fn, f'unknown type {e["type"]}')
            if not v or v != v.strip():
                fail(fn, f'empty or padded span {v!r}')
            if e['start'] < last:
                fail(fn, 'overlap')
            last = e['end']
            chk = VALIDATORS.get(e['type']) or SHAPES.get(e['type'])
            if chk and not chk(v):
                fail(fn, f'{e["type"]} {v!r} fails its checksum/shape')
        cls = max((LEVEL[e['type']] for e in ents), key=RANK.get, default='INTERNAL')
        if fmt in ('json', 'fhir_json'):
            json.loads(text)
        if fmt == 'ndjson':
            for line in text.splitlines():
                if line.strip():
                    json.loads(line)
        if fmt in ('csv', 'tsv'):
            rdr = csv.reader(io.StringIO(text), delimiter='\t' if fmt == 'tsv' else ',')
            widths = {len(r) for r in rdr if r}
            if len(widths) != 1:
                fail(fn, f'ragged {fmt}: widths {widths}')
        nwarn += len(leak_scan(fn, text, ents))
        rows.append({'id': 'h28_' + fn[:-4], 'text': text, 'entities': ents, 'classification': cls, 'format': fmt})
    # recompute classification independently as a consistency check
    for r in rows:
        lv = [LEVEL[e['type']] for e in r['entities']]
        exp = 'RESTRICTED' if 'RESTRICTED' in lv else 'CONFIDENTIAL' if 'CONFIDENTIAL' in lv else 'INTERNAL'
        assert exp == r['classification'], r['id']
    with open(os.path.join(HERE, 'holdout28.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    texts = Counter(r['text'] for r in rows)
    assert max(texts.values()) == 1, 'duplicate document'
    print(f'documents: {len(rows)}')
    print(f'no-entity documents: {sum(1 for r in rows if not r["entities"])}')
    print(f'leak warnings: {nwarn}')
    for title, c in (('classification', Counter(r['classification'] for r in rows)),
                     ('format', Counter(r['format'] for r in rows)),
                     ('entity type', Counter(e['type'] for r in rows for e in r['entities']))):
        print(f'\n{title}:')
        for k, v in c.most_common():
            print(f'  {k:<30} {v}')


if __name__ == '__main__':
    main()
