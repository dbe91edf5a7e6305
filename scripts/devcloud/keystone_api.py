"""Tiny Keystone/Heat REST helper for the devcloud scripts (stdlib only, /usr/bin/python3)."""
import json
import os
import time
import urllib.error
import urllib.request

KEYSTONE = 'http://127.0.0.1:5000/v3'
STATE = os.path.realpath(os.environ.get('ISOTHERM_DEVCLOUD_DIR') or '/var/lib/isotherm-devcloud')


class IdentityProblem(RuntimeError):
    """Keystone answers, but the user is rejected or an endpoint is missing."""


def secrets():
    values = {}
    with open(os.path.join(STATE, 'secrets.env')) as f:
        for line in f:
            key, sep, value = line.strip().partition('=')
            if sep:
                values[key] = value
    return values


def request(method, url, body=None, token=None, retries=6, timeout=60):
    """Return (status, parsed body or None, headers). Retries connection resets and
    5xx answers: uwsgi closes every connection (pitfall 3) and services may be starting."""
    data = json.dumps(body).encode() if body is not None else None
    headers = {'Accept': 'application/json', 'Connection': 'close'}
    if data is not None:
        headers['Content-Type'] = 'application/json'
    if token:
        headers['X-Auth-Token'] = token
    for attempt in range(retries + 1):
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                status, raw, hdrs = resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as err:
            status, raw, hdrs = err.code, err.read(), err.headers
        except (OSError, urllib.error.URLError) as err:
            if attempt == retries:
                raise RuntimeError('%s %s: %s' % (method, url, err)) from err
            time.sleep(0.5)
            continue
        if status >= 500 and attempt < retries:
            time.sleep(0.5)
            continue
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        return status, parsed, hdrs
    raise AssertionError('unreachable')


def password_auth(user, password, project=None, user_domain='Default', project_domain='Default'):
    """Return (token, token body) or raise."""
    auth = {'identity': {'methods': ['password'], 'password': {
        'user': {'name': user, 'domain': {'name': user_domain}, 'password': password}}}}
    if project:
        auth['scope'] = {'project': {'name': project, 'domain': {'name': project_domain}}}
    status, body, headers = request('POST', KEYSTONE + '/auth/tokens', {'auth': auth})
    if status != 201:
        error = IdentityProblem if status == 401 else RuntimeError
        raise error('password auth of %s failed: HTTP %s %s' % (user, status, body))
    return headers['X-Subject-Token'], body['token']


def endpoint(token_body, service_type, region, interface='public'):
    for svc in token_body.get('catalog', []):
        if svc['type'] == service_type:
            for ep in svc['endpoints']:
                if ep['region_id'] == region and ep['interface'] == interface:
                    return ep['url']
    raise IdentityProblem('no %s %s endpoint for %s in the catalog' % (interface, service_type, region))
