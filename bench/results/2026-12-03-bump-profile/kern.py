import sys, collections
path, reqs = sys.argv[1], int(sys.argv[2])
c=collections.Counter(); t=0
for line in open(path):
    s,n=line.rstrip('\n').rsplit(' ',1); fr=s.split(';'); n=int(n)
    if not fr[-1].endswith('_[k]'): continue
    t+=n
    # nearest java frame with a slash
    j=[f for f in fr if '/' in f]
    key=' < '.join(x.split('/')[-1][:50] for x in j[-3:][::-1]) if j else fr[0]
    c[key]+=n
print("kernel per req us", t/reqs*1000)
for k,v in c.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 30): print(f"{v/reqs*1000:8.1f} {k}")
