import type { Catalog } from '../../shared/catalog/types';
import { parseDesign } from '../../shared/design/parse';
import type { Design } from '../../shared/design/model';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { counted } from '../../shared/util/counted';
import { CliError } from './command';
import { readText } from './files';

export interface LoadedDesign {
  /** null when the file could not be read as a design (the diagnostics say why). */
  design: Design | null;
  diagnostics: Diagnostic[];
}

/** Read and restore a design file; unreadable files are a CliError (exit 2), bad content diagnostics. */
export async function loadDesign(path: string, cwd: string): Promise<LoadedDesign> {
  const text = await readText(path, cwd);
  const { design, diagnostics } = parseDesign(text);
  return { design, diagnostics };
}

/** The bundled catalog (assets/catalog), or a CliError when it is missing from this install. */
export function loadCatalog(): Catalog {
  try {
    return bundledCatalog();
  } catch (err) {
    throw new CliError(
      `the bundled resource catalog could not be loaded (${err instanceof Error ? err.message : String(err)}). Reinstall Isotherm.`,
    );
  }
}

/** Diagnostics without repeats (parse, validation and compile may report the same problem). */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.code, d.severity, d.resource, d.path, d.lane, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `2 errors, 1 warning` (or `no problems`). */
export function summary(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const parts = [
    [count('error'), 'error'],
    [count('warning'), 'warning'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => counted(n as number, word as string));
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}
