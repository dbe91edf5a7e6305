import type { CodeInfo } from '../validate/codes';

/** The diagnostic codes the compiler and model-2 export produce themselves (validation's are in validate/codes). */
export const COMPILE_DIAGNOSTIC_CODES = {
  E_TOO_LARGE: {
    severity: 'error',
    summary:
      'The templates and deploy script this design compiles to would exceed the compile budget (lanes in a cycle times their resources, or 16 MB of text).',
  },
  W_OUTPUT_SPANS_REGIONS: {
    severity: 'warning',
    summary:
      'An output without region: uses resources of several regions; it is placed in one of them.',
  },
  E_CROSS_REGION_ARGUMENT: {
    severity: 'error',
    summary:
      'A cross-region get_attr computes its attribute path from a third region; this cannot be compiled.',
  },
  E_NESTED_CYCLE: {
    severity: 'error',
    summary:
      'Regions depend on each other in a cycle: a model-2 parent template cannot express it.',
  },
  E_EXPORT_FILE_NAME: {
    severity: 'error',
    summary:
      'A lane id cannot name its exported template file (a slash, `..`, an empty name, or too long).',
  },
  W_NESTED_CLOUD: {
    severity: 'warning',
    summary:
      'Model-2 export runs every region stack in the cloud of the parent stack; per-region clouds are ignored.',
  },
} as const satisfies Record<string, CodeInfo>;

export type CompileDiagnosticCode = keyof typeof COMPILE_DIAGNOSTIC_CODES;

/** `COMPILE_CODES.E_NESTED_CYCLE === 'E_NESTED_CYCLE'`: use these instead of string literals. */
export const COMPILE_CODES = Object.fromEntries(
  Object.keys(COMPILE_DIAGNOSTIC_CODES).map((k) => [k, k]),
) as { readonly [K in CompileDiagnosticCode]: K };
