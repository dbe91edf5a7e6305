/**
 * The design folder's public surface: the model, references, reading and writing design files,
 * and plain HOT YAML. Import from here outside shared/design.
 */
export {
  DEFAULT_HEAT_TEMPLATE_VERSION,
  DESIGN_FORMAT_VERSION,
  emptyDesign,
  stackNameOf,
} from './model';
export type {
  Design,
  DesignOutput,
  DesignResource,
  HotMap,
  HotValue,
  Position,
  Lane,
} from './model';
export {
  dependenciesOf,
  dependsOnList,
  designReferences,
  resourceReferences,
  valueReferences,
} from './refs';
export type { PathSegment, RefKind, Reference } from './refs';
export { IMPORT_HINT, parseDesign } from './parse';
export type { ParseDesignOptions, ParseDesignResult } from './parse';
export { renderFile, serializeDesign, serializeDesignWithSource } from './serialize';
export type { SerializedDesign } from './serialize';
export { sourceText } from './source';
export type { DesignSource } from './source';
export { dumpHot, parseHot } from './hotYaml';
export type { ParseHotResult } from './hotYaml';
export { FILE_CODES } from './codes';
export type { FileCode } from './codes';
export { DEFAULT_LIMITS } from './limits';
export type { ParseLimits } from './limits';
export { CURRENT_FORMAT_VERSION, MIGRATIONS, migrate } from './migrate';
export type { FormatRegistry, Migration } from './migrate';
export { designToFile } from './fileObject';
