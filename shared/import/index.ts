// The importer's public surface: HOT templates (one per region) or a model-2 parent -> a design.
export { importTemplates, type ImportOptions, type ImportResult, type TemplateInput } from './importTemplates';
export { layoutDesign, layoutLane, NODE_HEIGHT, NODE_WIDTH, type LayoutOptions } from './layout';
export { ImportCodes, type ImportCode } from './codes';
export type { ReadFile } from './fileRefs';
export { importNested, type NestedImportOptions } from './importNested';
export { parseTemplateText } from './parseText';
