/**
 * An authenticated session with one cloud: keeps a token (re-authenticates before it expires and
 * once when a service answers 401), finds endpoints in the catalog, and sends requests with a
 * deadline and, for calls marked safe, retries with backoff on network errors and 5xx. The first
 * request to an endpoint with a new token goes alone (firstContact.ts).
 */
import { Agent } from 'undici';
import type { CloudConfig } from './cloudConfig';
import { secretsOf } from './cloudConfig';
import { OpenStackError, codeOfStatus } from './errors';
import { FirstContact } from './firstContact';
import { describeRequest, sendOnce, type HttpRequest, type HttpResponse } from './http';
import { authenticate, type Token } from './keystone';
import { NO_RETRY, withRetries, type RetryPolicy } from './retry';
import { requireEndpoint } from './serviceCatalog';

export interface RequestInfo {
  method: string;
  /** Path below the endpoint, without the query. */
  path: string;
  region?: string;
  status?: number;
  ms: number;
  error?: string;
}

export interface SessionOptions {
  /** Deadline of each request (default 30 s). */
  timeoutMs?: number;
  /** Re-authenticate when the token has less than this left (default 120 s). */
  refreshBeforeMs?: number;
  /** Called after every HTTP exchange (never with a token or a body): for stats and tests. */
  onRequest?: (info: RequestInfo) => void;
  /** Called when a safe call is retried. */
  onRetry?: (info: {
    request: string;
    code: string;
    message: string;
    attempt: number;
    waitMs: number;
  }) => void;
}

export interface ServiceRequest {
  service: string;
  region: string;
  method: HttpRequest['method'];
  /** Below the endpoint, starting with `/`; may carry a query. */
  path: string;
  json?: unknown;
  headers?: Record<string, string>;
  retry?: RetryPolicy;
  /** Statuses returned instead of thrown (2xx always are). */
  accept?: number[];
  signal?: AbortSignal;
  timeoutMs?: number;
}

interface HeatErrorBody {
  code?: number;
  title?: string;
  explanation?: string;
  error?: { type?: string; message?: string; code?: number; title?: string };
}

/** A typed error from a service's error answer (Heat's shape: `{code,title,explanation,error:{type,message}}`). */
export function errorFromResponse(
  res: HttpResponse,
  request: string,
  secrets: readonly string[],
): OpenStackError {
  const body = res.body as HeatErrorBody | undefined;
  const heatType = body?.error?.type;
  const message =
    body?.error?.message ??
    body?.explanation ??
    body?.title ??
    res.text
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300);
  const code = codeOfStatus(res.status);
  return new OpenStackError(
    code,
    `${request} -> ${res.status}${heatType ? ` ${heatType}` : ''}: ${message}`,
    { status: res.status, heatType, request, retryable: res.status >= 500 || res.status === 429 },
    secrets,
  );
}

export class Session {
  readonly cloud: CloudConfig;
  private readonly dispatcher: Agent;
  private readonly options: SessionOptions;
  private current?: Token;
  private pending?: Promise<Token>;
  private closed = false;
  private readonly firstContact = new FirstContact();

  constructor(cloud: CloudConfig, options: SessionOptions = {}) {
    this.cloud = cloud;
    this.options = options;
    this.dispatcher = new Agent({
      connect: {
        rejectUnauthorized: cloud.verify,
        ...(cloud.ca !== undefined ? { ca: cloud.ca } : {}),
      },
      keepAliveTimeout: 4000,
    });
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? 30_000;
  }

  /** A valid token, authenticating when there is none or it is about to expire (one request at a time). */
  async token(signal?: AbortSignal): Promise<Token> {
    if (this.closed) throw new OpenStackError('E_ABORTED', 'The session is closed.');
    const t = this.current;
    if (t !== undefined && t.expiresAt - Date.now() > (this.options.refreshBeforeMs ?? 120_000))
      return t;
    this.pending ??= (async () => {
      const started = Date.now();
      try {
        const fresh = await authenticate(this.cloud, {
          timeoutMs: this.timeoutMs,
          dispatcher: this.dispatcher,
          signal,
        });
        this.current = fresh;
        this.options.onRequest?.({
          method: 'POST',
          path: '/v3/auth/tokens',
          status: 201,
          ms: Date.now() - started,
        });
        return fresh;
      } finally {
        this.pending = undefined;
      }
    })();
    return this.pending;
  }

  /** Forget `token` (a service said 401): the next call authenticates again. */
  invalidate(token: Token): void {
    if (this.current === token) this.current = undefined;
  }

  async endpoint(service: string, region: string, signal?: AbortSignal): Promise<string> {
    const override = this.cloud.endpointOverrides[service];
    const token = await this.token(signal);
    if (override !== undefined)
      return override
        .replace(
          /%\((?:project_id|tenant_id)\)s|\$\((?:project_id|tenant_id)\)s/g,
          token.projectId ?? '',
        )
        .replace(/\/+$/, '');
    return requireEndpoint(token.catalog, service, region, this.cloud.interface, this.cloud.name);
  }

  async request(req: ServiceRequest): Promise<HttpResponse> {
    const what = describeRequest(req.method, `http://x${req.path}`);
    return withRetries(
      async () => {
        for (let reauthenticated = false; ; reauthenticated = true) {
          const token = await this.token(req.signal);
          const base = await this.endpoint(req.service, req.region, req.signal);
          const secrets = [token.value, ...secretsOf(this.cloud)];
          const contacted = await this.firstContact.enter(token, base, req.signal);
          const started = Date.now();
          let res: HttpResponse;
          try {
            res = await sendOnce({
              method: req.method,
              url: `${base}${req.path}`,
              headers: { 'x-auth-token': token.value, ...req.headers },
              json: req.json,
              timeoutMs: req.timeoutMs ?? this.timeoutMs,
              signal: req.signal,
              dispatcher: this.dispatcher,
              secrets,
            });
          } catch (e) {
            this.options.onRequest?.({
              method: req.method,
              path: req.path.split('?')[0]!,
              region: req.region,
              ms: Date.now() - started,
              error: (e as OpenStackError).code,
            });
            throw e;
          } finally {
            contacted();
          }
          this.options.onRequest?.({
            method: req.method,
            path: req.path.split('?')[0]!,
            region: req.region,
            status: res.status,
            ms: Date.now() - started,
          });
          // Heat answers 500 `Unauthorized` when its API accepted a token (cached) that Keystone then refused
          // to the engine (revoked, expired): the same cure as a 401
          const heatType = (res.body as HeatErrorBody | undefined)?.error?.type;
          if (
            res.status === 401 ||
            (res.status >= 500 &&
              (heatType === 'Unauthorized' || heatType === 'AuthorizationFailure'))
          ) {
            this.invalidate(token);
            if (!reauthenticated) continue;
            throw new OpenStackError(
              'E_AUTH_EXPIRED',
              `${what}: ${req.service} in ${req.region} refused a fresh token (401). Check the user's roles on the project.`,
              { status: 401, request: what },
              secrets,
            );
          }
          if ((res.status >= 200 && res.status < 300) || req.accept?.includes(res.status))
            return res;
          throw errorFromResponse(res, what, secrets);
        }
      },
      req.retry ?? NO_RETRY,
      {
        signal: req.signal,
        onRetry: (err, attempt, waitMs) =>
          this.options.onRetry?.({
            request: what,
            code: err.code,
            message: err.message,
            attempt,
            waitMs,
          }),
      },
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.dispatcher.close();
  }
}
