#!/usr/bin/python3
"""Create the devcloud's identity objects through Keystone's REST API, idempotently.

Reads everything in bulk first, then creates only what is missing and prints one
line per change. Usage: identity.py RegionOne=8004 RegionTwo=8014 [placeholder port]
[real:TYPE:NAME:USER=URL ...]: a service that runs here (ISOTHERM_DEVCLOUD_SERVICES=full), the same
URL in every region, plus its service user (admin on project service; password SERVICE_PASSWORD).
"""
import sys
from concurrent.futures import ThreadPoolExecutor

from keystone_api import KEYSTONE, password_auth, request, secrets

# Services that do not run here: a placeholder endpoint on a closed local port makes Heat
# list (and validate) their resource types. Never add identity/orchestration/cloudformation.
PLACEHOLDERS = [
    ('compute', 'nova'), ('network', 'neutron'), ('volumev3', 'cinderv3'),
    ('block-storage', 'cinder'), ('image', 'glance'), ('load-balancer', 'octavia'),
    ('dns', 'designate'), ('object-store', 'swift'), ('key-manager', 'barbican'),
    ('sharev2', 'manila'), ('workflowv2', 'mistral'), ('messaging', 'zaqar'),
    ('alarming', 'aodh'), ('container-infra', 'magnum'), ('data-processing', 'sahara'),
    ('clustering', 'senlin'), ('database', 'trove'), ('container', 'zun'),
    ('monitoring', 'monasca'), ('baremetal', 'ironic'), ('reservation', 'blazar'),
    ('rca', 'vitrage'),
]
INTERFACES = ('public', 'internal', 'admin')  # for identity and orchestration

changes = []


def ok(status, body, _headers, what):
    if status not in (200, 201, 204):
        sys.exit('identity: %s failed: HTTP %s %s' % (what, status, body))
    return body


class Identity:
    def __init__(self, token):
        self.token = token

    def call(self, method, path, body=None):
        return request(method, KEYSTONE + path, body, token=self.token)

    def listing(self, collection):
        return ok(*self.call('GET', '/' + collection), collection)[collection]

    def create(self, collection, kind, body, label):
        created = ok(*self.call('POST', '/' + collection, {kind: body}), 'create ' + label)[kind]
        changes.append((kind, 'created %s %s' % (kind, label)))
        return created

    def ensure(self, existing, collection, kind, body, match=('name',)):
        for obj in existing:
            if all(obj.get(k) == body.get(k) for k in match):
                return obj
        obj = self.create(collection, kind, body, body.get('name') or body.get('id') or body.get('type'))
        existing.append(obj)
        return obj


