import sys, collections, re
path, root, reqs, thr = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
tree = {}
def add(node, frames, n):
    node.setdefault('#',0); node['#'] = node['#'] + n
    if frames:
        add(node.setdefault(frames[0], {}), frames[1:], n)
top={}
for line in open(path):
    s,n=line.rstrip('\n').rsplit(' ',1); fr=s.split(';')
    idx=[i for i,f in enumerate(fr) if root in f]
    if idx: add(top, [f.split('/')[-1] for f in fr[idx[0]+1:]], int(n))
def pr(node, depth, name):
    v=node['#']/reqs*1000
    if v < thr: return
    print(f"{v:7.2f} {'  '*depth}{name[:110]}")
    for k,ch in sorted(((k,c) for k,c in node.items() if k!='#'), key=lambda kv:-kv[1]['#']):
        pr(ch, depth+1, k)
pr(top,0,root)
