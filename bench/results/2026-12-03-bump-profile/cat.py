import sys, collections
path, reqs = sys.argv[1], int(sys.argv[2])
c=collections.Counter()
for line in open(path):
    s,n=line.rstrip('\n').rsplit(' ',1); fr=s.split(';'); n=int(n)
    if any('Compile' in f or 'C2Compiler' in f or 'Phase' in f for f in fr[:6]): k='jit'
    elif any('GC' in f or 'G1' in f for f in fr[:4]): k='gc'
    elif any('StandardWrapper.service' in f for f in fr): k='servlet'
    elif any('Worker.run' in f for f in fr[:3]): k='worker-other'
    else: k='other:'+fr[0][:40]
    c[k]+=n
for k,v in c.most_common(12): print(f"{v/reqs*1000:8.1f} {k}")
