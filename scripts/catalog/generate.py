#!/usr/bin/python3
"""Snapshot a real Heat's resource type schemas into assets/catalog/ (run by generate.sh).

heat-zed.json: every type Heat's API lists for the devcloud's admin (with placeholder
endpoints for absent services), each body exactly as `GET resource_types/{type}` returns it,
plus the types Heat still hides there (extension-gated Neutron types, ..., and the types whose
support status is HIDDEN: never listed, still accepted) computed by Heat's own code
(heat_schemas.py). Each entry says where it came from in "x-isotherm-source"; "x-isotherm-support"
gives the support status of its properties (by path, list items as "*") and attributes wherever it
is not SUPPORTED, and "x-isotherm-hidden" the schemas of the HIDDEN ones the API leaves out.
constraints.json: every custom_constraint name in the snapshot -> the resource types whose
instances satisfy it (hand-maintained in constraint-targets.json).
Usage: generate.py OUTPUT_DIR
"""
import json
import os
import re
import subprocess
import sys
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'devcloud'))
from keystone_api import endpoint, password_auth, request, secrets  # noqa: E402

MUST_COVER = ['OS::Heat::', 'OS::Keystone::', 'OS::Nova::', 'OS::Neutron::', 'OS::Cinder::',
              'OS::Octavia::', 'OS::Designate::', 'OS::Swift::', 'OS::Barbican::']
SOURCE = 'x-isotherm-source'
SUPPORT = 'x-isotherm-support'  # support status of properties (by path) and attributes, when not SUPPORTED
HIDDEN = 'x-isotherm-hidden'  # schemas of the HIDDEN properties and attributes the API leaves out


def say(msg):
    print('catalog: ' + msg, file=sys.stderr)


def heat_version():
    version = subprocess.run(['dpkg-query', '-W', '-f=${Version}', 'python3-heat'],
                             capture_output=True, text=True, check=True).stdout
    return re.match(r'(?:\d+:)?([0-9.]+)', version).group(1)  # 1:19.0.0-3 -> 19.0.0


def from_api():
    token, body = password_auth('admin', secrets()['ADMIN_PASSWORD'], project='admin')
    heat = endpoint(body, 'orchestration', 'RegionOne')

    def get(path):
        status, answer, _ = request('GET', heat + path, token=token)
        if status != 200:
            sys.exit('catalog: GET %s -> HTTP %s %s' % (path, status, answer))
        return answer

    # Heat 19 ignores ?with_description=true on resource_types/{type} (the route passes no query
    # parameters), so the description comes from the listing, which honours it. Same getdoc() text.
    described = {t['resource_type']: t['description']
                 for t in get('/resource_types?with_description=true')['resource_types']}
    names = sorted(described)
    with ThreadPoolExecutor(4) as pool:
        bodies = pool.map(lambda n: get('/resource_types/%s?with_description=true'
                                        % urllib.parse.quote(n, safe=':')), names)
        types = dict(zip(names, bodies))
    for name, body in types.items():
        body.setdefault('description', described[name])
    return get('/template_versions')['template_versions'], types


def from_python():
    run = subprocess.run(['/usr/bin/python3', os.path.join(HERE, 'heat_schemas.py')],
                         capture_output=True, text=True)
    if run.returncode:
        sys.exit('catalog: heat_schemas.py failed:\n' + run.stderr[-3000:])
    return json.loads(run.stdout)


def constraint_names(node, found):
    if isinstance(node, dict):
        if isinstance(node.get('custom_constraint'), str):
            found.add(node['custom_constraint'])
        for value in node.values():
            constraint_names(value, found)
    elif isinstance(node, list):
        for value in node:
            constraint_names(value, found)
    return found


def write_json(path, data):
    with open(path + '.new', 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write('\n')
    os.replace(path + '.new', path)


def main():
    out_dir = sys.argv[1]
    versions, api = from_api()
    computed = from_python()
    python = computed['types']
    say('Heat API lists %d types; Heat code knows %d' % (len(api), len(python)))

    # The Python path must give the API's exact bodies wherever both exist.
    differ = [n for n in api if n in python and api[n] != python[n]]
    if differ:
        sys.exit('catalog: heat_schemas.py disagrees with the API for %d types, e.g. %s' % (len(differ), differ[:5]))

    types = {}
    for name in sorted(set(api) | set(python)):
        body = dict(api[name]) if name in api else dict(python[name])
        body[SOURCE] = 'heat-api' if name in api else 'heat-python'
        if name in computed['support']:
            body[SUPPORT] = computed['support'][name]
        if name in computed['hidden']:
            body[HIDDEN] = computed['hidden'][name]
        types[name] = body
    missing = [p for p in MUST_COVER if not any(n.startswith(p) for n in types)]
    if missing:
        sys.exit('catalog: no types for ' + ', '.join(missing))

    snapshot = {'generatedBy': 'scripts/catalog/generate.sh', 'heatVersion': heat_version(),
                'templateVersions': versions, 'types': types}
    write_json(os.path.join(out_dir, 'heat-zed.json'), snapshot)

    with open(os.path.join(HERE, 'constraint-targets.json'), encoding='utf-8') as f:
        targets = {k: v for k, v in json.load(f).items() if not k.startswith('//')}
    seen = constraint_names(types, set())
    unknown = sorted(seen - set(targets))
    if unknown:
        say('WARNING: constraints not in constraint-targets.json (listed with no type): ' + ', '.join(unknown))
    bad = sorted({t for name in seen for t in targets.get(name, []) if t not in types})
    if bad:
        sys.exit('catalog: constraint-targets.json names types missing from the snapshot: ' + ', '.join(bad))
    unused = sorted(set(targets) - seen)
    if unused:
        say('note: constraint-targets.json entries no type uses (left out): ' + ', '.join(unused))
    write_json(os.path.join(out_dir, 'constraints.json'),
               {name: sorted(targets.get(name, [])) for name in sorted(seen)})

    by_source = {}
    for body in types.values():
        by_source[body[SOURCE]] = by_source.get(body[SOURCE], 0) + 1
    say('wrote %s/heat-zed.json: %d types (%s), %d template versions; constraints.json: %d names'
        % (out_dir, len(types), ', '.join('%s %d' % kv for kv in sorted(by_source.items())),
           len(versions), len(seen)))


if __name__ == '__main__':
    main()
