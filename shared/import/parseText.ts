import { parseDocument } from 'yaml';
import type { HotValue } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';

const MAX_CHARS = 5 * 1024 * 1024;
const MAX_ALIASES = 100;

/**
 * YAML text of a template -> plain data (YAML 1.2 core schema, so `2021-04-16` stays a string), with every problem a
 * diagnostic. `file` names the file in messages.
 */
export function parseTemplateText(text: string, file: string): { template: HotValue | undefined; diagnostics: Diagnostic[] } {
  const fail = (message: string) => ({ template: undefined, diagnostics: [diag(ImportCodes.YAML, 'error', `${file}: ${message}`, { path: [] })] });
  if (text.length > MAX_CHARS) return fail(`the file is larger than ${MAX_CHARS / 1024 / 1024} MB; it was not read.`);
  try {
    const doc = parseDocument(text, { version: '1.2', schema: 'core', merge: true, uniqueKeys: true, logLevel: 'silent' });
    if (doc.errors.length > 0) {
      return { template: undefined, diagnostics: doc.errors.map((e) => diag(ImportCodes.YAML, 'error', `${file}: ${e.message.split('\n')[0]}`, { path: [] })) };
    }
    return { template: doc.toJS({ maxAliasCount: MAX_ALIASES }) as HotValue, diagnostics: [] };
  } catch (error) {
    return fail(`the YAML could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
}

/** POSIX-style path helpers for the relative paths templates use (get_file, nested template names). */
export function dirnameOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** `base` joined with a relative `path`, `.` and `..` resolved; an absolute path or a URL is returned as it is. */
export function joinPath(base: string, path: string): string {
  if (path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path) || base === '') return path;
  const parts: string[] = [];
  for (const part of `${base}/${path}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
