/** `isotherm deploy DESIGN --cloud NAME [--yes] [--preview]`: deploy a design's stacks, wave by wave. */
import {
  DeployRun,
  describeFailure,
  destroy,
  rollback,
  type DeployResult,
  type UpdatePreview,
} from '../../electron/deploy/index';
import { expectPositionals, parseCommandArgs } from './args';
import type { CliCommand, CliIo } from './command';
import {
  confirmOrRefuse,
  DEPLOY_EXIT,
  exitForError,
  parseParams,
  prepare,
  processEnv,
  readEnvironment,
  type DeployCliEnv,
} from './deployCommon';
import { createProgressView } from './deployView';
import { redactOutputs, redactorFor, redactValue } from '../../shared/deploy/redact';

const HELP = [
  'Usage: isotherm deploy DESIGN --cloud NAME [--yes] [--preview] [--param NAME=VALUE]... [--environment FILE]',
  '                       [--on-failure keep|rollback|delete] [--delete-removed] [--data-dir DIR] [--timeout MINUTES]',
  '',
  'Creates or updates one Heat stack per lane of DESIGN in its region, wave by wave, passing outputs of one',
  'region into parameters of the next. Clouds come from clouds.yaml (+ secure.yaml) or OS_* variables.',
  'A journal in DIR/deployments/<design>/ (default ~/.local/share/isotherm) lets an interrupted deploy',
  'resume: run the same command again; nothing is created twice.',
  '',
  '  --yes             do not ask for confirmation (required without a terminal)',
  "  --preview         show Heat's preview of the changes to existing stacks before asking",
  '  --param N=V       a value for a design parameter (repeatable)',
  '  --environment F   a Heat environment file sent with every stack (e.g. resource_registry stubs)',
  '  --on-failure X    what to do with the stacks of a failed deploy without a terminal: keep (default),',
  "                    rollback (delete the stacks this deploy created) or delete (delete all the design's stacks)",
  '  --delete-removed  also delete the stacks of lanes removed from the design (listed "delete" in the plan),',
  '                    after the other waves succeeded; without it (and without a "yes" when asked) they are left',
  '',
  'Exit codes: 0 deployed, 1 the deploy failed, 2 usage or design errors, 3 cloud or authentication error.',
].join('\n');

function describePlan(previews: UpdatePreview[]): string[] {
  return previews.map((p) => {
    const head = `  ${p.action.padEnd(6)} ${p.stack} in ${p.regionName} (lane ${p.lane})`;
    if (p.action === 'delete') return `${head}: lane removed from the design, the stack is deleted`;
    if (p.action === 'create') return `${head}: ${p.resources?.length ?? 0} resources`;
    if (p.changes !== undefined) {
      const c = p.changes;
      const n = (k: keyof typeof c) => (c[k] ?? []).length;
      return `${head}: +${n('added')} -${n('deleted')} replaced ${n('replaced')} updated ${n('updated')} unchanged ${n('unchanged')}`;
    }
    return `${head}${p.note ? `: ${p.note}` : ''}`;
  });
}

async function onFailure(
  result: DeployResult,
  mode: string,
  io: CliIo,
  env: DeployCliEnv,
  base: Parameters<typeof destroy>[0],
): Promise<void> {
  let choice = mode;
  if (env.stdinIsTTY && mode === 'ask') {
    const answer = (
      await env.ask(
        'The deploy failed. [k]eep the stacks for debugging, [r]oll back what this deploy created, [d]elete all? [k/r/d] ',
      )
    )
      .trim()
      .toLowerCase();
    choice = answer.startsWith('r') ? 'rollback' : answer.startsWith('d') ? 'delete' : 'keep';
  } else if (mode === 'ask') choice = 'keep';
  if (choice === 'keep') {
    io.err(
      "isotherm: the stacks are kept. 'isotherm status' shows them; 'isotherm destroy' deletes them.",
    );
    return;
  }
  const view = createProgressView(env, io.err);
  const r =
    choice === 'rollback'
      ? await rollback(base, result, view.listener)
      : await destroy(base, view.listener);
  view.finish();
  io.err(`isotherm: ${choice} ${r.outcome}.`);
}

/**
 * Delete the removed lanes' stacks (the plan's `delete` lines)? `--delete-removed` says yes; else a
 * terminal is asked; else (--yes without a terminal) no: never deleted without being asked for.
 */
async function confirmRemoval(
  previews: UpdatePreview[],
  flag: boolean,
  env: DeployCliEnv,
): Promise<boolean> {
  const n = previews.filter((p) => p.action === 'delete').length;
  if (n === 0 || flag) return flag;
  if (!env.stdinIsTTY) return false;
  const answer = (
    await env.ask(`Delete the ${n} stack(s) of lanes removed from the design? [y/N] `)
  )
    .trim()
    .toLowerCase();
  return answer === 'y' || answer === 'yes';
}

