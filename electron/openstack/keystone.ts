/**
 * Keystone v3 authentication: password, token or application credential; project, domain or no
 * scope. The token comes back in `X-Subject-Token`, with the service catalog in the body.
 */
import type { Dispatcher } from 'undici';
import type { AuthSettings, CloudConfig } from './cloudConfig';
import { secretsOf } from './cloudConfig';
import { OpenStackError } from './errors';
import { headerValue, sendOnce } from './http';
import { DEFAULT_RETRY, withRetries, type RetryPolicy } from './retry';
import type { CatalogEntry } from './serviceCatalog';

export interface Token {
  /** The token itself: never log it, never put it in an error or an event. */
  value: string;
  /** ms since epoch. */
  expiresAt: number;
  projectId?: string;
  userId?: string;
  catalog: CatalogEntry[];
}

/** `http://host:5000`, `.../v3/` or `.../v2.0` -> `http://host:5000/v3`. */
export function identityV3Url(authUrl: string): string {
  const trimmed = authUrl.replace(/\/+$/, '');
  if (/\/v3$/.test(trimmed)) return trimmed;
  if (/\/v2\.0$/.test(trimmed)) return trimmed.replace(/\/v2\.0$/, '/v3');
  return `${trimmed}/v3`;
}

function domainOf(id: string | undefined, name: string | undefined): Record<string, string> {
  if (id !== undefined) return { id };
  if (name !== undefined) return { name };
  return { id: 'default' };
}

function userOf(a: AuthSettings): Record<string, unknown> {
  if (a.user_id !== undefined) return { id: a.user_id };
  return { name: a.username, domain: domainOf(a.user_domain_id, a.user_domain_name) };
}

function scopeOf(a: AuthSettings): Record<string, unknown> | undefined {
  if (a.project_id !== undefined) return { project: { id: a.project_id } };
  if (a.project_name !== undefined)
    return {
      project: {
        name: a.project_name,
        domain: domainOf(a.project_domain_id, a.project_domain_name),
      },
    };
  if (a.domain_id !== undefined) return { domain: { id: a.domain_id } };
  if (a.domain_name !== undefined) return { domain: { name: a.domain_name } };
  return undefined;
}

/** The body of `POST /v3/auth/tokens` (holds secrets: never log it). */
export function authBody(cloud: CloudConfig): unknown {
  const a = cloud.auth;
  switch (cloud.authType) {
    case 'password': {
      if (a.password === undefined || (a.username === undefined && a.user_id === undefined)) {
        throw new OpenStackError(
          'E_AUTH_CONFIG',
          `Cloud "${cloud.name}": password auth needs auth.username (or user_id) and auth.password (put the password in secure.yaml or OS_PASSWORD).`,
        );
      }
      const scope = scopeOf(a);
      return {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { ...userOf(a), password: a.password } },
          },
          ...(scope ? { scope } : {}),
        },
      };
    }
    case 'token': {
      if (a.token === undefined)
        throw new OpenStackError(
          'E_AUTH_CONFIG',
          `Cloud "${cloud.name}": token auth needs auth.token (or OS_TOKEN).`,
        );
      const scope = scopeOf(a);
      return {
        auth: {
          identity: { methods: ['token'], token: { id: a.token } },
          ...(scope ? { scope } : {}),
        },
      };
    }
    case 'application_credential': {
      if (
        a.application_credential_secret === undefined ||
        (a.application_credential_id === undefined && a.application_credential_name === undefined)
      ) {
        throw new OpenStackError(
          'E_AUTH_CONFIG',
          `Cloud "${cloud.name}": application credential auth needs application_credential_id (or _name with the user) and application_credential_secret.`,
        );
      }
      const cred =
        a.application_credential_id !== undefined
          ? { id: a.application_credential_id, secret: a.application_credential_secret }
          : {
              name: a.application_credential_name,
              secret: a.application_credential_secret,
              user: userOf(a),
            };
      return {
        auth: { identity: { methods: ['application_credential'], application_credential: cred } },
      };
    }
  }
}

interface TokenBody {
  token?: {
    expires_at?: string;
    project?: { id?: string };
    user?: { id?: string };
    catalog?: CatalogEntry[];
  };
}

export interface AuthOptions {
  timeoutMs: number;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
  retry?: RetryPolicy;
}

export async function authenticate(cloud: CloudConfig, options: AuthOptions): Promise<Token> {
  const url = `${identityV3Url(cloud.auth.auth_url)}/auth/tokens`;
  const body = authBody(cloud);
  const secrets = secretsOf(cloud);
  const res = await withRetries(
    async () => {
      const r = await sendOnce({
        method: 'POST',
        url,
        json: body,
        timeoutMs: options.timeoutMs,
        dispatcher: options.dispatcher,
        signal: options.signal,
        secrets,
      });
      if (r.status >= 500)
        throw new OpenStackError(
          'E_SERVER',
          `Keystone answered ${r.status} to the token request. Retry later; check Keystone's log.`,
          { status: r.status, retryable: true, request: 'POST /v3/auth/tokens' },
        );
      return r;
    },
    options.retry ?? DEFAULT_RETRY,
    { signal: options.signal },
  );
  if (res.status === 401 || res.status === 403) {
    throw new OpenStackError(
      'E_AUTH_FAILED',
      `Keystone at ${new URL(url).origin} refused the credentials of cloud "${cloud.name}" (${res.status}). Check the user, password or credential, and the project/domain names.`,
      { status: res.status, request: 'POST /v3/auth/tokens' },
      secrets,
    );
  }
  if (res.status === 404) {
    throw new OpenStackError(
      'E_AUTH_CONFIG',
      `No Keystone v3 at ${identityV3Url(cloud.auth.auth_url)} (404). Check auth_url of cloud "${cloud.name}".`,
      { status: 404 },
      secrets,
    );
  }
  if (res.status !== 201 && res.status !== 200) {
    throw new OpenStackError(
      'E_AUTH_FAILED',
      `Keystone answered ${res.status} to the token request of cloud "${cloud.name}": ${res.text.slice(0, 300)}`,
      { status: res.status },
      secrets,
    );
  }
  const value = headerValue(res.headers, 'x-subject-token');
  const token = (res.body as TokenBody | undefined)?.token;
  if (value === undefined || token === undefined)
    throw new OpenStackError(
      'E_AUTH_FAILED',
      `Keystone's answer for cloud "${cloud.name}" had no X-Subject-Token. Is auth_url a Keystone v3 endpoint?`,
    );
  const expiresAt =
    token.expires_at !== undefined ? Date.parse(token.expires_at) : Date.now() + 3600_000;
  return {
    value,
    expiresAt,
    projectId: token.project?.id,
    userId: token.user?.id,
    catalog: token.catalog ?? [],
  };
}
