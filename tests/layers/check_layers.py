"""Checks the runtime's layers from its include graph (`make check-layers`).

runtime/src/<layer>/ holds each layer; LAYERS lists them from the bottom up, and PUBLIC says which
layer each public header (runtime/include/apic/) belongs to. It fails when:
- a file includes a header of a higher layer (private or public), or the umbrella apic/apic.h;
- a private include is not written as "<layer>/<file>.h", or names a file that does not exist;
- a public header includes a public header of a higher layer;
- modules include each other in a circle. A module is a private header with the .c files named
  like it (x.h or x_internal.h, x.c and x_*.c that have no header of their own); a public header
  apic/x.h leads to the module x of its layer when there is one.
With --summary it prints each layer's files and lines (the README's diagram and closing notes).
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'runtime')

LAYERS = ['base', 'codec', 'http', 'log', 'delivery', 'events']
PUBLIC = {
    'export.h': 'base', 'version.h': 'base', 'error.h': 'base', 'buf.h': 'base', 'ids.h': 'base', 'cache.h': 'base',
    'desc.h': 'codec', 'codec.h': 'codec', 'validate.h': 'codec', 'body.h': 'codec',
    'operation.h': 'http', 'url.h': 'http', 'transport.h': 'http', 'sign.h': 'http', 'sse.h': 'http',
    'retry.h': 'http', 'request.h': 'http', 'webhook.h': 'http',
    'log.h': 'log',
    'dead_letter.h': 'delivery', 'client.h': 'delivery', 'queue.h': 'delivery', 'bulk.h': 'delivery',
    'session.h': 'delivery', 'flags.h': 'delivery', 'pager.h': 'delivery', 'async.h': 'delivery',
    'events.h': 'events', 'topics.h': 'events', 'webhook_receive.h': 'events', 'pusher.h': 'events',
}
UMBRELLA = 'apic.h'
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def read(path):
    with open(path) as f:
        return f.read()


def rank(layer):
    return LAYERS.index(layer)


def stem(name):
    base = name.rsplit('.', 1)[0]
    return base[:-len('_internal')] if base.endswith('_internal') else base


def module_of(layer, name, headers):
    """The module a private file belongs to: its own header's, else the longest header stem
    that prefixes its name, else its own name."""
    own = stem(name)
    if own in headers:
        return layer + '/' + own
    parts = own.split('_')
    for cut in range(len(parts) - 1, 0, -1):
        prefix = '_'.join(parts[:cut])
        if prefix in headers:
            return layer + '/' + prefix
    return layer + '/' + own


def find_cycle(graph):
    """A list of nodes forming a circle, or None (depth-first search, deterministic order)."""
    state, stack = {}, []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def check(problems, root=ROOT):
    src, inc_dir = os.path.join(root, 'src'), os.path.join(root, 'include', 'apic')
    folders = sorted(d for d in os.listdir(src) if os.path.isdir(os.path.join(src, d)))
    for d in folders:
        if d not in LAYERS:
            problems.append('runtime/src/%s: not a layer (add it to LAYERS in %s)' % (d, __file__))
    for f in sorted(os.listdir(src)):
        if os.path.isfile(os.path.join(src, f)):
            problems.append('runtime/src/%s: every source file belongs in a layer folder' % f)
    for h in sorted(os.listdir(inc_dir)):
        if h != UMBRELLA and h not in PUBLIC:
            problems.append('runtime/include/apic/%s: give it a layer in PUBLIC (%s)' % (h, __file__))

    graph = {}
    headers_of = {layer: {stem(f) for f in os.listdir(os.path.join(src, layer)) if f.endswith('.h')}
                  for layer in LAYERS if os.path.isdir(os.path.join(src, layer))}

    def public_node(h):
        layer = PUBLIC[h]
        own = stem(h)
        if os.path.exists(os.path.join(src, layer, own + '.c')) or own in headers_of.get(layer, ()):
            return layer + '/' + own
        return 'apic/' + h

    for h in sorted(PUBLIC):
        path = os.path.join(inc_dir, h)
        if not os.path.exists(path):
            continue
        for inc in INCLUDE.findall(read(path)):
            if inc not in PUBLIC:
                problems.append('apic/%s includes "%s", which is not a public header with a layer' % (h, inc))
            elif rank(PUBLIC[inc]) > rank(PUBLIC[h]):
                problems.append('apic/%s (%s) includes apic/%s of the higher layer %s' % (h, PUBLIC[h], inc, PUBLIC[inc]))
            else:
                graph.setdefault(public_node(h), set()).add(public_node(inc))

    for layer in LAYERS:
        folder = os.path.join(src, layer)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(('.c', '.h')):
                continue
            where = '%s/%s' % (layer, name)
            node = module_of(layer, name, headers_of[layer])
            graph.setdefault(node, set())
            for inc in INCLUDE.findall(read(os.path.join(folder, name))):
                if inc.startswith('apic/'):
                    h = inc[len('apic/'):]
                    if h == UMBRELLA:
                        problems.append('%s includes apic/apic.h: include the public headers it uses' % where)
                        continue
                    if h not in PUBLIC:
                        problems.append('%s includes unknown public header %s' % (where, inc))
                        continue
                    if rank(PUBLIC[h]) > rank(layer):
                        problems.append('%s (%s) includes %s of the higher layer %s' % (where, layer, inc, PUBLIC[h]))
                    target = public_node(h)
                else:
                    parts = inc.split('/')
                    if len(parts) != 2 or parts[0] not in LAYERS:
                        problems.append('%s includes "%s": write private includes as "<layer>/<file>.h"' % (where, inc))
                        continue
                    if not os.path.exists(os.path.join(src, inc)):
                        problems.append('%s includes "%s", which does not exist' % (where, inc))
                        continue
                    if rank(parts[0]) > rank(layer):
                        problems.append('%s (%s) includes %s of the higher layer %s' % (where, layer, inc, parts[0]))
                    target = module_of(parts[0], parts[1], headers_of[parts[0]])
                if target != node:
                    graph[node].add(target)

    cycle = find_cycle(graph)
    if cycle:
        problems.append('modules include each other in a circle: ' + ' -> '.join(cycle))
    return graph


def summary(root=ROOT):
    src = os.path.join(root, 'src')
    total = 0
    for layer in reversed(LAYERS):
        folder = os.path.join(src, layer)
        names = sorted(n for n in os.listdir(folder) if n.endswith(('.c', '.h')))
        lines = sum(read(os.path.join(folder, n)).count('\n') for n in names)
        total += lines
        print('%-9s %2d files %6d lines  %s' % (layer, len(names), lines, ' '.join(n for n in names if n.endswith('.c'))))
    print('%-9s %6s       %6d lines' % ('total', '', total))


def main():
    args = sys.argv[1:]
    root = args[args.index('--root') + 1] if '--root' in args else ROOT
    problems = []
    graph = check(problems, root)
    if '--summary' in args:
        summary(root)
    for p in problems:
        print('check-layers: ' + p, file=sys.stderr)
    if problems:
        return 1
    edges = sum(len(v) for v in graph.values())
    print('check-layers: %d modules, %d include edges, layers %s: no upward include, no circle'
          % (len(graph), edges, ' < '.join(LAYERS)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
