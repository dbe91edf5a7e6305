/**
 * Format versions and their ordered migrations (the `isotherm:` key of a design file).
 * A migration takes the raw parsed file of version N (plain data, before validation) and returns version N+1.
 * To change the format: bump CURRENT_FORMAT_VERSION (model.ts DESIGN_FORMAT_VERSION) and append one migration.
 */
import { diag } from '../util/diagnostics';
import type { Diagnostic } from '../util/diagnostics';
import { FILE_CODES } from './codes';
import { DESIGN_FORMAT_VERSION } from './model';
import { clone } from '../hot/value';

export type RawFile = Record<string, unknown>;

export interface Migration {
  /** The version this migration reads; it produces `from + 1`. */
  from: number;
  /** One line for the diagnostics: what changed in the format. */
  describe: string;
  up(raw: RawFile): RawFile;
}

export interface FormatRegistry {
  current: number;
  /** Ordered by `from`, one per version step up to `current`. */
  migrations: readonly Migration[];
}

export const CURRENT_FORMAT_VERSION: number = DESIGN_FORMAT_VERSION;

/** Version 1 is the first format: nothing to migrate yet. */
export const MIGRATIONS: readonly Migration[] = [];

export const DEFAULT_FORMATS: FormatRegistry = {
  current: CURRENT_FORMAT_VERSION,
  migrations: MIGRATIONS,
};

/** The oldest version a registry can read. */
export function oldestReadable(formats: FormatRegistry): number {
  return Math.min(formats.current, ...formats.migrations.map((m) => m.from));
}

export interface MigrationResult {
  raw: RawFile | null;
  diagnostics: Diagnostic[];
}

/** Migrate `raw` (whose `isotherm:` is `version`) up to `formats.current`, one step at a time. */
export function migrate(
  raw: RawFile,
  version: number,
  formats: FormatRegistry = DEFAULT_FORMATS,
): MigrationResult {
  const path = ['isotherm'];
  if (!Number.isInteger(version) || version < oldestReadable(formats)) {
    return {
      raw: null,
      diagnostics: [
        diag(
          FILE_CODES.VERSION,
          'error',
          `Unknown design format version ${JSON.stringify(version)}: this Isotherm reads versions ${oldestReadable(formats)} to ${formats.current}.`,
          { path },
        ),
      ],
    };
  }
  if (version > formats.current) {
    return {
      raw: null,
      diagnostics: [
        diag(
          FILE_CODES.VERSION,
          'error',
          `This design was made by a newer Isotherm (format version ${version}; this Isotherm reads up to ${formats.current}): update Isotherm to open it.`,
          { path },
        ),
      ],
    };
  }
  let current = raw;
  const steps: string[] = [];
  for (let v = version; v < formats.current; v++) {
    const step = formats.migrations.find((m) => m.from === v);
    if (!step) {
      return {
        raw: null,
        diagnostics: [
          diag(
            FILE_CODES.MIGRATION,
            'error',
            `No migration from design format version ${v} to ${v + 1}.`,
            { path },
          ),
        ],
      };
    }
    try {
      current = { ...step.up(clone(current)), isotherm: v + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        raw: null,
        diagnostics: [
          diag(
            FILE_CODES.MIGRATION,
            'error',
            `Migrating the design from format version ${v} to ${v + 1} failed (${step.describe}): ${reason}`,
            { path },
          ),
        ],
      };
    }
    steps.push(`${v} -> ${v + 1}: ${step.describe}`);
  }
  const diagnostics =
    steps.length > 0
      ? [
          diag(
            FILE_CODES.MIGRATED,
            'warning',
            `Upgraded from design format version ${version} (${steps.join('; ')}); saving writes version ${formats.current}.`,
            { path },
          ),
        ]
      : [];
  return { raw: current, diagnostics };
}
