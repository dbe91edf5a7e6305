#!/usr/bin/python3
"""Wait until Keystone gives the demo user a token and every region's Heat answers GET /stacks.

Usage: ready.py TIMEOUT_SECONDS REGION...   (TIMEOUT 0: check once)
Prints "REGION URL" per region on success; exits 1 with the last error otherwise, and 2 at
once when Keystone answers but rejects the demo user (identity objects need repair).
"""
import sys
import time

from keystone_api import IdentityProblem, endpoint, password_auth, request, secrets


def check(regions):
    s = secrets()
    token, body = password_auth('demo', s['DEMO_PASSWORD'], project='demo')
    urls = {}
    for region in regions:
        url = endpoint(body, 'orchestration', region)
        status, answer, _ = request('GET', url + '/stacks', token=token, retries=0, timeout=10)
        if status != 200:
            raise RuntimeError('%s: GET %s/stacks -> HTTP %s %s' % (region, url, status, answer))
        urls[region] = url
    return urls


def main():
    timeout = float(sys.argv[1])
    regions = sys.argv[2:]
    deadline = time.monotonic() + timeout
    while True:
        try:
            for region, url in check(regions).items():
                print(region, url)
            return 0
        except IdentityProblem as err:
            print('not ready: %s' % err, file=sys.stderr)
            return 2
        except Exception as err:  # noqa: BLE001 - keep polling until the deadline
            if time.monotonic() >= deadline:
                print('not ready: %s' % err, file=sys.stderr)
                return 1
            time.sleep(0.3)


if __name__ == '__main__':
    sys.exit(main())
