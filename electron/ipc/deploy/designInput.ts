/** The design text the renderer sends, parsed and compiled on the Node side (the same core as the CLI). */
import type { Catalog } from '../../../shared/catalog/types';
import { compile } from '../../../shared/compile/compile';
import type { CompileResult } from '../../../shared/compile/types';
import { parseDesign } from '../../../shared/design/parse';
import type { Design } from '../../../shared/design/model';
import { IpcFailure } from '../../../shared/ipc/errors';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../../shared/util/diagnostics';

export interface CompiledDesign {
  design: Design;
  compiled: CompileResult;
  diagnostics: Diagnostic[];
}

/** Parse and compile; `null` design when it cannot be read. Never throws. */
export function compileDesignText(
  text: string,
  catalog: Catalog,
): { result: CompiledDesign | null; diagnostics: Diagnostic[] } {
  const parsed = parseDesign(text);
  if (parsed.design === null || hasErrors(parsed.diagnostics))
    return { result: null, diagnostics: parsed.diagnostics };
  const compiled = compile(parsed.design, catalog);
  const diagnostics = [...parsed.diagnostics, ...compiled.diagnostics];
  return { result: { design: parsed.design, compiled, diagnostics }, diagnostics };
}

/** The compiled design, or an E_BAD_INPUT failure naming its first errors (nothing is sent to a cloud then). */
export function requireDeployable(text: string, catalog: Catalog): CompiledDesign {
  const { result, diagnostics } = compileDesignText(text, catalog);
  if (result === null || hasErrors(diagnostics)) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    throw new IpcFailure(
      'E_BAD_INPUT',
      `The design has ${errors.length} error(s); fix them first (see Problems). ${errors.slice(0, 3).map(formatDiagnostic).join('; ')}`,
    );
  }
  return result;
}
