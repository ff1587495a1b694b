import sys, collections
path, reqs = sys.argv[1], int(sys.argv[2])
c=collections.Counter(); t=0
for line in open(path):
    s,n=line.rstrip('\n').rsplit(' ',1); fr=s.split(';'); n=int(n); t+=n
    c[fr[-1][:120]]+=n
print("total per req", t/reqs)
for k,v in c.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 30): print(f"{v/reqs*1000:8.1f} {k}")
