/** The compiler's public surface: design -> per-region templates + plan; model-2 export; naming conventions. */
export { compile } from './compile';
export type { CompileResult, HotTemplate, Plan, PlanInput, PlannedStack, PlanStep } from './types';
export {
  crossRefBaseName,
  crossRegionOutputDescription,
  crossRegionParameterDescription,
  isCrossRegionOutputDescription,
  parseCrossRegionParameterDescription,
  sanitizeName,
} from './naming';
export { findResourceCycles } from './cycles';
export { exportNested, nestedFileName } from './nested';
export type { NestedExport } from './nested';
export { validate } from '../validate/validate';
export { DIAGNOSTIC_CODES, CODES } from '../validate/codes';
export type { DiagnosticCode, CodeInfo } from '../validate/codes';
