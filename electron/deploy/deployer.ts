/**
 * The deployer: runs a compiled plan against the clouds. Waves in order, the steps of a wave in
 * parallel; a failed lane blocks the steps that take values from it (and its later passes) while
 * independent lanes finish. Publishes typed status events; resumes an interrupted deployment from
 * its journal without creating anything twice.
 */
import { randomBytes } from 'node:crypto';
import type {
  DeployListener,
  PlannedStep,
  StackRef,
  Unsubscribe,
} from '../../shared/deploy/events';
import {
  blockersOf,
  inputsOfStep,
  resourceCountOf,
  templateOfStep,
} from '../../shared/deploy/schedule';
import { replayJournal, JOURNAL_VERSION, type JournalState } from '../../shared/deploy/journal';
import { isOpenStackError } from '../openstack/errors';
import { DisposableStore } from './disposables';
import { DeployEventBus } from './eventBus';
import { findResumable, JournalFile, readJournal } from './journalFile';
import { computePreviews } from './preview';
import { nowIso, RunContext } from './runContext';
import { runStep } from './step';
import type { CreatedStack, DeployInput, DeployResult, StackFailure } from './types';

export function newDeployId(): string {
  return randomBytes(4).toString('hex');
}

/** Look up every planned stack by its deterministic name (in parallel). Throws on cloud/auth errors. */
export async function discoverStacks(ctx: RunContext): Promise<void> {
  await Promise.all(
    ctx.input.compiled.plan.stacks.map(async (s) => {
      const heat = await ctx.heat(s.region);
      const found = await heat.findStack(s.stack, ctx.signal);
      if (found !== undefined) ctx.existing.set(s.region, found);
    }),
  );
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
    const store = new DisposableStore();
    const ctx = new RunContext(this.input, this.bus, store, this.controller.signal);
    try {
      return await this.execute(ctx);
    } finally {
      store.dispose();
      if (ctx.journal !== undefined) await ctx.journal.close();
    }
  }

  private async execute(ctx: RunContext): Promise<DeployResult> {
    const input = this.input;
    const { plan } = input.compiled;
    const t0 = Date.now();
    await discoverStacks(ctx);

    if (input.confirm !== undefined) {
      const previews = await computePreviews(ctx, input);
      if (!(await input.confirm(previews))) {
        return {
          outcome: 'aborted',
          deployId: '',
          journalPath: '',
          elapsedMs: Date.now() - t0,
          failed: [],
          skipped: [],
          outputs: {},
          created: [],
          resumed: false,
        };
      }
    }

    // journal: resume an unfinished deployment of this design and cloud, or begin a new one
    const resumable = await findResumable(input.journalDir, {
      design: input.design,
      cloud: input.cloud,
      operation: 'deploy',
    });
    const deployId = resumable?.state.deployId ?? newDeployId();
    const path = resumable?.path ?? JournalFile.newPath(input.journalDir, 'deploy', deployId);
    ctx.journal = await JournalFile.open(path);
    const journalState: JournalState = resumable?.state ?? replayJournal([]);
    if (resumable !== undefined) await ctx.record({ t: 'resume', time: nowIso(), deployId });
    else {
      await ctx.record({
        t: 'begin',
        v: JOURNAL_VERSION,
        time: nowIso(),
        deployId,
        operation: 'deploy',
        design: input.design,
        cloud: input.cloud,
        stacks: plan.stacks.map((s) => ({
          region: s.region,
          regionName: s.regionName,
          stack: s.stack,
          cloud: s.cloud ?? input.cloud,
        })),
      });
    }

    const waves: PlannedStep[][] = plan.waves.map((wave) =>
      wave.map((step) => {
        const p = ctx.planned(step.region);
        const exists = ctx.existing.has(step.region) || step.pass > 1;
        return {
          region: step.region,
          regionName: p.regionName,
          stack: p.stack,
          pass: step.pass,
          passes: p.passes,
          action: exists ? 'update' : 'create',
          resources: resourceCountOf(templateOfStep(input.compiled, plan, step)),
        };
      }),
    );
    ctx.emit({
      kind: 'plan-started',
      time: nowIso(),
      operation: 'deploy',
      deployId,
      design: input.design,
      cloud: input.cloud,
      waves,
      resumed: resumable !== undefined,
    });

    const failedOrBlocked = new Set<string>();
    const failed: StackFailure[] = [];
    const skipped: StackRef[] = [];
    let aborted = false;
    try {
      for (const [w, wave] of plan.waves.entries()) {
        const waveStart = Date.now();
        ctx.emit({
          kind: 'wave-started',
          time: nowIso(),
          wave: w,
          steps: wave.map((s) => ctx.ref(s.region)),
        });
        let waveFailed = false;
        await Promise.all(
          wave.map(async (step) => {
            const inputs = inputsOfStep(plan, step, templateOfStep(input.compiled, plan, step));
            const blockers = blockersOf(step, inputs, failedOrBlocked);
            if (blockers.length > 0) {
              failedOrBlocked.add(step.region);
              skipped.push(ctx.ref(step.region));
              waveFailed = true;
              ctx.stepsDone += 1;
              ctx.emit({
                kind: 'stack-skipped',
                time: nowIso(),
                ...ctx.ref(step.region),
                pass: step.pass,
                blockedBy: blockers,
                reason: `Not started: it needs ${blockers.join(', ')}, which failed.`,
              });
              return;
            }
            const outcome = await runStep(ctx, input, step, journalState.stacks[step.region]);
            ctx.stepsDone += 1;
            if (!outcome.ok) {
              failedOrBlocked.add(step.region);
              failed.push(outcome.failure);
              waveFailed = true;
            }
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
    } catch (e) {
      if (!ctx.signal.aborted && !isOpenStackError(e, 'E_ABORTED')) throw e;
      aborted = true;
    }

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
      failed: failed.map(({ region, regionName, stack }) => ({ region, regionName, stack })),
      skipped,
    });
    await ctx.journal.close().catch(() => {});
    const final = await readJournal(path);
    ctx.journal = undefined;
    const created: CreatedStack[] = Object.values(final.stacks)
      .filter((s) => s.createdHere && s.stackId !== undefined && !s.deleted)
      .map((s) => ({ ...ctx.ref(s.region), stackId: s.stackId!, cloud: ctx.cloudOf(s.region) }));
    return {
      outcome,
      deployId,
      journalPath: path,
      elapsedMs,
      failed,
      skipped,
      outputs: ctx.outputs,
      created,
      resumed: resumable !== undefined,
    };
  }
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
