import type { Severity } from '../util/diagnostics';

/**
 * The catalogue of diagnostic codes produced by validation (compile's own codes: shared/compile/codes.ts).
 * Codes are stable: tools and tests key off them. `E_` codes are errors, `W_` warnings, `I_` information.
 */
export interface CodeInfo {
  readonly severity: Severity;
  /** What the code means, in one sentence. */
  readonly summary: string;
}

export const DIAGNOSTIC_CODES = {
  E_TEMPLATE_VERSION: {
    severity: 'error',
    summary: 'heat_template_version is not one the supported Heat (Zed) knows.',
  },
  E_UNKNOWN_TYPE: {
    severity: 'error',
    summary: 'The resource type is not in the catalog; the closest type name is suggested.',
  },
  I_PROVIDER_TYPE: {
    severity: 'info',
    summary:
      'The resource type is a template file or URL (a provider template): not checked against the catalog.',
  },
  E_UNKNOWN_PROPERTY: {
    severity: 'error',
    summary: 'The resource type has no property of this name; the closest name is suggested.',
  },
  E_MISSING_PROPERTY: { severity: 'error', summary: 'A required property has no value.' },
  E_PROPERTY_TYPE: {
    severity: 'error',
    summary:
      'The value has the wrong type for the property (e.g. text where a number is expected).',
  },
  E_CONSTRAINT: {
    severity: 'error',
    summary:
      'The value is outside a constraint of the property (range, length, allowed values, pattern, modulo).',
  },
  W_CONSTRAINT_TARGET: {
    severity: 'warning',
    summary:
      "A get_resource points at a resource whose type does not satisfy the property's custom_constraint.",
  },
  E_MISSING_RESOURCE: {
    severity: 'error',
    summary: 'get_resource, get_attr or depends_on names a resource that does not exist.',
  },
  E_MISSING_ATTRIBUTE: {
    severity: 'error',
    summary: 'get_attr names an attribute the resource type does not have.',
  },
  E_MISSING_PARAMETER: {
    severity: 'error',
    summary: 'get_param names a parameter the design does not declare.',
  },
  E_MISSING_CONDITION: {
    severity: 'error',
    summary: 'A condition name is used that the design does not declare under conditions.',
  },
  E_DUPLICATE_ID: { severity: 'error', summary: 'Two regions (lanes) have the same id.' },
  E_DUPLICATE_STACK: {
    severity: 'error',
    summary: 'Two regions would deploy the same stack (same cloud, region_name and stack name).',
  },
  W_EMPTY_REGION: {
    severity: 'warning',
    summary: 'A region (lane) has no resource: its stack would be empty.',
  },
  E_UNKNOWN_REGION: {
    severity: 'error',
    summary: 'A resource or output names a region (lane) the design does not declare.',
  },
  E_RESOURCE_CYCLE: {
    severity: 'error',
    summary: 'Resources depend on each other in a cycle; Heat cannot create any of them.',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** `CODES.E_UNKNOWN_TYPE === 'E_UNKNOWN_TYPE'`: use these instead of string literals. */
export const CODES = Object.fromEntries(Object.keys(DIAGNOSTIC_CODES).map((k) => [k, k])) as {
  readonly [K in DiagnosticCode]: K;
};
