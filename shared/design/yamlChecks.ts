/**
 * Structural checks on untrusted YAML, iterative (no recursion on untrusted depth) and linear in size:
 * nesting depth, map keys (plain scalars, unique), and plain data only.
 */
import { isCollection, isPair, isScalar } from 'yaml';
import type { Document } from 'yaml';
import { diag } from '../util/diagnostics';
import type { Diagnostic } from '../util/diagnostics';
import { FILE_CODES } from './codes';

export type YamlPath = (string | number)[];

export function tooDeep(maxDepth: number, path: YamlPath): Diagnostic {
  return diag(
    FILE_CODES.TOO_DEEP,
    'error',
    `Maps and lists nest deeper than ${maxDepth} levels (the limit for files Isotherm reads).`,
    { path },
  );
}

/** A step of a walk; the path is built only when a diagnostic needs it. */
interface Step<T> {
  item: T;
  depth: number;
  parent: Step<T> | null;
  key: string | number;
}

function pathOf<T>(step: Step<T>): YamlPath {
  const path: YamlPath = [];
  for (let s: Step<T> | null = step; s && s.parent; s = s.parent) path.push(s.key);
  return path.reverse();
}

export function checkNodes(
  doc: Document.Parsed,
  maxDepth: number,
  linePos: (offset: number) => { line: number; col: number },
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const stack: Step<unknown>[] = [{ item: doc.contents, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const node = step.item;
    if (!isCollection(node)) continue;
    if (step.depth + 1 > maxDepth) return [tooDeep(maxDepth, pathOf(step))];
    const seen = new Set<string>();
    node.items.forEach((item, i) => {
      if (!isPair(item)) {
        stack.push({ item, depth: step.depth + 1, parent: step, key: i });
        return;
      }
      if (item.key !== null && !isScalar(item.key)) {
        found.push(
          diag(FILE_CODES.KEY, 'error', 'A map key must be a plain string, not a map or a list.', {
            path: pathOf(step),
          }),
        );
        return;
      }
      const key = isScalar(item.key) ? String(item.key.value) : '';
      if (seen.has(key)) {
        const at = isScalar(item.key) && item.key.range ? linePos(item.key.range[0]) : undefined;
        const where = at ? ` at line ${at.line}, column ${at.col}` : '';
        found.push(
          diag(
            FILE_CODES.DUPLICATE_KEY,
            'error',
            `Map keys must be unique: "${key}" appears twice${where}.`,
            { path: [...pathOf(step), key] },
          ),
        );
        return;
      }
      seen.add(key);
      stack.push({ item: item.value, depth: step.depth + 1, parent: step, key });
    });
  }
  return found;
}

/**
 * Checks on the plain data (after alias expansion): nesting depth, values that are not plain YAML data
 * (`!!binary`, `!!set`, `!!omap` have no place in HOT) and integers too large to keep exactly.
 */
export function checkPlainData(value: unknown, maxDepth: number): Diagnostic[] {
  const found: Diagnostic[] = [];
  const stack: Step<unknown>[] = [{ item: value, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const v = step.item;
    if (typeof v === 'number') {
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) {
        found.push(
          diag(
            FILE_CODES.YAML_WARNING,
            'warning',
            `The number ${v} is too large to keep exactly; quote it to keep it as text.`,
            { path: pathOf(step) },
          ),
        );
      }
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) {
      const type = (v as { constructor?: { name?: string } }).constructor?.name ?? 'unknown';
      found.push(
        diag(
          FILE_CODES.SCHEMA,
          'error',
          `A YAML value of type ${type} (e.g. !!binary, !!set, !!omap) has no place in HOT: use a string, a number, a list or a map.`,
          { path: pathOf(step) },
        ),
      );
      continue;
    }
    if (step.depth + 1 > maxDepth) return [tooDeep(maxDepth, pathOf(step))];
    if (Array.isArray(v))
      v.forEach((item, i) => stack.push({ item, depth: step.depth + 1, parent: step, key: i }));
    else
      for (const key of Object.keys(v))
        stack.push({
          item: (v as Record<string, unknown>)[key],
          depth: step.depth + 1,
          parent: step,
          key,
        });
  }
  return found;
}
