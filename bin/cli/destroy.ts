/** `isotherm destroy DESIGN --cloud NAME [--yes] [--rollback]`: delete the design's stacks in reverse wave order. */
import {
  createdByLastDeploy,
  destroy,
  describeFailure,
  rollback,
  type DestroyInput,
} from '../../electron/deploy/index';
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
  'Usage: isotherm destroy DESIGN --cloud NAME [--yes] [--rollback] [--data-dir DIR]',
  '',
  "Deletes each lane's stack, in reverse wave order, waiting for each DELETE_COMPLETE.",
  '',
  '  --yes        do not ask for confirmation (required without a terminal)',
  '  --rollback   delete only the stacks the last deploy created (from its journal, by id; also after',
  '               a crash or a restart): the rollback of a failed deploy',
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
    rollback: { type: 'boolean' },
  });
  const [path] = expectPositionals('destroy', positionals, ['DESIGN']);
  const p = await prepare(path!, values.cloud, values['data-dir'], io, env);
  const controller = new AbortController();
  const offInt = env.onInterrupt(() => controller.abort());
  try {
    const created =
      values.rollback === true
        ? await createdByLastDeploy(p.journalDir, p.design.name, p.cloud)
        : undefined;
    if (created !== undefined && created.length === 0) {
      io.err(
        `isotherm: nothing to roll back: the last deploy of ${p.design.name} on ${p.cloud} created no stacks that still exist.`,
      );
      return DEPLOY_EXIT.ok;
    }
    const stacks = (created ?? p.compiled.plan.stacks)
      .map((s) => `${s.stack} (${s.regionName})`)
      .join(', ');
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
    const input: DestroyInput = {
      design: p.design.name,
      compiled: p.compiled,
      cloud: p.cloud,
      clients: p.clients,
      journalDir: p.journalDir,
      signal: controller.signal,
    };
    const result =
      created === undefined
        ? await destroy(input, view.listener)
        : await rollback(input, { created }, view.listener);
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
