/** `isotherm destroy DESIGN --cloud NAME [--yes]`: delete the design's stacks in reverse wave order. */
import { destroy, describeFailure } from '../../electron/deploy/index';
import { expectPositionals, parseCommandArgs } from './args';
import type { CliCommand, CliIo } from './command';
import {
  confirmOrRefuse,
  DEPLOY_EXIT,
  exitForError,
  prepare,
  processEnv,
  type DeployCliEnv,
} from './deployCommon';
import { createProgressView } from './deployView';

const HELP = [
  'Usage: isotherm destroy DESIGN --cloud NAME [--yes] [--data-dir DIR]',
  '',
  "Deletes each lane's stack, in reverse wave order, waiting for each DELETE_COMPLETE.",
  '',
  '  --yes   do not ask for confirmation (required without a terminal)',
  '',
  'Exit codes: 0 deleted (or nothing to delete), 1 a delete failed, 2 usage or design errors, 3 cloud or authentication error.',
].join('\n');

export const destroyCommand: CliCommand = {
  name: 'destroy',
  summary: "delete the design's stacks in every region (reverse wave order)",
  help: HELP,
  run: (args, io) => runDestroy(args, io, processEnv()),
};

export async function runDestroy(args: string[], io: CliIo, env: DeployCliEnv): Promise<number> {
  const { values, positionals } = parseCommandArgs('destroy', args, {
    cloud: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    'data-dir': { type: 'string' },
  });
  const [path] = expectPositionals('destroy', positionals, ['DESIGN']);
  const p = await prepare(path!, values.cloud, values['data-dir'], io, env);
  const controller = new AbortController();
  const offInt = env.onInterrupt(() => controller.abort());
  try {
    const stacks = p.compiled.plan.stacks.map((s) => `${s.stack} (${s.regionName})`).join(', ');
    if (
      !(await confirmOrRefuse(
        `Delete ${stacks} from cloud ${p.cloud}`,
        values.yes === true,
        env,
        'destroy',
      ))
    ) {
      io.err('isotherm: nothing deleted.');
      return DEPLOY_EXIT.ok;
    }
    const view = createProgressView(env, io.err);
    const result = await destroy(
      {
        design: p.design.name,
        compiled: p.compiled,
        cloud: p.cloud,
        clients: p.clients,
        journalDir: p.journalDir,
        signal: controller.signal,
      },
      view.listener,
    );
    view.finish();
    for (const f of result.failed) io.err(`isotherm: failed: ${describeFailure(f)}`);
    if (result.outcome === 'succeeded')
      io.err(`isotherm: destroyed ${p.design.name} in ${(result.elapsedMs / 1000).toFixed(1)}s.`);
    return result.outcome === 'succeeded' ? DEPLOY_EXIT.ok : DEPLOY_EXIT.failed;
  } catch (e) {
    return exitForError(e, io);
  } finally {
    offInt();
    await p.clients.close();
  }
}
