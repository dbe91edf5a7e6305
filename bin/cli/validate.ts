import { validate } from '../../shared/validate/validate';
import { formatDiagnostic, hasErrors } from '../../shared/util/diagnostics';
import { expectPositionals, parseCommandArgs } from './args';
import { EXIT, type CliCommand } from './command';
import { loadCatalog, loadDesign, summary, uniqueDiagnostics } from './design';

export const validateCommand: CliCommand = {
  name: 'validate',
  help: [
    'Usage: isotherm validate DESIGN',
    '',
    'Checks DESIGN (a *.isotherm.yaml file) against the bundled Heat resource catalog and prints one line per',
    'problem on stdout: <severity> <code> <resource>[.<property path>]: <message>, then a summary line',
    '(<design>: no problems | N errors, N warnings). Errors about the command itself go to stderr.',
    '',
    'Exit codes: 0 no errors (warnings may be printed), 1 errors, 2 the file cannot be read or wrong usage.',
  ].join('\n'),
  async run(args, io) {
    const { positionals } = parseCommandArgs('validate', args, {});
    const [path] = expectPositionals('validate', positionals, ['DESIGN']);
    const loaded = await loadDesign(path!, io.cwd);
    const diagnostics = uniqueDiagnostics(
      loaded.design === null
        ? loaded.diagnostics
        : [...loaded.diagnostics, ...validate(loaded.design, loadCatalog())],
    );
    for (const d of diagnostics) io.out(formatDiagnostic(d));
    io.out(`${path}: ${summary(diagnostics)}`);
    return hasErrors(diagnostics) ? EXIT.errors : EXIT.ok;
  },
};
