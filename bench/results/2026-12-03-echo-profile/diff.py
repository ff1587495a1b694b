import sys, collections
def incl(path):
    c=collections.Counter(); total=0
    for line in open(path):
        stack, n = line.rstrip('\n').rsplit(' ',1); n=int(n); total+=n
        for f in set(stack.split(';')): c[f]+=n
    return c,total
a,ta=incl(sys.argv[1]); b,tb=incl(sys.argv[2]); ra=int(sys.argv[3]); rb=int(sys.argv[4])
print("total per 1000 req", ta/ra*1000, tb/rb*1000)
keys=set(a)|set(b)
d=sorted(keys, key=lambda k: -(a[k]/ra-b[k]/rb))
for k in d[:70]:
    print(f"{(a[k]/ra-b[k]/rb)*1000:8.2f} {a[k]/ra*1000:8.2f} {b[k]/rb*1000:8.2f}  {k[:140]}")
print('...')
for k in d[-25:]:
    print(f"{(a[k]/ra-b[k]/rb)*1000:8.2f} {a[k]/ra*1000:8.2f} {b[k]/rb*1000:8.2f}  {k[:140]}")
