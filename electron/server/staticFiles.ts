import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../app/contentTypes';
import { securityHeaders } from './headers';

/** Serve a file of the built renderer (`/` is index.html); never anything outside `root`. */
export async function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = '\0';
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (
    decoded.includes('\0') ||
    !(file === root || file.startsWith(root.endsWith(sep) ? root : root + sep))
  ) {
    res
      .writeHead(404, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' })
      .end('Not found\n');
    return;
  }
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new Error('not a file');
    const type = contentTypeOf(file);
    res.writeHead(200, {
      ...securityHeaders(),
      'content-type': type,
      'content-length': String(s.size),
      'cache-control': extname(file) === '.html' ? 'no-store' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  } catch {
    if (relative === 'favicon.ico') {
      res.writeHead(204, securityHeaders()).end();
      return;
    }
    res
      .writeHead(404, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' })
      .end('Not found\n');
  }
}
