/**
 * The deployer: runs a compiled plan against the clouds. Waves in order, the steps of a wave in
 * parallel; a failed lane blocks the steps that take values from it (and its later passes) while
 * independent lanes finish. Publishes typed status events; resumes an interrupted deployment from
 * its journal without creating anything twice.
 */
import type { PlanStep } from '../../shared/compile/types';
import type {
  DeployListener,
  PlannedStep,
  StackRef,
  Unsubscribe,
} from '../../shared/deploy/events';
import { deployActionOf, plannedWaves, templateOfStep } from '../../shared/deploy/plannedStep';
import { removalStep } from '../../shared/deploy/removed';
import { blockersOf, inputsOfStep } from '../../shared/deploy/schedule';
import { replayJournal, type JournalState } from '../../shared/deploy/journal';
import { isOpenStackError } from '../openstack/errors';
import { DisposableStore } from './disposables';
import { DeployEventBus } from './eventBus';
import { findResumable, JournalFile, newestJournal, readJournal } from './journalFile';
import { computePreviews } from './preview';
import { discoverRemoved } from './removed';
import { deleteRemovedStacks, type RemovalOutcome } from './removal';
import { discoverStacks, newDeployId, nowIso, recordBegin, RunContext } from './runContext';
import { acquireRunLock } from './runLock';
import { runStep, specOfStep } from './step';
import type { CreatedStack, DeployInput, DeployResult, StackFailure } from './types';

type DeployContext = RunContext<DeployInput>;

/** The journal this run writes: an unfinished deployment of this design and cloud resumed, or a new one. */
interface OpenedJournal {
  deployId: string;
  path: string;
  state: JournalState;
  resumed: boolean;
}

/** What the waves left: the failed and the skipped steps, or an abort. */
interface WavesOutcome {
  failed: StackFailure[];
  skipped: StackRef[];
  aborted: boolean;
}

export class DeployRun {
  private readonly input: DeployInput;
  private readonly bus = new DeployEventBus();
  private readonly controller = new AbortController();
  private started = false;

  constructor(input: DeployInput) {
    this.input = input;
    input.signal?.addEventListener('abort', () => this.controller.abort(), { once: true });
  }

  subscribe(listener: DeployListener): Unsubscribe {
    return this.bus.subscribe(listener);
  }

  abort(): void {
    this.controller.abort();
  }

  async run(): Promise<DeployResult> {
    if (this.started) throw new Error('A DeployRun runs once.');
    this.started = true;
    const { journalDir, design, cloud } = this.input;
    const lock = await acquireRunLock(journalDir, design, cloud, 'deploy');
    const store = new DisposableStore();
    const ctx = new RunContext(this.input, this.bus, store, this.controller.signal);
    try {
      return await execute(ctx);
    } finally {
      store.dispose();
      if (ctx.journal !== undefined) await ctx.journal.close();
      await lock.release();
    }
  }
}

async function execute(ctx: DeployContext): Promise<DeployResult> {
  const t0 = Date.now();
  ctx.prevalidation.start(ctx, (step) => specOfStep(ctx, step).spec);
  await Promise.all([discoverStacks(ctx), readLastDeploy(ctx)]);
  await discoverRemoved(ctx);
  const answer = await confirmed(ctx);
  if (answer === false) return declined(Date.now() - t0);
  const journal = await openJournal(ctx);
  announcePlan(ctx, journal, answer.deleteRemoved);
  const waves = await runWaves(ctx, journal.state);
  const removal = await deleteRemovedStacks(ctx, waves, answer.deleteRemoved);
  return finish(ctx, journal, waves, removal, t0);
}

/** The last deploy's journal, when a lane has several passes (an earlier pass may be kept: step.ts). */
async function readLastDeploy(ctx: DeployContext): Promise<void> {
  if (!ctx.input.compiled.plan.stacks.some((s) => s.passes > 1)) return;
  const { journalDir, design, cloud } = ctx.input;
  ctx.lastDeploy = (await newestJournal(journalDir, { design, cloud, operation: 'deploy' }))?.state;
}