function reportRemoved(result: DeployResult, io: CliIo): void {
  for (const s of result.removedDeleted)
    io.err(
      `isotherm: deleted ${s.stack} in ${s.regionName} (lane ${s.lane} removed from the design)`,
    );
  for (const s of result.removedLeft)
    io.err(
      `isotherm: left ${s.stack} in ${s.regionName}: lane ${s.lane} is no longer in the design; deploy with --delete-removed to delete it`,
    );
}

export const deployCommand: CliCommand = {
  name: 'deploy',
  summary: "deploy a design's stacks to its regions, wave by wave, with live status",
  help: HELP,
  run: (args, io) => runDeploy(args, io, processEnv()),
};

export async function runDeploy(args: string[], io: CliIo, env: DeployCliEnv): Promise<number> {
  const { values, positionals } = parseCommandArgs('deploy', args, {
    cloud: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    preview: { type: 'boolean' },
    param: { type: 'string', multiple: true },
    environment: { type: 'string', short: 'e' },
    'on-failure': { type: 'string' },
    'delete-removed': { type: 'boolean' },
    'data-dir': { type: 'string' },
    timeout: { type: 'string' },
  });
  const [path] = expectPositionals('deploy', positionals, ['DESIGN']);
  const onFail = values['on-failure'] ?? 'ask';
  if (!['ask', 'keep', 'rollback', 'delete'].includes(onFail)) {
    io.err(`isotherm: deploy: --on-failure must be keep, rollback or delete.`);
    return DEPLOY_EXIT.usage;
  }
  const timeoutMins = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMins !== undefined && !(timeoutMins > 0)) {
    io.err('isotherm: deploy: --timeout must be a number of minutes.');
    return DEPLOY_EXIT.usage;
  }
  const p = await prepare(path!, values.cloud, values['data-dir'], io, env);
  const environment = await readEnvironment(values.environment, io.cwd);
  const parameters = parseParams(values.param);
  if (values.yes !== true && !env.stdinIsTTY) await confirmOrRefuse('deploy', false, env, 'deploy');
  const run = new DeployRun({
    design: p.design.name,
    compiled: p.compiled,
    cloud: p.cloud,
    clients: p.clients,
    journalDir: p.journalDir,
    parameters,
    environment,
    timeoutMins,
    preview: values.preview === true,
    confirm: async (previews) => {
      io.err(
        `Deploy ${p.design.name} to cloud ${p.cloud}, ${p.compiled.plan.waves.length} wave(s):`,
      );
      for (const line of describePlan(previews)) io.err(line);
      if (!(await confirmOrRefuse('Deploy', values.yes === true, env, 'deploy'))) return false;
      return {
        deleteRemoved: await confirmRemoval(previews, values['delete-removed'] === true, env),
      };
    },
  });
  const view = createProgressView(env, io.err);
  const off = run.subscribe(view.listener);
  const offInt = env.onInterrupt(() => run.abort());
  try {
    const result = await run.run();
    view.finish();
    if (result.outcome === 'aborted' && result.deployId === '') {
      io.err('isotherm: not deployed.');
      return DEPLOY_EXIT.ok;
    }
    // hidden parameters' values (cross-region secrets, values given with --param) are never printed
    const redactor = redactorFor(p.compiled, parameters);
    for (const [lane, outputs] of Object.entries(result.outputs)) {
      for (const [k, v] of Object.entries(redactOutputs(redactor, lane, outputs)))
        io.out(`${lane}.${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    }
    if (result.outcome === 'aborted') {
      io.err(
        `isotherm: interrupted. The stacks go on in Heat; run the same deploy again to resume (journal ${result.journalPath}).`,
      );
      return DEPLOY_EXIT.failed;
    }
    if (result.outcome === 'failed') {
      reportRemoved(result, io);
      for (const f of result.failed)
        io.err(`isotherm: failed: ${String(redactValue(redactor, describeFailure(f)))}`);
      for (const s of result.skipped)
        io.err(
          `isotherm: not started: ${s.stack} in ${s.regionName} (it depends on a failed lane)`,
        );
      await onFailure(result, onFail, io, env, {
        design: p.design.name,
        compiled: p.compiled,
        cloud: p.cloud,
        clients: p.clients,
        journalDir: p.journalDir,
      });
      return DEPLOY_EXIT.failed;
    }
    reportRemoved(result, io);
    io.err(`isotherm: deployed ${p.design.name} in ${(result.elapsedMs / 1000).toFixed(1)}s.`);
    return DEPLOY_EXIT.ok;
  } catch (e) {
    view.finish();
    return exitForError(e, io);
  } finally {
    offInt();
    off();
    await p.clients.close();
  }
}
