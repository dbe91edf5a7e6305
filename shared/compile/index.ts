/** The compiler's public surface: design -> per-region templates + plan; model-2 export; naming conventions. */
export { compile } from './compile';
export type { CompileResult, HotTemplate, Plan, PlanInput, PlannedStack, PlanStep } from './types';
export {
  crossRefBaseName,
  crossLaneOutputDescription,
  crossLaneParameterDescription,
  isCrossLaneOutputDescription,
  parseCrossLaneParameterDescription,
  sanitizeName,
} from './naming';
export { exportNested, nestedFileName } from './nested';
export type { NestedExport } from './nested';
export { COMPILE_CODES, COMPILE_DIAGNOSTIC_CODES } from './codes';
export type { CompileDiagnosticCode } from './codes';
