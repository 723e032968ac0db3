# Per epoch: RSS at the epoch line and the process peak (VmHWM) so far; growth of the peak after epoch 3.
import sys, re, datetime
log, rss = sys.argv[1], sys.argv[2]
samples = [tuple(map(float, l.split())) for l in open(rss) if len(l.split()) == 3]
day = datetime.datetime.utcfromtimestamp(samples[0][0]).date()
ends = {}
for l in open(log):
    m = re.match(r'\[(\d\d):(\d\d):(\d\d)\]\s+pretrain: epoch (\d+)/', l)
    if m:
        t = datetime.datetime(day.year, day.month, day.day, int(m[1]), int(m[2]), int(m[3]), tzinfo=datetime.timezone.utc).timestamp() + 1
        ends[int(m[4])] = t
prev = None
rows = []
for e in sorted(ends):
    upto = [s for s in samples if s[0] <= ends[e]]
    if not upto: continue
    hwm = max(s[2] for s in upto); rssmax = max(s[1] for s in upto)
    rows.append((e, upto[-1][1]/1024, hwm/1024))
for e, r, h in rows: print(f"{e:3d} rss {r:7.1f} MiB  hwm {h:7.1f} MiB")
h3 = [h for e, r, h in rows if e == 3][0]; hl = rows[-1][2]
print(f"peak after epoch 3: {h3:.1f} MiB; at epoch {rows[-1][0]}: {hl:.1f} MiB; growth {100*(hl/h3-1):+.1f}%")
