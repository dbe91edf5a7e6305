/**
 * Stable diagnostic codes for reading and writing design files and HOT files.
 * Errors start with `E_FILE_`, warnings with `W_FILE_`; never rename one (tests, the CLI and users key off them).
 */
export const FILE_CODES = {
  /** The file is larger than the size limit. */
  TOO_LARGE: 'E_FILE_TOO_LARGE',
  /** Collections nest deeper than the depth limit. */
  TOO_DEEP: 'E_FILE_TOO_DEEP',
  /** Aliases expand more than the alias limit (YAML "billion laughs"). */
  ALIASES: 'E_FILE_ALIASES',
  /** Not well-formed YAML; the message holds line and column. */
  SYNTAX: 'E_FILE_SYNTAX',
  /** The same key twice in one map. */
  DUPLICATE_KEY: 'E_FILE_DUPLICATE_KEY',
  /** A map key that is not a plain scalar (e.g. `? [a, b]`). */
  KEY: 'E_FILE_KEY',
  /** The file is empty. */
  EMPTY: 'E_FILE_EMPTY',
  /** The file is YAML but not a design (e.g. a list, or a map without `regions`). */
  NOT_DESIGN: 'E_FILE_NOT_DESIGN',
  /** A plain HOT template: it needs `isotherm import`. */
  PLAIN_HOT: 'E_FILE_PLAIN_HOT',
  /** The file is not a HOT template (parseHot). */
  NOT_HOT: 'E_FILE_NOT_HOT',
  /** The `isotherm:` format version is invalid or newer than this Isotherm. */
  VERSION: 'E_FILE_VERSION',
  /** A migration from an older format failed. */
  MIGRATION: 'E_FILE_MIGRATION',
  /** A value of the wrong shape; the diagnostic's path points at it. */
  SCHEMA: 'E_FILE_SCHEMA',
  /** A key Isotherm does not know; it is kept as it is. */
  UNKNOWN_KEY: 'W_FILE_UNKNOWN_KEY',
  /** No `isotherm:` version; the current one is assumed. */
  NO_VERSION: 'W_FILE_NO_VERSION',
  /** No `name:`; a default name is used. */
  NO_NAME: 'W_FILE_NO_NAME',
  /** A YAML feature the design cannot keep (e.g. an unknown `!tag`), reported by the YAML reader. */
  YAML_WARNING: 'W_FILE_YAML',
  /** A layout entry that is not a position, or that names no resource; restored or kept as noted. */
  LAYOUT: 'W_FILE_LAYOUT',
  /** An older format version was migrated; saving writes the current one. */
  MIGRATED: 'W_FILE_MIGRATED',
} as const;

export type FileCode = (typeof FILE_CODES)[keyof typeof FILE_CODES];
