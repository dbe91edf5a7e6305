/** `isotherm status DESIGN --cloud NAME`: what exists of a design in each region. */
import { readStatus } from '../../electron/deploy/index';
import { expectPositionals, parseCommandArgs } from './args';
import type { CliCommand, CliIo } from './command';
import { DEPLOY_EXIT, exitForError, prepare, processEnv, type DeployCliEnv } from './deployCommon';
import { redactOutputs, redactorFor } from '../../shared/deploy/redact';

const HELP = [
  'Usage: isotherm status DESIGN --cloud NAME [--data-dir DIR]',
  '',
  "Shows each lane's stack as Heat has it (status, reason, resources, outputs); `absent` when it does not exist.",
  'A stack updated or deleted outside Isotherm since its last deploy (per the journals) is reported as drift.',
  '',
  'Exit codes: 0 shown, 2 usage or design errors, 3 cloud or authentication error.',
].join('\n');

export const statusCommand: CliCommand = {
  name: 'status',
  summary: "show the design's stacks, resources and outputs in each region",
  help: HELP,
  run: (args, io) => runStatus(args, io, processEnv()),
};

export async function runStatus(args: string[], io: CliIo, env: DeployCliEnv): Promise<number> {
  const { values, positionals } = parseCommandArgs('status', args, {
    cloud: { type: 'string' },
    'data-dir': { type: 'string' },
  });
  const [path] = expectPositionals('status', positionals, ['DESIGN']);
  const p = await prepare(path!, values.cloud, values['data-dir'], io, env);
  try {
    const reports = await readStatus({
      design: p.design.name,
      compiled: p.compiled,
      cloud: p.cloud,
      clients: p.clients,
      journalDir: p.journalDir,
    });
    const redactor = redactorFor(p.compiled);
    for (const r of reports) {
      if (!r.exists) {
        io.out(
          `${r.lane} ${r.regionName} ${r.stack}: absent${r.drift ? ` (${r.drift.message})` : ''}`,
        );
        continue;
      }
      io.out(
        `${r.lane} ${r.regionName} ${r.stack}: ${r.status} (${r.reason ?? ''}) updated ${r.updatedTime ?? r.creationTime ?? '?'}`,
      );
      if (r.drift !== undefined) io.out(`  drift: ${r.drift.message}`);
      for (const res of r.resources)
        io.out(
          `  ${res.name} ${res.type} ${res.status}${res.status.endsWith('FAILED') ? `: ${res.reason}` : ''}`,
        );
      for (const [k, v] of Object.entries(redactOutputs(redactor, r.lane, r.outputs ?? {})))
        io.out(`  output ${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    }
    return DEPLOY_EXIT.ok;
  } catch (e) {
    return exitForError(e, io);
  } finally {
    await p.clients.close();
  }
}
