# Writes captum_tcav.json.gz from ../shared/reference/captum_tcav.json (what real Captum 0.8 computed, see that
# folder's README): the same keys and values, with every number written as the shortest text that reads back to the
# same float32 (the reference values are float32), gzip-compressed. About 5x smaller than the original, and lossless
# for float32. Run: python3 make/compact_captum_reference.py /path/to/captum_tcav.json captum_tcav.json.gz
import gzip, json, struct, sys

def shortest(value):
    if isinstance(value, bool) or not isinstance(value, float):
        return value
    target = struct.unpack('f', struct.pack('f', value))[0]
    for digits in range(1, 10):
        text = f'{value:.{digits}g}'
        if struct.unpack('f', struct.pack('f', float(text)))[0] == target:
            return float(text)
    return value

def compact(node):
    if isinstance(node, dict):
        return {k: compact(v) for k, v in node.items()}
    if isinstance(node, list):
        return [compact(v) for v in node]
    return shortest(node)

source, target = sys.argv[1], sys.argv[2]
with open(source) as f:
    data = json.load(f)
with gzip.GzipFile(target, 'wb', compresslevel=9, mtime=0) as f:
    f.write(json.dumps(compact(data), separators=(',', ':')).encode())
