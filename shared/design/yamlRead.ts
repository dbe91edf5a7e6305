/**
 * Reading untrusted YAML into a `yaml` Document and plain data, within limits.
 * YAML 1.2 core schema (so `2021-04-16` stays a string), merge keys as Heat allows them,
 * and every problem collected as a diagnostic, never thrown.
 */
import { Lexer, LineCounter, parseDocument } from 'yaml';
import type { Document, DocumentOptions, ParseOptions, SchemaOptions, YAMLError } from 'yaml';
import { diag } from '../util/diagnostics';
import type { Diagnostic } from '../util/diagnostics';
import { FILE_CODES } from './codes';
import { formatBytes, utf8Length } from './limits';
import type { ParseLimits } from './limits';
import { readPlainData } from './fastRead';
import type { PlainValueHook } from './fastRead';
import { checkNodes, checkPlainData, tooDeep } from './yamlChecks';
import { pathAtOffset } from './yamlPath';

export type { YamlPath } from './yamlChecks';

/** The options every Isotherm YAML reader uses. */
export const YAML_READ_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: true,
  // duplicate keys are found by checkNodes, in linear time (the library's check is quadratic per map)
  uniqueKeys: false,
  prettyErrors: true,
  strict: true,
  logLevel: 'silent',
};

export interface YamlRead {
  /**
   * The parsed document, or null when the text could not be read safely. A large file read the fast way has
   * no document yet: it is parsed on first use (a getter), for writing an edit back onto the file.
   */
  readonly doc: Document.Parsed | null;
  /** The plain data (aliases expanded), or undefined when reading failed. */
  value: unknown;
  diagnostics: Diagnostic[];
}

const fail = (diagnostics: Diagnostic[], doc: Document.Parsed | null = null): YamlRead => ({
  doc,
  value: undefined,
  diagnostics,
});

/** From this size on, a file is first read the fast way (fastRead.ts), its document parsed only when needed. */
export const FAST_READ_CHARS = 64 * 1024;

/** The document of `text` read the full way, parsed on first use. */
function lazyDocument(text: string, prepare?: YamlPrepare): () => Document.Parsed {
  let doc: Document.Parsed | undefined;
  return () => {
    if (doc === undefined) {
      doc = parseDocument(text, YAML_READ_OPTIONS);
      prepare?.doc(doc);
    }
    return doc;
  };
}

/**
 * A read of plain YAML the fast way; undefined when the file needs the full reading (not plain YAML, or an
 * error other than its depth, so that the full reading says what and where).
 */
function readFast(text: string, limits: ParseLimits, prepare?: YamlPrepare): YamlRead | undefined {
  const fast = readPlainData(text, prepare?.value);
  if (fast === undefined) return undefined;
  const diagnostics = checkPlainData(fast.value, limits.maxDepth);
  const deep = diagnostics.filter((d) => d.code === FILE_CODES.TOO_DEEP);
  if (deep.length > 0) return fail(deep);
  if (diagnostics.some((d) => d.severity === 'error')) return undefined;
  const doc = lazyDocument(text, prepare);
  return {
    get doc() {
      return doc();
    },
    value: fast.value,
    diagnostics,
  };
}

/** How a reader adjusts what it reads (e.g. HOT's YAML 1.1 booleans), on the document and on plain values alike. */
export interface YamlPrepare {
  /** Adjust the parsed document before it becomes plain data. */
  doc: (doc: Document.Parsed) => void;
  /** The same adjustment for the fast reading: a plain scalar value (not a key) from its source text. */
  value: PlainValueHook;
}

/**
 * @param prepare adjusts what is read (e.g. HOT's YAML 1.1 booleans).
 * @param fastFrom the size from which the fast reading is tried first (tests force one way or the other).
 */
export function readYaml(
  text: string,
  limits: ParseLimits,
  prepare?: YamlPrepare,
  fastFrom = FAST_READ_CHARS,
): YamlRead {
  const size = text.length > limits.maxBytes ? text.length : utf8Length(text, limits.maxBytes);
  if (size > limits.maxBytes) {
    return fail([
      diag(
        FILE_CODES.TOO_LARGE,
        'error',
        `The file is larger than ${formatBytes(limits.maxBytes)} (the limit for files Isotherm reads).`,
        { path: [] },
      ),
    ]);
  }
  if (text.length >= fastFrom) {
    const fast = readFast(text, limits, prepare);
    if (fast !== undefined) return fast;
  }
  if (exceedsDepthQuickly(text, limits.maxDepth)) return fail([tooDeep(limits.maxDepth, [])]);

  let doc: Document.Parsed;
  const lines = new LineCounter();
  try {
    doc = parseDocument(text, { ...YAML_READ_OPTIONS, lineCounter: lines });
  } catch (error) {
    if (error instanceof RangeError) return fail([tooDeep(limits.maxDepth, [])]);
    return fail([
      diag(FILE_CODES.SYNTAX, 'error', `The YAML reader failed: ${String(error)}`, { path: [] }),
    ]);
  }
  const diagnostics: Diagnostic[] = [
    ...doc.errors.map((e) => yamlErrorDiagnostic(doc, e, 'error')),
    ...doc.warnings.map((e) => yamlErrorDiagnostic(doc, e, 'warning')),
  ];
  if (doc.errors.length > 0) return fail(diagnostics, doc);

  const structural = checkNodes(doc, limits.maxDepth, (offset) => lines.linePos(offset));
  if (structural.length > 0) return fail([...diagnostics, ...structural], doc);

  prepare?.doc(doc);
  let value: unknown;
  try {
    value = doc.toJS({
      maxAliasCount: Number.isFinite(limits.maxAliasCount) ? limits.maxAliasCount : -1,
    });
  } catch (error) {
    if (
      error instanceof ReferenceError ||
      (error instanceof Error && /alias/i.test(error.message))
    ) {
      return fail(
        [
          ...diagnostics,
          diag(
            FILE_CODES.ALIASES,
            'error',
            `YAML aliases expand too often (more than ${limits.maxAliasCount} times for one anchor); Isotherm refuses such files to protect itself from alias bombs.`,
            { path: [] },
          ),
        ],
        doc,
      );
    }
    if (error instanceof RangeError)
      return fail([...diagnostics, tooDeep(limits.maxDepth, [])], doc);
    return fail(
      [
        ...diagnostics,
        diag(FILE_CODES.SYNTAX, 'error', `The YAML reader failed: ${String(error)}`, { path: [] }),
      ],
      doc,
    );
  }
  const dataProblems = checkPlainData(value, limits.maxDepth);
  diagnostics.push(...dataProblems);
  if (dataProblems.some((d) => d.severity === 'error')) return fail(diagnostics, doc);
  return { doc, value, diagnostics };
}

function yamlErrorDiagnostic(
  doc: Document.Parsed,
  error: YAMLError,
  severity: 'error' | 'warning',
): Diagnostic {
  const code =
    severity === 'warning'
      ? FILE_CODES.YAML_WARNING
      : error.code === 'DUPLICATE_KEY'
        ? FILE_CODES.DUPLICATE_KEY
        : FILE_CODES.SYNTAX;
  // prettyErrors puts "at line L, column C:" plus a source snippet in the message; keep the first line only
  const first = error.message.split('\n')[0]!.replace(/:$/, '');
  const where =
    error.linePos && !/ at line \d+/.test(first)
      ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`
      : '';
  return diag(code, severity, `${first}${where}`, {
    path: pathAtOffset(doc.contents, error.pos[0]),
  });
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
