import { compile } from '../../shared/compile/compile';
import { formatDiagnostic, hasErrors } from '../../shared/util/diagnostics';
import { expectPositionals, parseCommandArgs, requireOption } from './args';
import { EXIT, type CliCommand } from './command';
import { loadCatalog, loadDesign, summary, uniqueDiagnostics } from './design';
import { exportFiles } from '../../electron/files/exportFolder';
import { writeFolder } from './files';
import { resolve } from 'node:path';

export const compileCommand: CliCommand = {
  name: 'compile',
  help: [
    'Usage: isotherm compile DESIGN --out DIR [--nested]',
    '',
    'Writes into DIR:',
    '  <lane>.yaml         the HOT template of each lane (region swimlane)',
    '  <lane>.pass<N>.yaml the templates of earlier passes, for lanes deployed in passes (region cycles)',
    '  plan.json           stacks, waves ([{region, stack, pass}]) and cross-region inputs',
    '  deploy.sh           deploys the export with the openstack client in wave order (deploy.sh destroy removes it)',
    '  parent.yaml         with --nested: one parent template with an OS::Heat::Stack per region (model 2)',
    '',
    'When the design has errors they are printed and nothing is written. All files are written or none.',
    'Exit codes: 0 written, 1 the design has errors, 2 a file cannot be read or written, or wrong usage.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('compile', args, {
      out: { type: 'string', short: 'o' },
      nested: { type: 'boolean' },
    });
    const [path] = expectPositionals('compile', positionals, ['DESIGN']);
    const out = requireOption('compile', values.out as string | undefined, '--out DIR');
    const loaded = await loadDesign(path!, io.cwd);
    let diagnostics = loaded.diagnostics;
    let written: string[] = [];
    let nestedOnly = false;
    if (loaded.design !== null && !hasErrors(diagnostics)) {
      const result = compile(loaded.design, loadCatalog());
      diagnostics = [...diagnostics, ...result.diagnostics];
      if (!hasErrors(diagnostics)) {
        const exported = exportFiles(loaded.design, result, { nested: values.nested === true });
        nestedOnly = hasErrors(exported.diagnostics);
        diagnostics = [...diagnostics, ...exported.diagnostics];
        if (!hasErrors(diagnostics)) {
          await writeFolder(resolve(io.cwd, out), exported.files);
          written = exported.files.map((f) => f.name);
        }
      }
    }
    diagnostics = uniqueDiagnostics(diagnostics);
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    if (nestedOnly) {
      io.err(
        `isotherm: ${path} cannot be exported as a parent template (--nested); nothing was written. Compile without --nested: deploy.sh deploys it.`,
      );
      return EXIT.errors;
    }
    if (hasErrors(diagnostics)) {
      io.err(
        `isotherm: ${path} has ${summary(diagnostics)}; nothing was written. Fix them (isotherm validate ${path}) and compile again.`,
      );
      return EXIT.errors;
    }
    io.out(`wrote ${out}: ${written.join(', ')}`);
    return EXIT.ok;
  },
};
