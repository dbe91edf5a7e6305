import { utf8Length } from '../design/limits';
import { diag, type Diagnostic } from '../util/diagnostics';
import { COMPILE_CODES } from './codes';

/** The longest file name most file systems take, in UTF-8 bytes. */
const MAX_NAME_BYTES = 255;

/** A name that stays inside the folder it is written to: no separator, not `.` or `..`, not empty. */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

/**
 * Why `lane` cannot name its export files (`<lane>.yaml`, `<lane>.pass<N>.yaml`, written inside the export
 * folder), or undefined when it can.
 */
export function laneFileNameProblem(lane: string): string | undefined {
  if (lane === '' || lane === '.' || lane === '..') return 'it is empty or a dot name';
  if (!isPlainFileName(lane)) return 'it holds a slash, a backslash or a NUL character';
  if (utf8Length(`${lane}.pass999.yaml`) > MAX_NAME_BYTES)
    return `it is longer than a file name may be (${MAX_NAME_BYTES} bytes with .yaml)`;
  return undefined;
}

/** An error for each lane whose id cannot name export files (its files are then left out of the export). */
export function laneFileNameDiagnostics(lanes: Iterable<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const lane of lanes) {
    const problem = laneFileNameProblem(lane);
    if (problem === undefined) continue;
    const shown = lane.length > 40 ? `${lane.slice(0, 40)}…` : lane;
    out.push(
      diag(
        COMPILE_CODES.E_EXPORT_FILE_NAME,
        'error',
        `Lane ${JSON.stringify(shown)} cannot name its exported template file: ${problem}. Rename the lane (letters, digits, -, _ and . work everywhere).`,
        { lane, path: ['regions', lane] },
      ),
    );
  }
  return out;
}