def main():
    regions = dict(arg.split('=') for arg in sys.argv[1:] if '=' in arg and not arg.startswith('real:'))
    real = [(arg[5:].split('=', 1)[0].split(':'), arg.split('=', 1)[1])
            for arg in sys.argv[1:] if arg.startswith('real:')]
    real_types = {stype for (stype, _, _), _ in real}
    placeholder_port = next((a for a in sys.argv[1:] if a.isdigit()), '9')
    s = secrets()
    token, _ = password_auth('admin', s['ADMIN_PASSWORD'], project='admin')
    ks = Identity(token)
    pool = ThreadPoolExecutor(3)  # keystone runs 3 single-threaded workers

    names = ('domains', 'projects', 'roles', 'users', 'role_assignments', 'regions', 'services', 'endpoints')
    have = dict(zip(names, pool.map(ks.listing, names)))

    heat_domain = ks.ensure(have['domains'], 'domains', 'domain', {
        'name': 'heat', 'description': 'Owns the users and projects Heat creates for stacks'})
    proj = {name: ks.ensure(have['projects'], 'projects', 'project',
                            {'name': name, 'domain_id': 'default'}, ('name', 'domain_id'))
            for name in ('service', 'demo')}
    role = {name: ks.ensure(have['roles'], 'roles', 'role', {'name': name})
            for name in ('admin', 'member', 'heat_stack_owner', 'heat_stack_user', 'load-balancer_member')}
    for region in regions:
        ks.ensure(have['regions'], 'regions', 'region', {'id': region}, ('id',))

    def ensure_user(name, domain_id, password):
        found = [u for u in have['users'] if u['name'] == name and u['domain_id'] == domain_id]
        if not found:
            return ks.create('users', 'user', {'name': name, 'domain_id': domain_id, 'password': password}, name)
        status, _, _ = request('POST', KEYSTONE + '/auth/tokens', {'auth': {'identity': {
            'methods': ['password'], 'password': {'user': {'id': found[0]['id'], 'password': password}}}}})
        if status != 201:  # the state folder's secrets.env wins over whatever the database holds
            ok(*ks.call('PATCH', '/users/' + found[0]['id'], {'user': {'password': password}}),
               'reset password of ' + name)
            changes.append(('password reset', 'reset password of user %s' % name))
        return found[0]

    wanted_users = [('heat', 'default', s['HEAT_PASSWORD']),
                    ('demo', 'default', s['DEMO_PASSWORD']),
                    ('heat_domain_admin', heat_domain['id'], s['HEAT_DOMAIN_ADMIN_PASSWORD'])]
    wanted_users += [(uname, 'default', s['SERVICE_PASSWORD']) for (_, _, uname), _ in real]
    user = dict(zip([u[0] for u in wanted_users], pool.map(ensure_user, *zip(*wanted_users))))

    granted = {(a['user']['id'], a['role']['id'], a['scope'].get('project', a['scope'].get('domain', {})).get('id'))
               for a in have['role_assignments'] if 'user' in a}
    for scope, scope_id, uname, rname in [
            ('projects', proj['service']['id'], 'heat', 'admin'),
            ('projects', proj['demo']['id'], 'demo', 'member'),
            ('projects', proj['demo']['id'], 'demo', 'heat_stack_owner'),
            # Octavia's default policy wants this role for a project's own load balancers
            ('projects', proj['demo']['id'], 'demo', 'load-balancer_member'),
            ('domains', heat_domain['id'], 'heat_domain_admin', 'admin')] + [
            ('projects', proj['service']['id'], uname, 'admin') for (_, _, uname), _ in real]:
        if (user[uname]['id'], role[rname]['id'], scope_id) not in granted:
            ok(*ks.call('PUT', '/%s/%s/users/%s/roles/%s' % (scope, scope_id, user[uname]['id'], role[rname]['id'])),
               'grant ' + rname)
            changes.append(('role assignment', 'granted %s to %s on %s %s' % (rname, uname, scope[:-1], scope_id)))

    wanted = [('identity', 'keystone', INTERFACES, lambda r: 'http://127.0.0.1:5000/v3'),
              ('orchestration', 'heat', INTERFACES,
               lambda r: 'http://127.0.0.1:%s/v1/%%(tenant_id)s' % regions[r])]
    # Heat looks up public endpoints only ([clients] endpoint_type = publicURL).
    wanted += [(stype, name, INTERFACES, lambda r, u=url: u) for (stype, name, _), url in real]
    wanted += [(stype, name, ('public',), lambda r, t=stype: 'http://127.0.0.1:%s/%s' % (placeholder_port, t))
               for stype, name in PLACEHOLDERS if stype not in real_types]
    svcs = list(pool.map(lambda w: ks.ensure(have['services'], 'services', 'service',
                                             {'type': w[0], 'name': w[1]}, ('type',)), wanted))
    endpoints = {(e['service_id'], e['region_id'], e['interface']): e for e in have['endpoints']}

    def ensure_endpoint(svc, stype, region, interface, url):
        ep = endpoints.get((svc['id'], region, interface))
        if ep is None:
            ok(*ks.call('POST', '/endpoints', {'endpoint': {
                'service_id': svc['id'], 'region_id': region, 'interface': interface, 'url': url}}),
               'create endpoint %s %s %s' % (stype, region, interface))
            changes.append(('endpoint', 'created endpoint %s %s %s' % (stype, region, interface)))
        elif ep['url'] != url:
            ok(*ks.call('PATCH', '/endpoints/' + ep['id'], {'endpoint': {'url': url}}), 'fix endpoint')
            changes.append(('endpoint update', 'updated endpoint %s %s %s -> %s' % (stype, region, interface, url)))

    list(pool.map(lambda a: ensure_endpoint(*a), [
        (svc, stype, region, interface, url_of(region))
        for svc, (stype, _, interfaces, url_of) in zip(svcs, wanted)
        for region in regions for interface in interfaces]))

    if len(changes) <= 6:
        for _, line in changes:
            print('identity: ' + line)
    else:
        kinds = {}
        for kind, _ in changes:
            kinds[kind] = kinds.get(kind, 0) + 1
        print('identity: created/updated ' + ', '.join('%s: %d' % (k, n) for k, n in kinds.items()))
    print('identity: %d change(s)' % len(changes))


if __name__ == '__main__':
    main()
