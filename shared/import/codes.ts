/**
 * Stable diagnostic codes of the importer. Severity is in the prefix (E_ error, W_ warning, I_ info);
 * the message says what happened and what the user can do.
 */
export const ImportCodes = {
  /** The input is not a YAML map (or not YAML at all). */
  NOT_A_MAP: 'E_IMPORT_NOT_A_MAP',
  /** The input is YAML but not a HOT template (an environment file, CloudFormation, a package list...). */
  NOT_HOT: 'E_IMPORT_NOT_HOT',
  /** No input at all, or none that could be imported. */
  NOTHING: 'E_IMPORT_NOTHING',
  /** A section of the template has the wrong shape; it was skipped. */
  BAD_SECTION: 'E_IMPORT_BAD_SECTION',
  /** A resource cannot be imported (not a map, no type); it was skipped. */
  BAD_RESOURCE: 'E_IMPORT_BAD_RESOURCE',
  /** A key of a resource has the wrong shape; it was skipped. */
  BAD_RESOURCE_KEY: 'E_IMPORT_BAD_RESOURCE_KEY',
  /** An output or a parameter of the wrong shape; it was skipped. */
  BAD_ENTRY: 'E_IMPORT_BAD_ENTRY',
  /** The template has no heat_template_version; the default was assumed. */
  NO_VERSION: 'W_IMPORT_NO_VERSION',
  /** A key HOT does not know, on a resource (kept in `extra`) or at the top (dropped). */
  UNKNOWN_KEY: 'W_IMPORT_UNKNOWN_KEY',
  /** A get_file whose file is not available: the intrinsic is kept as it is. */
  GET_FILE: 'W_IMPORT_GET_FILE',
  /** A resource type that is a template file (nested stack by file name). */
  TYPE_IS_FILE: 'W_IMPORT_TYPE_IS_FILE',
  /** A resource type not in the catalog. */
  UNKNOWN_TYPE: 'W_IMPORT_UNKNOWN_TYPE',
  /** A cross-region parameter that could not be wired (ambiguous or used where get_attr is not allowed). */
  NOT_WIRED: 'W_IMPORT_NOT_WIRED',
  /** Something of a model-2 parent that has no place in a design (a property of a nested stack...). */
  NESTED_DROPPED: 'W_IMPORT_NESTED_DROPPED',
  /** Parent resources that are not remote stacks were put in a lane of their own. */
  PARENT_LANE: 'W_IMPORT_PARENT_LANE',
  /** A lane id given twice or empty was renamed. */
  LANE_RENAMED: 'W_IMPORT_LANE_RENAMED',
  /** Resource ids that clashed across lanes were renamed. */
  RESOURCE_RENAMED: 'I_IMPORT_RESOURCE_RENAMED',
  /** A parameter defined differently in two lanes was renamed in one of them. */
  PARAMETER_RENAMED: 'I_IMPORT_PARAMETER_RENAMED',
  /** A condition defined differently in two lanes was renamed in one of them. */
  CONDITION_RENAMED: 'I_IMPORT_CONDITION_RENAMED',
  /** An output name used by two lanes was renamed in one of them. */
  OUTPUT_RENAMED: 'I_IMPORT_OUTPUT_RENAMED',
  /** A cross-region parameter/output pair became a reference. */
  WIRED: 'I_IMPORT_WIRED',
  /** Lanes used different heat_template_versions; the newest was taken. */
  VERSION_MERGED: 'I_IMPORT_VERSION_MERGED',
  /** Lanes had different descriptions; the first was kept. */
  DESCRIPTION_MERGED: 'I_IMPORT_DESCRIPTION_MERGED',
} as const;

export type ImportCode = (typeof ImportCodes)[keyof typeof ImportCodes];
