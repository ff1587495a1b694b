"""Splits async-profiler's collapsed stacks of Payara booting deploy500-tools into what discovery spent its time on.

Made with: java -agentpath:libasyncProfiler.so=start,event=cpu,interval=500us,cstack=vm,file=payN.collapsed,collapsed
-jar payara-micro-6.2025.10.jar --nohazelcast --deploy deploy500-tools.war (async-profiler 4.1, the jar
tools.profiler:async-profiler:4.1 from Maven Central; cstack=vm shows the JVM's own frames: class loading, linking,
the interpreter's runtime calls, which JFR's execution samples do not see). Only samples under the library's
McpExtension.collect or attachCompletions (the time the "MCP discovery" line reports) are kept in the .gz files.

Usage: python3 categorize.py pay1-discovery.collapsed.gz ...
"""
import collections, gzip, sys

kinds, inclusive, loader = collections.Counter(), collections.Counter(), collections.Counter()
total = 0
for name in sys.argv[1:]:
    for line in gzip.open(name, 'rt'):
        stack, n = line.rsplit(' ', 1)
        n = int(n)
        frames = stack.split(';')
        start = max(i for i, f in enumerate(frames) if 'McpExtension.collect' in f or 'McpExtension.attachCompletions' in f)
        below = frames[start:]
        text = ';'.join(below)
        total += n
        if 'ClassLoader.loadClass' in text or 'SystemDictionary::resolve' in text or 'ClassFileParser' in text or 'defineClass' in text:
            kind = 'class loading (Payara\'s WebappClassLoader and the JVM defining the class)'
        elif 'Verifier' in text or 'link_class' in text or 'Rewriter' in text:
            kind = 'linking and verifying classes'
        elif 'java/lang/invoke' in text or 'MethodHandleNatives' in text or 'resolve_invokedynamic' in text:
            kind = 'invokedynamic: lambdas and string concatenation bootstrapped on first use'
        elif 'InterpreterRuntime' in text or 'LinkResolver' in text or 'ConstantPool' in text:
            kind = 'the interpreter resolving constant-pool entries'
        elif 'reflect' in text or 'getDeclared' in text or 'AnnotationParser' in text:
            kind = 'reflection (annotations, generic types, record components)'
        else:
            kind = 'everything else: the library, JSON-P, Weld, running interpreted or compiled'
        kinds[kind] += n
        for frame in set(f for f in below if f.startswith('dev/jeemcp')):
            inclusive[frame.replace('dev/jeemcp/mcp/cdi/internal/', '')] += n
        hit = [i for i, f in enumerate(below) if 'WebappClassLoader.loadClass' in f]
        if hit:
            path = below[hit[0] + 1:]
            loader['parent-first search (Payara API and connector class loaders)' if any('APIClassLoader' in f or 'ConnectorClassFinder' in f for f in path)
                   else 'define the class (JVM parse)' if any('defineClass' in f for f in path)
                   else 'find the class file in WEB-INF' if any('findResource' in f or 'findClassInternal' in f for f in path)
                   else 'other'] += n

print(f'{total} samples under discovery')
for kind, n in kinds.most_common():
    print(f'{100 * n / total:5.1f} %  {kind}')
print('\nclass loading through WebappClassLoader, by what it does:')
for kind, n in loader.most_common():
    print(f'{100 * n / total:5.1f} %  {kind}')
print('\nthe library\'s methods, inclusive:')
for frame, n in inclusive.most_common(25):
    print(f'{100 * n / total:5.1f} %  {frame}')
