import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listClouds, resolveCloud } from './cloudConfig';
import { authBody, identityV3Url } from './keystone';
import { scrubSecrets } from './scrub';
import { OpenStackError } from './errors';

async function dirs() {
  const root = await mkdtemp(join(tmpdir(), 'iso-clouds-'));
  const cwd = join(root, 'cwd');
  const home = join(root, 'home');
  await mkdir(cwd, { recursive: true });
  await mkdir(join(home, '.config', 'openstack'), { recursive: true });
  return { root, cwd, home };
}

describe('clouds.yaml resolution', () => {
  it('merges secure.yaml over clouds.yaml from ~/.config/openstack and applies domain defaults', async () => {
    const { cwd, home } = await dirs();
    await writeFile(
      join(home, '.config/openstack/clouds.yaml'),
      'clouds:\n  c1:\n    auth:\n      auth_url: http://k:5000\n      username: u\n      project_name: p\n      domain_name: D\n    region_name: R1\n    verify: false\n',
    );
    await writeFile(
      join(home, '.config/openstack/secure.yaml'),
      'clouds:\n  c1:\n    auth:\n      password: s3cret-pass\n',
    );
    const c = await resolveCloud({ cloud: 'c1', env: {}, cwd, home });
    expect(c.auth).toMatchObject({
      auth_url: 'http://k:5000',
      username: 'u',
      password: 's3cret-pass',
      user_domain_name: 'D',
      project_domain_name: 'D',
    });
    expect(c.auth.domain_name).toBeUndefined();
    expect(c.verify).toBe(false);
    expect(c.regionName).toBe('R1');
    expect(authBody(c)).toEqual({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'u', domain: { name: 'D' }, password: 's3cret-pass' } },
        },
        scope: { project: { name: 'p', domain: { name: 'D' } } },
      },
    });
  });

  it('prefers OS_CLIENT_CONFIG_FILE, then ./clouds.yaml', async () => {
    const { root, cwd, home } = await dirs();
    await writeFile(
      join(cwd, 'clouds.yaml'),
      'clouds:\n  local: {auth: {auth_url: "http://a/v3", token: t0k3nvalue}}\n',
    );
    const explicit = join(root, 'x.yaml');
    await writeFile(
      explicit,
      'clouds:\n  other: {auth_type: v3applicationcredential, auth: {auth_url: "http://b", application_credential_id: id1, application_credential_secret: sec}}\n',
    );
    expect((await listClouds({ env: {}, cwd, home })).names).toEqual(['local']);
    const tokenCloud = await resolveCloud({ cloud: 'local', env: {}, cwd, home });
    expect(tokenCloud.authType).toBe('token');
    const app = await resolveCloud({
      cloud: 'other',
      env: { OS_CLIENT_CONFIG_FILE: explicit },
      cwd,
      home,
    });
    expect(app.authType).toBe('application_credential');
    expect(authBody(app)).toEqual({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: { id: 'id1', secret: 'sec' },
        },
      },
    });
  });

  it('builds the envvars cloud from OS_* and names unknown clouds in the error', async () => {
    const { cwd, home } = await dirs();
    const env = {
      OS_AUTH_URL: 'http://k:5000/v3',
      OS_USERNAME: 'u',
      OS_PASSWORD: 'pw-value',
      OS_PROJECT_NAME: 'p',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_DOMAIN_NAME: 'Default',
      OS_REGION_NAME: 'R2',
    };
    const c = await resolveCloud({ env, cwd, home });
    expect(c.name).toBe('envvars');
    expect(c.regionName).toBe('R2');
    await expect(resolveCloud({ cloud: 'nope', env: {}, cwd, home })).rejects.toMatchObject({
      code: 'E_CLOUD_NOT_FOUND',
    });
  });
});

describe('secrets', () => {
  it('scrubs tokens, passwords and known values from messages', () => {
    const msg = scrubSecrets(
      'X-Auth-Token: gAAAAAbc123 {"password": "hunter22"} http://u:pw@host/ the-secret-value',
      ['the-secret-value'],
    );
    expect(msg).not.toMatch(/gAAAAAbc123|hunter22|:pw@|the-secret-value/);
    const e = new OpenStackError('E_AUTH_FAILED', 'refused hunter22', {}, ['hunter22']);
    expect(e.message).toBe('refused ***');
  });

  it('normalizes identity URLs', () => {
    expect(identityV3Url('http://k:5000')).toBe('http://k:5000/v3');
    expect(identityV3Url('http://k:5000/v3/')).toBe('http://k:5000/v3');
    expect(identityV3Url('http://k:5000/v2.0')).toBe('http://k:5000/v3');
  });
});
