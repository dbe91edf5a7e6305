// The importer's public surface: HOT templates (one per region) or a model-2 parent -> a design; layout; round trip.
export {
  importTemplates,
  type ImportOptions,
  type ImportResult,
  type TemplateInput,
} from './importTemplates';
export { importNested, type NestedImportOptions } from './importNested';
export { layoutDesign, layoutLane, NODE_HEIGHT, NODE_WIDTH, type LayoutOptions } from './layout';
export { compareTemplates, type TemplateDifference } from './compareTemplates';
export { roundTripTemplate, type RoundTripReport, type RoundTripStatus } from './roundTrip';
export { parseTemplateText } from './parseText';
export { ImportCodes, type ImportCode } from './codes';
export type { ReadFile } from './fileRefs';
