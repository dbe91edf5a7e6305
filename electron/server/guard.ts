import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../shared/ipc/http';

/** The Host values the server answers to: itself on loopback, nothing else (DNS rebinding is refused). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why the request is refused (for the 403 body), or null when its Host and Origin are the server's own. */
export function foreignRequest(req: IncomingMessage, port: number): string | null {
  const host = req.headers.host;
  if (host === undefined || !allowedHosts(port).has(host.toLowerCase()))
    return 'this server answers only to its own address (Host)';
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase()))
    return 'requests from other sites are refused (Origin)';
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site')
    return 'requests from other sites are refused (Sec-Fetch-Site)';
  return null;
}

/** Why an API request is refused, or null when it carries the token and comes from the server's own page. */
export function refuseApi(req: IncomingMessage, port: number, token: string): string | null {
  const foreign = foreignRequest(req, port);
  if (foreign !== null) return foreign;
  const given = req.headers[TOKEN_HEADER];
  if (!tokenMatches(token, Array.isArray(given) ? given[0] : given))
    return 'missing or wrong access token: open the address `npm start` printed';
  return null;
}