/**
 * Without `confirm`, yes (removed lanes' stacks deleted as `deleteRemoved` says); else the previews
 * are shown and the answer decides.
 */
async function confirmed(ctx: DeployContext): Promise<false | { deleteRemoved: boolean }> {
  const { confirm } = ctx.input;
  const asGiven = { deleteRemoved: ctx.input.deleteRemoved === true };
  if (confirm === undefined) return asGiven;
  const answer = await confirm(await computePreviews(ctx));
  return answer === true ? asGiven : answer;
}

function declined(elapsedMs: number): DeployResult {
  return {
    outcome: 'aborted',
    deployId: '',
    journalPath: '',
    elapsedMs,
    failed: [],
    skipped: [],
    outputs: {},
    created: [],
    resumed: false,
    removedDeleted: [],
    removedLeft: [],
  };
}

async function openJournal(ctx: DeployContext): Promise<OpenedJournal> {
  const { input } = ctx;
  const resumable = await findResumable(input.journalDir, {
    design: input.design,
    cloud: input.cloud,
    operation: 'deploy',
  });
  const deployId = resumable?.state.deployId ?? newDeployId();
  const path = resumable?.path ?? JournalFile.newPath(input.journalDir, 'deploy', deployId);
  ctx.journal = await JournalFile.open(path);
  if (resumable !== undefined) await ctx.record({ t: 'resume', time: nowIso(), deployId });
  else await recordBegin(ctx, deployId, 'deploy');
  const state = resumable?.state ?? replayJournal([]);
  return { deployId, path, state, resumed: resumable !== undefined };
}

function announcePlan(ctx: DeployContext, journal: OpenedJournal, deleteRemoved: boolean): void {
  const { compiled } = ctx.input;
  ctx.emit({
    kind: 'plan-started',
    time: nowIso(),
    operation: 'deploy',
    deployId: journal.deployId,
    design: ctx.input.design,
    cloud: ctx.input.cloud,
    waves: [
      ...plannedWaves(compiled, compiled.plan.waves, (step) =>
        deployActionOf(step, ctx.existing.has(step.lane)),
      ),
      ...removalWaves(ctx, deleteRemoved),
    ],
    resumed: journal.resumed,
  });
}

/** The wave that deletes the removed lanes' stacks, when the caller opted in. */
function removalWaves(ctx: DeployContext, deleteRemoved: boolean): PlannedStep[][] {
  if (!deleteRemoved || ctx.removed.size === 0) return [];
  return [[...ctx.removed.values()].map(removalStep)];
}

async function runWaves(ctx: DeployContext, journal: JournalState): Promise<WavesOutcome> {
  const outcome: WavesOutcome = { failed: [], skipped: [], aborted: false };
  const failedOrBlocked = new Set<string>();
  try {
    for (const [w, wave] of ctx.input.compiled.plan.waves.entries())
      await runWave(ctx, journal, w, wave, failedOrBlocked, outcome);
  } catch (e) {
    if (!ctx.signal.aborted && !isOpenStackError(e, 'E_ABORTED')) throw e;
    outcome.aborted = true;
  }
  return outcome;
}

/** The steps of one wave in parallel; a step blocked by a failure is skipped, not started. */
async function runWave(
  ctx: DeployContext,
  journal: JournalState,
  w: number,
  wave: PlanStep[],
  failedOrBlocked: Set<string>,
  outcome: WavesOutcome,
): Promise<void> {
  const waveStart = Date.now();
  ctx.emit({
    kind: 'wave-started',
    time: nowIso(),
    wave: w,
    steps: wave.map((s) => ctx.ref(s.lane)),
  });
  let waveFailed = false;
  await Promise.all(
    wave.map(async (step) => {
      const ok = skipIfBlocked(ctx, step, failedOrBlocked, outcome)
        ? false
        : await runAndRecord(ctx, step, journal, failedOrBlocked, outcome);
      if (!ok) waveFailed = true;
    }),
  );
  ctx.emit({
    kind: 'wave-finished',
    time: nowIso(),
    wave: w,
    outcome: waveFailed ? 'failed' : 'succeeded',
    elapsedMs: Date.now() - waveStart,
  });
}

