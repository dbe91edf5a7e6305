#!/usr/bin/python3
"""The shared cloud objects of the real services (ISOTHERM_DEVCLOUD_SERVICES=full), idempotently:
flavors m1.tiny and m1.small, a tiny public image `cirros` (raw bytes: the fake driver boots
nothing), the external network `public` with subnet 172.24.4.0/24 (routers and floating IPs).
Waits first until every API answers and the fake hypervisor is in Nova and Placement.

Usage: full_resources.py TIMEOUT_SECONDS   Prints one line per change.
"""
import sys
import time
import urllib.request

from keystone_api import endpoint, password_auth, request, secrets

FLAVORS = [  # name, id, vcpus, ram MB, disk GB
    ('m1.tiny', '1', 1, 512, 1),
    ('m1.small', '2', 1, 2048, 20),
]
IMAGE_BYTES = b'isotherm devcloud placeholder image\n' * 1024
PUBLIC_CIDR = '172.24.4.0/24'


def ok(answer, what):
    status, body, _ = answer
    if status not in (200, 201, 202, 204):
        sys.exit('full_resources: %s failed: HTTP %s %s' % (what, status, body))
    return body


class Cloud:
    def __init__(self, region):
        self.token, body = password_auth('admin', secrets()['ADMIN_PASSWORD'], project='admin')
        self.url = {t: endpoint(body, t, region).rstrip('/') for t in ('compute', 'network', 'image', 'placement')}

    def call(self, service, method, path, body=None, retries=6):
        return request(method, self.url[service] + path, body, token=self.token, retries=retries)

    def get(self, service, path):
        return ok(self.call(service, 'GET', path), 'GET %s %s' % (service, path))


def wait_ready(cloud, timeout):
    """Every API answers and the fake compute host is registered in Nova and Placement."""
    deadline = time.monotonic() + timeout
    checks = [('network', '/v2.0/agents?binary=neutron-linuxbridge-agent', lambda b: any(a['alive'] for a in b['agents'])),
              ('image', '/v2/images', lambda b: True),
              ('compute', '/os-hypervisors', lambda b: len(b['hypervisors']) > 0),
              ('placement', '/resource_providers', lambda b: len(b['resource_providers']) > 0)]
    last = 'nothing checked yet'
    while True:
        try:
            for service, path, good in checks:
                status, body, _ = cloud.call(service, 'GET', path, retries=0)
                if status != 200 or not good(body):
                    raise RuntimeError('%s GET %s -> HTTP %s %s' % (service, path, status, str(body)[:200]))
            return
        except Exception as err:  # noqa: BLE001 - keep polling until the deadline
            last = str(err)
        if time.monotonic() >= deadline:
            sys.exit('full_resources: the real services did not get ready: ' + last)
        time.sleep(1)


def ensure_flavors(cloud):
    have = {f['name'] for f in cloud.get('compute', '/flavors?is_public=None')['flavors']}
    for name, fid, vcpus, ram, disk in FLAVORS:
        if name not in have:
            ok(cloud.call('compute', 'POST', '/flavors', {'flavor': {
                'name': name, 'id': fid, 'vcpus': vcpus, 'ram': ram, 'disk': disk}}), 'create flavor ' + name)
            print('full_resources: created flavor %s' % name)


def ensure_image(cloud):
    images = cloud.get('image', '/v2/images?name=cirros')['images']
    if any(i['status'] == 'active' for i in images):
        return
    for stale in images:  # an upload interrupted by a killed up
        ok(cloud.call('image', 'DELETE', '/v2/images/' + stale['id']), 'delete stale image')
    image = ok(cloud.call('image', 'POST', '/v2/images', {
        'name': 'cirros', 'disk_format': 'raw', 'container_format': 'bare', 'visibility': 'public'}), 'create image')
    req = urllib.request.Request(cloud.url['image'] + '/v2/images/%s/file' % image['id'], data=IMAGE_BYTES,
                                 method='PUT', headers={'X-Auth-Token': cloud.token,
                                                        'Content-Type': 'application/octet-stream'})
    with urllib.request.urlopen(req, timeout=60) as resp:
        if resp.status != 204:
            sys.exit('full_resources: image upload failed: HTTP %s' % resp.status)
    print('full_resources: uploaded image cirros (%d bytes)' % len(IMAGE_BYTES))


def ensure_public_network(cloud):
    nets = cloud.get('network', '/v2.0/networks?name=public')['networks']
    net = nets[0] if nets else None
    if net is None:
        net = ok(cloud.call('network', 'POST', '/v2.0/networks', {'network': {
            'name': 'public', 'router:external': True, 'shared': False,
            'provider:network_type': 'local'}}), 'create network public')['network']
        print('full_resources: created external network public')
    subnets = cloud.get('network', '/v2.0/subnets?network_id=' + net['id'])['subnets']
    if not subnets:
        ok(cloud.call('network', 'POST', '/v2.0/subnets', {'subnet': {
            'name': 'public-subnet', 'network_id': net['id'], 'ip_version': 4, 'cidr': PUBLIC_CIDR,
            'enable_dhcp': False}}), 'create subnet public-subnet')
        print('full_resources: created subnet public-subnet %s' % PUBLIC_CIDR)


def main():
    cloud = Cloud('RegionOne')
    wait_ready(cloud, float(sys.argv[1]))
    ensure_flavors(cloud)
    ensure_image(cloud)
    ensure_public_network(cloud)


if __name__ == '__main__':
    main()
