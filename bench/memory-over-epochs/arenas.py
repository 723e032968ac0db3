# glibc malloc arenas of a running process, from /proc/PID/smaps: each non-main arena heap is a 64 MiB-aligned
# rw-p mapping followed by its ---p reserve (64 MiB in all).
import sys,re
pid=sys.argv[1]
rows=[];cur=None
for l in open(f'/proc/{pid}/smaps'):
    m=re.match(r'^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$',l)
    if m: cur=[int(m[1],16),int(m[2],16),m[3],m[4].strip(),0]; rows.append(cur)
    elif l.startswith('Rss:'): cur[4]=int(l.split()[1])
n=0;arss=0
for i,(s,e,p,nm,r) in enumerate(rows):
    nxt=rows[i+1] if i+1<len(rows) else None
    if not nm and p=='rw-p' and s%(64<<20)==0 and nxt and nxt[0]==e and nxt[2]=='---p' and (nxt[1]-s)==(64<<20):
        n+=1; arss+=r
full=[(s,e,r) for s,e,p,nm,r in rows if not nm and p=='rw-p' and s%(64<<20)==0 and e-s==(64<<20)]
heap=sum(r for s,e,p,nm,r in rows if nm=='[heap]')
anon=sum(r for s,e,p,nm,r in rows if not nm)
print(f"arena heaps {n}+{len(full)} full, their rss {(arss+sum(r for _,_,r in full))/1024:.1f} MiB; main [heap] {heap/1024:.1f} MiB; all anon {anon/1024:.1f} MiB")
