import { compile } from '../../shared/compile/compile';
import type { Design } from '../../shared/design/model';
import type { Catalog } from '../../shared/catalog/types';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../shared/util/diagnostics';
import { checkOnCloud, ClientPool } from '../../electron/deploy/index';
import { expectPositionals, parseCommandArgs } from './args';
import { EXIT, type CliCommand, type CliIo } from './command';
import { loadCatalog, loadDesign, summary, uniqueDiagnostics } from './design';
import { exitForError, parseParams } from './deployCommon';
import { validate } from '../../shared/validate/validate';
import { counted } from '../../shared/util/counted';

const HELP = [
  'Usage: isotherm validate DESIGN [--cloud NAME [--param NAME=VALUE]...]',
  '',
  'Checks DESIGN (a *.isotherm.yaml file) against the bundled Heat resource catalog and prints one line per',
  'problem on stdout: <severity> <code> <resource>[.<property path>]: <message>, then a summary line',
  '(<design>: no problems | N errors, N warnings). Errors about the command itself go to stderr.',
  '',
  '  --cloud NAME   also validate on that cloud (clouds.yaml or OS_* variables), nothing is created:',
  "                 Heat's own validate of each lane's template in its region (E_HEAT_VALIDATE), and each",
  '                 flavor, image, network, key pair... named by a literal value must exist in the region',
  '                 (W_NOT_IN_CLOUD; I_CLOUD_VALUES_UNCHECKED when the region has no such service)',
  '  --param N=V    a value for a design parameter, sent to Heat with --cloud (repeatable)',
  '',
  'Exit codes: 0 no errors (warnings may be printed), 1 errors, 2 the file cannot be read or wrong usage,',
  '3 the cloud or the credentials (with --cloud).',
].join('\n');

export const validateCommand: CliCommand = {
  name: 'validate',
  help: HELP,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs('validate', args, {
      cloud: { type: 'string' },
      param: { type: 'string', multiple: true },
    });
    const [path] = expectPositionals('validate', positionals, ['DESIGN']);
    const parameters = parseParams(values.param);
    const loaded = await loadDesign(path!, io.cwd);
    const catalog = loadCatalog();
    let diagnostics =
      loaded.design === null
        ? loaded.diagnostics
        : [...loaded.diagnostics, ...validate(loaded.design, catalog)];
    if (values.cloud !== undefined && hasErrors(diagnostics))
      io.err(`not validated on ${values.cloud}: the design has errors; fix them first.`);
    else if (values.cloud !== undefined && loaded.design !== null) {
      try {
        diagnostics = [
          ...diagnostics,
          ...(await onCloud(loaded.design, catalog, values.cloud, parameters, io)),
        ];
      } catch (e) {
        return exitForError(e, io);
      }
    }
    diagnostics = uniqueDiagnostics(diagnostics);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
    io.out(`${path}: ${summary(diagnostics)}`);
    return hasErrors(diagnostics) ? EXIT.errors : EXIT.ok;
  },
};

/** Heat's validate and the cloud values of every lane on `cloud` (compile errors instead, if any). */
async function onCloud(
  design: Design,
  catalog: Catalog,
  cloud: string,
  parameters: Record<string, string>,
  io: CliIo,
): Promise<Diagnostic[]> {
  const compiled = compile(design, catalog);
  if (hasErrors(compiled.diagnostics)) return compiled.diagnostics;
  io.err(`validating ${counted(compiled.plan.stacks.length, 'lane')} on ${cloud}...`);
  const clients = new ClientPool({ where: { env: process.env, cwd: io.cwd } });
  try {
    return await checkOnCloud({ design, compiled, catalog, cloud, clients, parameters });
  } finally {
    await clients.close();
  }
}
