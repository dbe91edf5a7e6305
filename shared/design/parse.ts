/**
 * parseDesign: a `*.isotherm.yaml` text -> the design model, restored, never trusted.
 * Never throws; every problem is a diagnostic with a stable code and a path.
 */
import { diag, hasErrors } from '../util/diagnostics';
import type { Diagnostic } from '../util/diagnostics';
import { FILE_CODES } from './codes';
import { designToFile } from './fileObject';
import { resolveLimits } from './limits';
import type { ParseLimits } from './limits';
import { DEFAULT_FORMATS, migrate } from './migrate';
import type { FormatRegistry } from './migrate';
import type { Design } from './model';
import { isMap } from '../hot/value';
import { restoreDesign } from './restore';
import { checkDesignFile } from './schema';
import { makeSource } from './source';
import type { DesignSource } from './source';
import { readYaml } from './yamlRead';

export interface ParseDesignOptions extends Partial<ParseLimits> {
  /** Format versions and migrations; the default is this Isotherm's (tests register fake migrations here). */
  formats?: FormatRegistry;
}

export interface ParseDesignResult {
  /** The design, or null when an error prevents loading it. */
  design: Design | null;
  diagnostics: Diagnostic[];
  /** Pass back to serializeDesign to keep comments and formatting. */
  source: DesignSource;
}

export const IMPORT_HINT = 'isotherm import --region ID=REGION:FILE --out DESIGN.isotherm.yaml';

export function parseDesign(text: string, options: ParseDesignOptions = {}): ParseDesignResult {
  const read = readYaml(text, resolveLimits(options));
  const done = (design: Design | null, diagnostics: Diagnostic[]): ParseDesignResult => {
    const loaded = design !== null && !hasErrors(diagnostics) ? design : null;
    const file = loaded ? designToFile(loaded) : null;
    // the document stays a getter: a large file's is parsed only when an edit is written back onto it
    const source = makeSource({
      text,
      get doc() {
        return read.doc;
      },
      file,
    });
    return { design: loaded, diagnostics, source };
  };
  if (read.value === undefined) return done(null, read.diagnostics);
  const diagnostics = [...read.diagnostics];
  const raw = read.value;

  if (raw === null)
    return done(null, [
      ...diagnostics,
      diag(FILE_CODES.EMPTY, 'error', 'The file is empty: a design starts with "isotherm: 1".', {
        path: [],
      }),
    ]);
  if (!isMap(raw)) {
    return done(null, [
      ...diagnostics,
      diag(
        FILE_CODES.NOT_DESIGN,
        'error',
        'This is not an Isotherm design: a design is a YAML map starting with "isotherm: 1".',
        { path: [] },
      ),
    ]);
  }

  let version: unknown = raw.isotherm;
  if (version === undefined) {
    if (raw.regions === undefined) {
      const hot = raw.heat_template_version !== undefined || raw.resources !== undefined;
      const message = hot
        ? `This is a plain HOT template, not an Isotherm design (no "isotherm:" and no "regions:"). Import it, with one --region per template: ${IMPORT_HINT}`
        : 'This is not an Isotherm design: it has no "isotherm:" version and no "regions:".';
      return done(null, [
        ...diagnostics,
        diag(hot ? FILE_CODES.PLAIN_HOT : FILE_CODES.NOT_DESIGN, 'error', message, { path: [] }),
      ]);
    }
    const formats = options.formats ?? DEFAULT_FORMATS;
    diagnostics.push(
      diag(
        FILE_CODES.NO_VERSION,
        'warning',
        `The design has no "isotherm:" format version: version ${formats.current} is assumed.`,
        { path: ['isotherm'] },
      ),
    );
    version = formats.current;
  }
  if (typeof version !== 'number') {
    return done(null, [
      ...diagnostics,
      diag(
        FILE_CODES.VERSION,
        'error',
        `"isotherm:" must be the format version, a whole number such as 1 (found ${JSON.stringify(version)}).`,
        { path: ['isotherm'] },
      ),
    ]);
  }

  const migrated = migrate(
    { ...raw, isotherm: version },
    version,
    options.formats ?? DEFAULT_FORMATS,
  );
  diagnostics.push(...migrated.diagnostics);
  if (!migrated.raw) return done(null, diagnostics);

  const checked = checkDesignFile(migrated.raw);
  if (!checked.ok) return done(null, [...diagnostics, ...checked.diagnostics]);
  const restored = restoreDesign(checked.file);
  return done(restored.design, [...diagnostics, ...restored.diagnostics]);
}
