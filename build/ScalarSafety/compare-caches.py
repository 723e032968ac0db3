# Compares two artifact caches: node metrics (without *_seconds) and every CSV/metrics.json (without *seconds columns).
import json, os, sys, hashlib
ref, other = sys.argv[1], sys.argv[2]
def nodes(cache):
    out = {}
    for key in os.listdir(os.path.join(cache, 'objects')):
        m = os.path.join(cache, 'objects', key, 'manifest.json')
        if os.path.exists(m):
            j = json.load(open(m)); out[key] = j
    return out
def strip(path):
    lines = open(path).read().split('\n')
    if not path.endswith('.csv') or not lines: return lines
    drop = {i for i, n in enumerate(lines[0].split(',')) if n.endswith('seconds')}
    return [','.join(c for i, c in enumerate(l.split(',')) if i not in drop) for l in lines]
a, b = nodes(ref), nodes(other)
metrics = files = 0; diffs = []
for key, man in a.items():
    if man.get('kind') == 'report': continue
    if key not in b: diffs.append(f"{man.get('nodeId', key)} missing"); continue
    ma = {k: v for k, v in man.get('metrics', {}).items() if not k.endswith('_seconds')}
    mb = {k: v for k, v in b[key].get('metrics', {}).items() if not k.endswith('_seconds')}
    if ma != mb: diffs.append(f"{man.get('nodeId', key)} metrics")
    metrics += len(ma)
    fa = os.path.join(ref, 'objects', key, 'files')
    for root, _, names in os.walk(fa):
        for n in names:
            if n.endswith('.csv') or n == 'metrics.json':
                p = os.path.join(root, n); q = os.path.join(other, 'objects', key, 'files', os.path.relpath(p, fa))
                files += 1
                if not os.path.exists(q) or strip(p) != strip(q): diffs.append(f"{man.get('nodeId', key)}/{n}")
print(("identical" if not diffs else "DIFFERENT " + ", ".join(diffs[:5])) + f": {metrics} metrics, {files} tables compared")
