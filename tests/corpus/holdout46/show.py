import json, sys
ids = sys.argv[1:]
for line in open('/tmp/holdout46/holdout46.jsonl'):
    d = json.loads(line)
    if not ids or any(d['id'].startswith(i) for i in ids):
        t = d['text']; out = []; p = 0
        for e in d['entities']:
            out.append(t[p:e['start']]); out.append('[' + t[e['start']:e['end']] + '|' + e['type'] + ']'); p = e['end']
        out.append(t[p:])
        print('=====', d['id'], d['format'], d['classification']); print(''.join(out))
