import { FILE_CODES } from '../design/codes';
import { parseHot } from '../design/hotYaml';
import { resolveLimits } from '../design/limits';
import type { HotValue } from '../design/model';
import { readYaml } from '../design/yamlRead';
import type { Diagnostic } from '../util/diagnostics';

/**
 * YAML text of a template -> plain data, read as Heat reads it (parseHot: dates stay strings, yes/no are booleans,
 * within the size/depth/alias limits), every problem a diagnostic whose message starts with `file`. YAML that is
 * well-formed but no HOT template (an environment file, a design) is still returned, so that the importer can say
 * what it is.
 */
export function parseTemplateText(
  text: string,
  file: string,
): { template: HotValue | undefined; diagnostics: Diagnostic[] } {
  const hot = parseHot(text);
  const named = (ds: readonly Diagnostic[]) =>
    ds.map((d) => ({ ...d, message: `${file}: ${d.message}` }));
  if (hot.template !== null) return { template: hot.template, diagnostics: named(hot.diagnostics) };
  if (hot.diagnostics.every((d) => d.severity !== 'error' || d.code === FILE_CODES.NOT_HOT)) {
    const raw = readYaml(text, resolveLimits());
    if (raw.value !== undefined) return { template: raw.value as HotValue, diagnostics: [] };
  }
  return { template: undefined, diagnostics: named(hot.diagnostics) };
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
