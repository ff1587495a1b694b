import sys, collections, re
path, own, reqs = sys.argv[1], sys.argv[2], int(sys.argv[3])
total=0; inown=0; frames_incl=collections.Counter(); top=collections.Counter()
wrk_thread=0
for line in open(path):
    stack, n = line.rstrip('\n').rsplit(' ',1); n=int(n); total+=n
    fr = stack.split(';')
    idx = [i for i,f in enumerate(fr) if re.search(own,f)]
    if idx:
        inown+=n
        sub = fr[idx[0]:]
        for f in set(sub): frames_incl[f]+=n
print(f"total {total} samples, {total/reqs*1000:.1f} per 1000 req; own {inown} ({100*inown/total:.1f}%), {inown/reqs*1000:.1f} per 1000 req")
for f,n in frames_incl.most_common(int(sys.argv[4]) if len(sys.argv)>4 else 60):
    print(f"{n/reqs*1000:7.2f}  {100*n/inown:5.1f}%  {f[:150]}")
