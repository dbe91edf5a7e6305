import type { Catalog } from '../../shared/catalog/types';
import { compile } from '../../shared/compile/compile';
import type { CompileResult } from '../../shared/compile/types';
import type { Design } from '../../shared/design/model';
import type { Diagnostic } from '../../shared/util/diagnostics';
import type { AppState } from './types';

/** Derived data (STYLE.md 8): selectors at module scope, memoized on the identity of their inputs. */

function memo1<A, R>(fn: (a: A) => R): (a: A) => R {
  let last: { a: A; r: R } | undefined;
  return (a) => {
    if (last === undefined || last.a !== a) last = { a, r: fn(a) };
    return last.r;
  };
}

function memo2<A, B, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let last: { a: A; b: B; r: R } | undefined;
  return (a, b) => {
    if (last === undefined || last.a !== a || last.b !== b) last = { a, b, r: fn(a, b) };
    return last.r;
  };
}

const EMPTY: CompileResult = {
  templates: {},
  passTemplates: {},
  plan: { stacks: [], inputs: [], waves: [] },
  diagnostics: [],
};

/**
 * The design minus its layout, as one object that keeps its identity while only positions change (layout is kept
 * apart from semantics: dragging a node must not recompile). Same keys as the design, `layout` left empty.
 */
export function semanticPart(): (design: Design) => Design {
  let last: { design: Design; semantic: Design } | undefined;
  return (design) => {
    if (last !== undefined && last.design === design) return last.semantic;
    const prev = last?.design;
    const onlyLayout =
      prev !== undefined &&
      Object.keys(design).length === Object.keys(prev).length &&
      (Object.keys(design) as (keyof Design)[]).every(
        (k) => k === 'layout' || design[k] === prev[k],
      );
    last = { design, semantic: onlyLayout ? last!.semantic : { ...design, layout: {} } };
    return last.semantic;
  };
}

/** A compile selector keyed on the semantic part of the design and the catalog; `run` is the compiler (tests count calls). */
export function createCompiledSelector(
  run: (design: Design, catalog: Catalog) => CompileResult = compile,
): (s: AppState) => CompileResult {
  const semantic = semanticPart();
  const compiled = memo2((design: Design, catalog: Catalog | null): CompileResult => {
    if (catalog === null) return EMPTY;
    try {
      return run(design, catalog);
    } catch (e) {
      return {
        ...EMPTY,
        diagnostics: [
          { code: 'E_COMPILER', severity: 'error', message: `The compiler failed: ${String(e)}` },
        ],
      };
    }
  });
  return (s) => compiled(semantic(s.design), s.catalog);
}

/** The compile result of the current design (templates per lane, plan, diagnostics); a layout-only change reuses it. */
export const selectCompiled: (s: AppState) => CompileResult = createCompiledSelector();

const diagnosticsMemo = memo2((compiled: CompileResult, yaml: Diagnostic[]): Diagnostic[] => [
  ...yaml,
  ...compiled.diagnostics,
]);
const NO_DIAGNOSTICS: Diagnostic[] = [];
const withCloudMemo = memo2((own: Diagnostic[], cloud: Diagnostic[]): Diagnostic[] =>
  cloud.length === 0 ? own : [...own, ...cloud],
);

/** Heat's validate diagnostics ("Validate on cloud"), while the same document is open. */
const cloudDiagnosticsOf = (s: AppState): Diagnostic[] =>
  s.cloudDiagnostics !== null && s.cloudDiagnostics.documentId === s.documentId
    ? s.cloudDiagnostics.diagnostics
    : NO_DIAGNOSTICS;

/** Every problem to show: the YAML pane's (when its text does not parse), the compiler's and Heat's (Validate on cloud). */
export const selectDiagnostics = (s: AppState): Diagnostic[] =>
  withCloudMemo(diagnosticsMemo(selectCompiled(s), s.yamlDiagnostics), cloudDiagnosticsOf(s));

const problemsMemo = memo1((diagnostics: Diagnostic[]): Map<string, 'error' | 'warning'> => {
  const out = new Map<string, 'error' | 'warning'>();
  for (const d of diagnostics) {
    if (d.resource === undefined || d.severity === 'info') continue;
    if (d.severity === 'error' || out.get(d.resource) === undefined)
      out.set(d.resource, d.severity);
  }
  return out;
});

/** The worst problem of each resource, for the marks on the canvas. */
export const selectProblems = (s: AppState): Map<string, 'error' | 'warning'> =>
  problemsMemo(selectDiagnostics(s));

/** Diagnostics about one resource (for the inspector's inline errors). */
export function diagnosticsOf(diagnostics: readonly Diagnostic[], resource: string): Diagnostic[] {
  return diagnostics.filter((d) => d.resource === resource);
}
