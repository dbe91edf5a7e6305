/**
 * Reading untrusted YAML into a `yaml` Document and plain data, within limits.
 * YAML 1.2 core schema (so `2021-04-16` stays a string), merge keys as Heat allows them,
 * and every problem collected as a diagnostic, never thrown.
 */
import { Lexer, isCollection, isPair, isScalar, parseDocument } from 'yaml';
import type { Document, DocumentOptions, ParseOptions, SchemaOptions, YAMLError } from 'yaml';
import { diag } from '../util/diagnostics';
import type { Diagnostic } from '../util/diagnostics';
import { FILE_CODES } from './codes';
import { formatBytes, utf8Length } from './limits';
import type { ParseLimits } from './limits';
import { pathAtOffset } from './yamlPath';

export type YamlPath = (string | number)[];

/** The options every Isotherm YAML reader uses. */
export const YAML_READ_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: true,
  uniqueKeys: true,
  prettyErrors: true,
  strict: true,
  logLevel: 'silent',
};

export interface YamlRead {
  /** The parsed document, or null when the text could not be read safely. */
  doc: Document.Parsed | null;
  /** The plain data (aliases expanded), or undefined when reading failed. */
  value: unknown;
  diagnostics: Diagnostic[];
}

const fail = (diagnostics: Diagnostic[], doc: Document.Parsed | null = null): YamlRead => ({ doc, value: undefined, diagnostics });

/**
 * @param prepare adjusts the parsed document before it becomes plain data (e.g. HOT's YAML 1.1 booleans).
 */
export function readYaml(text: string, limits: ParseLimits, prepare?: (doc: Document.Parsed) => void): YamlRead {
  const size = text.length > limits.maxBytes ? text.length : utf8Length(text, limits.maxBytes);
  if (size > limits.maxBytes) {
    return fail([diag(FILE_CODES.TOO_LARGE, 'error', `The file is larger than ${formatBytes(limits.maxBytes)} (the limit for files Isotherm reads).`, { path: [] })]);
  }
  if (exceedsDepthQuickly(text, limits.maxDepth)) return fail([tooDeep(limits.maxDepth, [])]);

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, YAML_READ_OPTIONS);
  } catch (error) {
    if (error instanceof RangeError) return fail([tooDeep(limits.maxDepth, [])]);
    return fail([diag(FILE_CODES.SYNTAX, 'error', `The YAML reader failed: ${String(error)}`, { path: [] })]);
  }
  const diagnostics: Diagnostic[] = [
    ...doc.errors.map((e) => yamlErrorDiagnostic(doc, e, 'error')),
    ...doc.warnings.map((e) => yamlErrorDiagnostic(doc, e, 'warning')),
  ];
  if (doc.errors.length > 0) return fail(diagnostics, doc);

  const structural = checkNodes(doc, limits.maxDepth);
  if (structural.length > 0) return fail([...diagnostics, ...structural], doc);

  prepare?.(doc);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      return fail([...diagnostics, diag(FILE_CODES.ALIASES, 'error', `YAML aliases expand too often (more than ${limits.maxAliasCount} times for one anchor); Isotherm refuses such files to protect itself from alias bombs.`, { path: [] })], doc);
    }
    if (error instanceof RangeError) return fail([...diagnostics, tooDeep(limits.maxDepth, [])], doc);
    return fail([...diagnostics, diag(FILE_CODES.SYNTAX, 'error', `The YAML reader failed: ${String(error)}`, { path: [] })], doc);
  }
  const dataProblems = checkPlainData(value, limits.maxDepth);
  diagnostics.push(...dataProblems);
  if (dataProblems.some((d) => d.severity === 'error')) return fail(diagnostics, doc);
  return { doc, value, diagnostics };
}

function tooDeep(maxDepth: number, path: YamlPath): Diagnostic {
  return diag(FILE_CODES.TOO_DEEP, 'error', `Maps and lists nest deeper than ${maxDepth} levels (the limit for files Isotherm reads).`, { path });
}

function yamlErrorDiagnostic(doc: Document.Parsed, error: YAMLError, severity: 'error' | 'warning'): Diagnostic {
  const code = severity === 'warning' ? FILE_CODES.YAML_WARNING : error.code === 'DUPLICATE_KEY' ? FILE_CODES.DUPLICATE_KEY : FILE_CODES.SYNTAX;
  // prettyErrors puts "at line L, column C:" plus a source snippet in the message; keep the first line only
  const first = error.message.split('\n')[0]!.replace(/:$/, '');
  const where = error.linePos && !/ at line \d+/.test(first) ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
  return diag(code, severity, `${first}${where}`, { path: pathAtOffset(doc.contents, error.pos[0]) });
}

/**
 * A cheap pass over the lexer's tokens that refuses flow brackets or compact `- - -` nesting beyond the limit
 * before the (recursive) composer sees them: a few megabytes of `[` would otherwise exhaust memory.
 */
function exceedsDepthQuickly(text: string, maxDepth: number): boolean {
  let flow = 0;
  let compact = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (scalarNext) {
      scalarNext = false;
      continue;
    }
    if (token === '\x1f') scalarNext = true;
    else if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    else if (token === '\n') compact = 0;
    else if ((token === '-' || token === '?') && flow === 0) compact++;
    if (flow > maxDepth || compact > maxDepth) return true;
  }
  return false;
}

/** Depth and key checks on the document's nodes (iterative: no recursion on untrusted depth). */
function checkNodes(doc: Document.Parsed, maxDepth: number): Diagnostic[] {
  const found: Diagnostic[] = [];
  const stack: { node: unknown; depth: number; path: YamlPath }[] = [{ node: doc.contents, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth + 1 > maxDepth) return [tooDeep(maxDepth, path)];
    node.items.forEach((item, i) => {
      if (isPair(item)) {
        if (item.key !== null && !isScalar(item.key)) {
          found.push(diag(FILE_CODES.KEY, 'error', 'A map key must be a plain string, not a map or a list.', { path }));
          return;
        }
        const key = isScalar(item.key) ? String(item.key.value) : '';
        stack.push({ node: item.value, depth: depth + 1, path: [...path, key] });
      } else {
        stack.push({ node: item, depth: depth + 1, path: [...path, i] });
      }
    });
  }
  return found;
}

/**
 * Checks on the plain data (after alias expansion): nesting depth, values that are not plain YAML data
 * (`!!binary`, `!!set`, `!!omap` have no place in HOT) and integers too large to keep exactly.
 */
function checkPlainData(value: unknown, maxDepth: number): Diagnostic[] {
  const found: Diagnostic[] = [];
  const stack: { value: unknown; depth: number; path: YamlPath }[] = [{ value, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { value: v, depth, path } = stack.pop()!;
    if (typeof v === 'number') {
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) {
        found.push(diag(FILE_CODES.YAML_WARNING, 'warning', `The number ${v} is too large to keep exactly; quote it to keep it as text.`, { path }));
      }
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) {
      found.push(diag(FILE_CODES.SCHEMA, 'error', `A YAML value of type ${v.constructor?.name ?? 'unknown'} (e.g. !!binary, !!set, !!omap) has no place in HOT: use a string, a number, a list or a map.`, { path }));
      continue;
    }
    if (depth + 1 > maxDepth) return [tooDeep(maxDepth, path)];
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ value: item, depth: depth + 1, path: [...path, i] }));
    else for (const [k, item] of Object.entries(v)) stack.push({ value: item, depth: depth + 1, path: [...path, k] });
  }
  return found;
}
