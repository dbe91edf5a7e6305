/** A problem found in a design, a template or a file: never thrown, always collected. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable code, e.g. `E_UNKNOWN_TYPE`; see `shared/validate/codes.ts`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Resource id the problem is about (if any). */
  readonly resource?: string;
  /** Path below the resource (or below the file root when `resource` is absent). */
  readonly path?: readonly (string | number)[];
  /** Region (lane id) the problem is about, when it concerns a region. */
  readonly lane?: string;
}

export function diag(
  code: string,
  severity: Severity,
  message: string,
  where: { resource?: string; path?: readonly (string | number)[]; lane?: string } = {},
): Diagnostic {
  return { code, severity, message, ...where };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `<severity> <code> <resource>[.<property path>]: <message>` (the CLI's one-line form). */
export function formatDiagnostic(d: Diagnostic): string {
  const subject = [
    d.resource ?? (d.lane !== undefined ? `region:${d.lane}` : '-'),
    ...(d.path ?? []).map(String),
  ].join('.');
  return `${d.severity} ${d.code} ${subject}: ${d.message}`;
}
