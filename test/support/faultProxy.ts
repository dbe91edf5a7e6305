/**
 * A small HTTP proxy between the client and the real local cloud, for fault injection: one
 * listener per upstream (Keystone, each Heat), URLs in answers rewritten to point at the proxy
 * (so the service catalog leads the client through it), and rules that drop connections, answer
 * 503, answer slowly, lose an answer after Heat acted on the request, or revoke the token in use.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export type FaultAction = 'drop' | '503' | 'slow' | 'lose-answer' | 'revoke-token';

export interface FaultRule {
  action: FaultAction;
  method?: string;
  /** Matched against the request path (with query). */
  path: RegExp;
  /** How many times to apply (default 1). */
  times?: number;
  /** Let this many matching requests through first. */
  skip?: number;
  /** For `slow`: how long the answer is held. */
  delayMs?: number;
}

interface Listener {
  server: Server;
  upstream: string;
  origin: string;
}

export class FaultProxy {
  private readonly listeners: Listener[] = [];
  private readonly keystone: string;
  rules: FaultRule[] = [];
  /** Faults injected, by action. */
  readonly injected: Record<FaultAction, number> = {
    drop: 0,
    '503': 0,
    slow: 0,
    'lose-answer': 0,
    'revoke-token': 0,
  };
  readonly log: string[] = [];

  private constructor(keystone: string) {
    this.keystone = keystone;
  }

  /** Start a listener for each upstream origin (e.g. http://127.0.0.1:5000). */
  static async start(keystone: string, others: string[]): Promise<FaultProxy> {
    const proxy = new FaultProxy(keystone);
    for (const upstream of [keystone, ...others]) {
      const server = createServer((req, res) => void proxy.handle(req, res, upstream));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      proxy.listeners.push({
        server,
        upstream,
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      });
    }
    return proxy;
  }

  originFor(upstream: string): string {
    const l = this.listeners.find((x) => x.upstream === upstream);
    if (l === undefined) throw new Error(`no listener for ${upstream}`);
    return l.origin;
  }

  /** A clouds.yaml in `dir` whose clouds authenticate through the proxy. */
  async writeCloudsYaml(source: string, dir: string): Promise<string> {
    const doc = parse(await readFile(source, 'utf8')) as {
      clouds: Record<string, { auth: { auth_url: string } }>;
    };
    for (const cloud of Object.values(doc.clouds))
      cloud.auth.auth_url = cloud.auth.auth_url.replace(
        this.keystone,
        this.originFor(this.keystone),
      );
    const path = join(dir, 'clouds.yaml');
    await writeFile(path, stringify(doc), { mode: 0o600 });
    return path;
  }

  private rewrite(text: string): string {
    let out = text;
    for (const l of this.listeners) out = out.split(l.upstream).join(l.origin);
    return out;
  }

  private match(req: IncomingMessage): FaultRule | undefined {
    for (const rule of this.rules) {
      if ((rule.times ?? 1) <= 0) continue;
      if (rule.method !== undefined && rule.method !== req.method) continue;
      if (!rule.path.test(req.url ?? '')) continue;
      if ((rule.skip ?? 0) > 0) {
        rule.skip = (rule.skip ?? 0) - 1;
        continue;
      }
      rule.times = (rule.times ?? 1) - 1;
      this.injected[rule.action] += 1;
      this.log.push(`${rule.action} ${req.method} ${req.url}`);
      return rule;
    }
    return undefined;
  }

  private async revoke(token: string): Promise<void> {
    await new Promise<void>((resolve) => {
      const r = httpRequest(
        `${this.keystone}/v3/auth/tokens`,
        { method: 'DELETE', headers: { 'x-auth-token': token, 'x-subject-token': token } },
        (res) => {
          res.resume();
          res.on('end', () => resolve());
        },
      );
      r.on('error', () => resolve());
      r.end();
    });
  }

  private forward(
    req: IncomingMessage,
    body: Buffer,
    upstream: string,
  ): Promise<{ status: number; headers: Record<string, string | string[]>; body: string }> {
    return new Promise((resolve, reject) => {
      const headers = { ...req.headers };
      delete headers['host'];
      const r = httpRequest(`${upstream}${req.url}`, { method: req.method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const out: Record<string, string | string[]> = {};
          for (const [k, v] of Object.entries(res.headers))
            if (
              v !== undefined &&
              k !== 'content-length' &&
              k !== 'transfer-encoding' &&
              k !== 'connection'
            )
              out[k] = v;
          resolve({
            status: res.statusCode ?? 502,
            headers: out,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      r.on('error', reject);
      r.end(body);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse, upstream: string): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const rule = this.match(req);
    if (rule?.action === 'drop') {
      req.socket.destroy();
      return;
    }
    if (rule?.action === '503') {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          code: 503,
          title: 'Service Unavailable',
          explanation: 'injected by the test proxy',
          error: { type: 'ServiceUnavailable', message: 'injected' },
        }),
      );
      return;
    }
    if (rule?.action === 'revoke-token') {
      const token = req.headers['x-auth-token'];
      if (typeof token === 'string') await this.revoke(token);
    }
    let answer;
    try {
      answer = await this.forward(req, body, upstream);
    } catch {
      req.socket.destroy();
      return;
    }
    if (rule?.action === 'lose-answer') {
      req.socket.destroy();
      return;
    }
    if (rule?.action === 'slow') await new Promise((r) => setTimeout(r, rule.delayMs ?? 1500));
    const text = this.rewrite(answer.body);
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(answer.headers))
      headers[k] = Array.isArray(v) ? v.map((x) => this.rewrite(x)) : this.rewrite(v);
    res.writeHead(answer.status, { ...headers, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.listeners.map(
        (l) =>
          new Promise<void>((r) => {
            l.server.closeAllConnections();
            l.server.close(() => r());
          }),
      ),
    );
  }
}
