/** Validation's public surface. */
export { validate } from './validate';
export { DIAGNOSTIC_CODES, CODES } from './codes';
export type { DiagnosticCode, CodeInfo } from './codes';
