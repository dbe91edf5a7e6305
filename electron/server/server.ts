import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { IpcResult } from '../../shared/ipc/errors';
import { fail } from '../../shared/ipc/errors';
import { API_PREFIX, EVENTS_PATH, TOKEN_FRAGMENT_KEY } from '../../shared/ipc/http';
import type { EventHub } from '../ipc/events';
import type { Dispatch } from '../ipc/dispatch';
import { streamEvents } from './eventStream';
import { foreignRequest, refuseApi } from './guard';
import { securityHeaders } from './headers';
import { serveStatic } from './staticFiles';

/** The largest request body (a design text plus JSON overhead). */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface FallbackServerOptions {
  dispatch: Dispatch;
  events: EventHub;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Per-launch secret; random when absent. */
  token?: string;
  /** Connection limits (tests shorten them); see DEFAULT_TIMEOUTS. */
  timeouts?: Partial<ServerTimeouts>;
}

export interface ServerTimeouts {
  /** A request's headers must arrive within this (ms). */
  headersMs: number;
  /** A whole request (headers and body) must arrive within this (ms): slow senders are cut off. */
  requestMs: number;
  /** An idle kept-alive connection is closed after this (ms). */
  idleMs: number;
}

/** Short: the only client is the renderer on the same machine. */
export const DEFAULT_TIMEOUTS: Readonly<ServerTimeouts> = Object.freeze({
  headersMs: 10_000,
  requestMs: 30_000,
  idleMs: 5_000,
});

const TOO_LARGE_MESSAGE = `The request is larger than ${MAX_BODY_BYTES / 1048576} MB: send a smaller design (or split it) and try again.`;

/** 413 and close the connection without reading the (rest of the) body. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.shouldKeepAlive = false;
  res.on('finish', () => req.socket.destroySoon());
  sendJson(res, 413, fail('E_TOO_LARGE', TOO_LARGE_MESSAGE));
}

/** Content-Length above the limit: known before a byte of the body is read. */
function declaredTooLarge(req: IncomingMessage): boolean {
  const declared = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(declared) && declared > MAX_BODY_BYTES;
}

export interface FallbackServer {
  readonly port: number;
  readonly origin: string;
  readonly token: string;
  /** The address to open: origin + `/#token=...`. */
  readonly url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders(),
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

function refuse(res: ServerResponse, why: string): void {
  sendJson(res, 403, fail('E_PATH_NOT_ALLOWED', `Refused: ${why}.`) satisfies IpcResult<never>);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser fallback (DESIGN.md "Where Electron cannot run"): the built renderer and the same handlers
 * over HTTP, on 127.0.0.1 only, behind a per-launch token, refusing other Hosts and Origins.
 *   GET  /…            the renderer's files (CSP header)
 *   POST /api/<name>   one request: JSON body -> JSON IpcResult (200; 400 unreadable JSON; 404 unknown name)
 *   GET  /api/events   Server-Sent Events of AppEvents
 */
export async function startFallbackServer(options: FallbackServerOptions): Promise<FallbackServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  const streams = new Set<() => void>();
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === EVENTS_PATH || url.pathname.startsWith(API_PREFIX)) {
      const why = refuseApi(req, port, token);
      if (why !== null) return refuse(res, why);
      if (url.pathname === EVENTS_PATH) {
        if (req.method !== 'GET')
          return sendJson(res, 405, fail('E_INVALID_REQUEST', 'Use GET for the event stream.'));
        const dispose = streamEvents(options.events, res);
        streams.add(dispose);
        res.on('close', () => streams.delete(dispose));
        return;
      }
      if (req.method !== 'POST')
        return sendJson(
          res,
          405,
          fail('E_INVALID_REQUEST', 'Use POST with a JSON body for API requests.'),
        );
      if (declaredTooLarge(req)) return refuseTooLarge(req, res);
      const body = await readBody(req);
      if (body === null) return refuseTooLarge(req, res);
      let payload: unknown;
      try {
        payload = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return sendJson(res, 400, fail('E_INVALID_REQUEST', 'The request body is not JSON.'));
      }
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      } catch {
        channel = '';
      }
      const result = await options.dispatch(channel, payload);
      return sendJson(
        res,
        !result.ok && result.error.code === 'E_UNKNOWN_CHANNEL' ? 404 : 200,
        result,
      );
    }
    const why = foreignRequest(req, port);
    if (why !== null) {
      res
        .writeHead(403, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' })
        .end(`Refused: ${why}.\n`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders()).end();
      return;
    }
    await serveStatic(rendererDir, url.pathname, res);
  };

  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.idleMs,
      // how often Node checks the two timeouts above (its default, 30 s, would let slow senders linger)
      connectionsCheckingInterval: Math.max(50, Math.min(timeouts.headersMs, 1_000) / 2),
    },
    (req, res) => {
      handle(req, res).catch((err: unknown) => {
        if (!res.headersSent)
          sendJson(res, 500, fail('E_INTERNAL', `The server failed: ${(err as Error).message}`));
        else res.destroy();
      });
    },
  );
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    token,
    url: `${origin}/#${TOKEN_FRAGMENT_KEY}=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const dispose of [...streams]) dispose();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