/** True when a lane this step needs failed or was blocked: the step is reported skipped. */
function skipIfBlocked(
  ctx: DeployContext,
  step: PlanStep,
  failedOrBlocked: Set<string>,
  outcome: WavesOutcome,
): boolean {
  const { compiled } = ctx.input;
  const inputs = inputsOfStep(compiled.plan, step, templateOfStep(compiled, step));
  const blockers = blockersOf(step, inputs, failedOrBlocked);
  if (blockers.length === 0) return false;
  failedOrBlocked.add(step.lane);
  outcome.skipped.push(ctx.ref(step.lane));
  ctx.stepsDone += 1;
  ctx.emit({
    kind: 'stack-skipped',
    time: nowIso(),
    ...ctx.ref(step.lane),
    pass: step.pass,
    blockedBy: blockers,
    reason: `Not started: it needs ${blockers.join(', ')}, which failed.`,
  });
  return true;
}

async function runAndRecord(
  ctx: DeployContext,
  step: PlanStep,
  journal: JournalState,
  failedOrBlocked: Set<string>,
  outcome: WavesOutcome,
): Promise<boolean> {
  const result = await runStep(ctx, step, journal.stacks[step.lane]);
  ctx.stepsFinished();
  if (result.ok) return true;
  failedOrBlocked.add(step.lane);
  outcome.failed.push(result.failure);
  return false;
}

async function finish(
  ctx: DeployContext,
  journal: OpenedJournal,
  waves: WavesOutcome,
  removal: RemovalOutcome,
  t0: number,
): Promise<DeployResult> {
  const { skipped } = waves;
  const failed = [...waves.failed, ...removal.failed];
  const aborted = waves.aborted || removal.aborted;
  const outcome = aborted
    ? 'aborted'
    : failed.length > 0 || skipped.length > 0
      ? 'failed'
      : 'succeeded';
  if (!aborted) await ctx.record({ t: 'end', time: nowIso(), outcome });
  const elapsedMs = Date.now() - t0;
  ctx.emit({
    kind: 'deploy-finished',
    time: nowIso(),
    operation: 'deploy',
    outcome,
    elapsedMs,
    failed: failed.map(({ lane, regionName, stack }) => ({ lane, regionName, stack })),
    skipped,
    ...(removal.left.length > 0 ? { removedLeft: removal.left } : {}),
  });
  await ctx.journal?.close().catch(() => {});
  ctx.journal = undefined;
  return {
    outcome,
    deployId: journal.deployId,
    journalPath: journal.path,
    elapsedMs,
    failed,
    skipped,
    outputs: ctx.outputs,
    created: await createdStacks(ctx, journal.path),
    resumed: journal.resumed,
    removedDeleted: removal.deleted,
    removedLeft: removal.left,
  };
}

/** The stacks this deployment created (over all its resumed runs) and did not delete, from its journal. */
async function createdStacks(ctx: DeployContext, path: string): Promise<CreatedStack[]> {
  const final = await readJournal(path);
  return Object.values(final.stacks)
    .filter((s) => s.createdHere && s.stackId !== undefined && !s.deleted)
    .map((s) => ({ ...ctx.ref(s.lane), stackId: s.stackId!, cloud: ctx.cloudOf(s.lane) }));
}

/** Run a deploy, with an optional listener for its events. */
export async function deploy(input: DeployInput, listener?: DeployListener): Promise<DeployResult> {
  const run = new DeployRun(input);
  const off = listener === undefined ? undefined : run.subscribe(listener);
  try {
    return await run.run();
  } finally {
    off?.();
  }
}
