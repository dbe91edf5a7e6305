/**
 * One HTTP exchange over undici with a deadline, JSON in and out. Network failures, timeouts and
 * TLS failures become OpenStackErrors (retryable where a retry can help); HTTP statuses are returned
 * as they are, the caller decides what they mean.
 */
import { request, type Dispatcher } from 'undici';
import { OpenStackError } from './errors';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
  dispatcher?: Dispatcher;
  /** Values to scrub from any error text (the token of this request, a password). */
  secrets?: readonly string[];
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the body is JSON, else undefined. */
  body: unknown;
  text: string;
}

export function headerValue(headers: HttpResponse['headers'], name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** `METHOD /path` without query or host: safe to put in an error. */
export function describeRequest(method: string, url: string): string {
  try {
    return `${method} ${new URL(url).pathname}`;
  } catch {
    return method;
  }
}

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

function errorCodeOf(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && typeof cur === 'object' && cur !== null; i++) {
    const code = (cur as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      code !== 'UND_ERR_SOCKET' &&
      !code.startsWith('UND_ERR_ABORTED')
    )
      return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return typeof (e as { code?: unknown }).code === 'string'
    ? (e as { code: string }).code
    : undefined;
}

export async function sendOnce(req: HttpRequest): Promise<HttpResponse> {
  const what = describeRequest(req.method, req.url);
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = req.signal === undefined ? timeout : AbortSignal.any([req.signal, timeout]);
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  let body: string | undefined;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] = 'application/json';
  }
  try {
    const res = await request(req.url, {
      method: req.method,
      headers,
      body,
      signal,
      dispatcher: req.dispatcher,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
    });
    const text = await res.body.text();
    let parsed: unknown;
    const type = String(res.headers['content-type'] ?? '');
    if (text !== '' && (type.includes('json') || /^[[{]/.test(text.trimStart()))) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    return { status: res.statusCode, headers: res.headers, body: parsed, text };
  } catch (e) {
    if (req.signal?.aborted)
      throw new OpenStackError('E_ABORTED', `${what} was aborted.`, { request: what }, req.secrets);
    if (
      timeout.aborted ||
      (e as { code?: string }).code === 'UND_ERR_HEADERS_TIMEOUT' ||
      (e as { code?: string }).code === 'UND_ERR_BODY_TIMEOUT'
    ) {
      throw new OpenStackError(
        'E_TIMEOUT',
        `${what} got no answer within ${Math.round(req.timeoutMs / 1000)} s. Check that the endpoint is reachable; the call may be retried.`,
        { request: what, retryable: true },
        req.secrets,
      );
    }
    const code = errorCodeOf(e);
    if (code !== undefined && TLS_CODES.has(code)) {
      throw new OpenStackError(
        'E_TLS',
        `${what}: TLS verification failed (${code}). Set \`cacert\` for this cloud in clouds.yaml, or \`verify: false\` for a test cloud.`,
        { request: what },
        req.secrets,
      );
    }
    const detail = e instanceof Error ? e.message : String(e);
    throw new OpenStackError(
      'E_NETWORK',
      `${what} failed: ${code ?? ''} ${detail}`.replace(/\s+/g, ' ').trim() +
        '. Check the network and the endpoint URL.',
      { request: what, retryable: true },
      req.secrets,
    );
  }
}
