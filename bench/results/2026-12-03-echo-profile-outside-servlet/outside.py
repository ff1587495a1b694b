import sys, collections, re
# outside.py a.collapsed b.collapsed ra rb: per-request inclusive samples of frames in request threads, outside the servlets
def incl(path):
    c=collections.Counter(); t=0
    for line in open(path):
        s,n=line.rstrip('\n').rsplit(' ',1); n=int(n); fr=s.split(';')
        if 'AbstractThreadPool$Worker' not in s: continue
        cut=[i for i,f in enumerate(fr) if f.endswith('McpServlet.doPost')]
        if cut: fr=fr[:cut[0]]+['<servlet>']
        t+=n
        for f in set(fr): c[f]+=n
    return c,t
a,ta=incl(sys.argv[1]); b,tb=incl(sys.argv[2]); ra=int(sys.argv[3]); rb=int(sys.argv[4])
print(f"request threads per 1000 req: {ta/ra*1000:.1f} {tb/rb*1000:.1f}")
keys=set(a)|set(b)
d=sorted(keys, key=lambda k: -(a[k]/ra-b[k]/rb))
for k in d[:45]: print(f"{(a[k]/ra-b[k]/rb)*1000:8.2f} {a[k]/ra*1000:8.2f} {b[k]/rb*1000:8.2f}  {k[:120]}")
print('...')
for k in d[-30:]: print(f"{(a[k]/ra-b[k]/rb)*1000:8.2f} {a[k]/ra*1000:8.2f} {b[k]/rb*1000:8.2f}  {k[:120]}")
