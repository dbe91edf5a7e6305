/**
 * What one run shares between its steps: the event bus (with progress derived from the view
 * reducer), the journal, disposables, the clients of each lane, and what is known of each stack.
 */
import { randomBytes } from 'node:crypto';
import type { PlanInput, PlannedStack } from '../../shared/compile/types';
import type { DeployEvent, StackRef } from '../../shared/deploy/events';
import {
  applyDeployEvent,
  emptyView,
  progressOfView,
  type DeployView,
} from '../../shared/deploy/view';
import { redactEvent, redactorFor, type Redactor } from '../../shared/deploy/redact';
import {
  JOURNAL_VERSION,
  type JournalRecord,
  type JournalState,
} from '../../shared/deploy/journal';
import { stacksByLane } from '../../shared/deploy/plannedStep';
import type { RemovedStack } from '../../shared/deploy/removed';
import { outputsOf, type HeatClient } from '../openstack/heat';
import type { HeatStackSummary } from '../openstack/heatTypes';
import type { DisposableStore } from './disposables';
import type { DeployEventBus } from './eventBus';
import type { JournalFile } from './journalFile';
import { Prevalidation } from './prevalidate';
import type { DeployInput, RunInput } from './types';

export const nowIso = (): string => new Date().toISOString();

/** The design parameters' values a run was given (a deploy has them; destroy and status do not). */
function parametersOf(input: RunInput | DeployInput): Record<string, string> | undefined {
  return 'parameters' in input ? input.parameters : undefined;
}

export class RunContext<I extends RunInput = RunInput> {
  readonly input: I;
  readonly bus: DeployEventBus;
  readonly store: DisposableStore;
  readonly signal: AbortSignal;
  journal?: JournalFile;
  /** Stacks known to exist, by lane id. */
  readonly existing = new Map<string, HeatStackSummary>();
  /** Stacks of lanes removed from the design that still exist (electron/deploy/removed.ts), by lane id. */
  readonly removed = new Map<string, RemovedStack>();
  /** Outputs of settled stacks, by lane id. */
  readonly outputs: Record<string, Record<string, unknown>> = {};
  /**
   * The journal of the last deploy of this design on this cloud, read before this run's own is opened
   * (only when a lane has several passes: shared/deploy/keptPass.ts).
   */
  lastDeploy?: JournalState;
  /** A deploy's early Heat validate of every step (prevalidate.ts). */
  readonly prevalidation = new Prevalidation();
  private view: DeployView = emptyView();
  /** What is published never holds a hidden parameter's value (the view and the steps keep the real ones). */
  readonly redactor: Redactor;
  private lastProgress = '';
  private readonly stacks: ReadonlyMap<string, PlannedStack>;
  stepsDone = 0;

  constructor(input: I, bus: DeployEventBus, store: DisposableStore, signal: AbortSignal) {
    this.input = input;
    this.bus = bus;
    this.store = store;
    this.signal = signal;
    this.stacks = stacksByLane(input.compiled);
    this.redactor = redactorFor(input.compiled, parametersOf(input));
  }

  planned(lane: string): PlannedStack {
    const p = this.stacks.get(lane);
    if (p === undefined) throw new Error(`The plan has no stack for lane ${lane}.`);
    return p;
  }

  /** The planned stack of a lane, else the stack of a removed lane this run knows of. */
  private stackOf(lane: string): { regionName: string; stack: string; cloud?: string } {
    return this.stacks.get(lane) ?? this.removed.get(lane) ?? this.planned(lane);
  }

  cloudOf(lane: string): string {
    return this.stackOf(lane).cloud ?? this.input.cloud;
  }

  ref(lane: string): StackRef {
    const p = this.stackOf(lane);
    return { lane, regionName: p.regionName, stack: p.stack };
  }

  heat(lane: string): Promise<HeatClient> {
    const p = this.stackOf(lane);
    return this.input.clients.heat(p.cloud ?? this.input.cloud, p.regionName);
  }

  emit = (event: DeployEvent): void => {
    this.view = applyDeployEvent(this.view, event);
    this.bus.emit(redactEvent(this.redactor, event));
    if (
      event.kind === 'resource-status' ||
      event.kind === 'stack-settled' ||
      event.kind === 'stack-failed' ||
      event.kind === 'stack-skipped' ||
      event.kind === 'plan-started'
    )
      this.publishProgress();
  };

  /** Steps ended (their settled or failed events are out): counted, and the progress published with them. */
  stepsFinished(count = 1): void {
    this.stepsDone += count;
    this.publishProgress();
  }

  /** A progress event, when resources or steps done changed since the last one. */
  private publishProgress(): void {
    const { done, total } = progressOfView(this.view);
    const stepsTotal = this.view.progress.stepsTotal;
    const key = `${done}/${total}/${this.stepsDone}/${stepsTotal}`;
    if (key === this.lastProgress) return;
    this.lastProgress = key;
    const progress: DeployEvent = {
      kind: 'progress',
      time: nowIso(),
      done,
      total,
      stepsDone: this.stepsDone,
      stepsTotal,
    };
    this.view = applyDeployEvent(this.view, progress);
    this.bus.emit(progress);
  }

  async record(record: JournalRecord): Promise<void> {
    await this.journal?.append(record);
  }
}

export function newDeployId(): string {
  return randomBytes(4).toString('hex');
}

/** Look up every planned stack by its deterministic name (in parallel). Throws on cloud/auth errors. */
export async function discoverStacks(ctx: RunContext): Promise<void> {
  await Promise.all(
    ctx.input.compiled.plan.stacks.map(async (s) => {
      const heat = await ctx.heat(s.lane);
      const found = await heat.findStack(s.stack, ctx.signal);
      if (found !== undefined) ctx.existing.set(s.lane, found);
    }),
  );
}

/**
 * Adds to `outputs` the outputs of the stacks `inputs` come from, as they are in Heat now: a source lane
 * already in `outputs`, or without a stack, is left as it is (the caller sees what is still missing).
 */
export async function readSourceOutputs(
  ctx: RunContext,
  inputs: readonly PlanInput[],
  outputs: Record<string, Record<string, unknown>>,
): Promise<void> {
  for (const input of inputs) {
    if (outputs[input.fromLane] !== undefined) continue;
    const source = ctx.existing.get(input.fromLane);
    if (source === undefined) continue;
    const heat = await ctx.heat(input.fromLane);
    const stack = await heat.getStack({ name: source.stack_name, id: source.id }, ctx.signal);
    if (stack !== undefined) outputs[input.fromLane] = outputsOf(stack);
  }
}

/** The journal's first record: this run, and the stacks of the plan (lane, region, name, cloud). */
export async function recordBegin(
  ctx: RunContext,
  deployId: string,
  operation: 'deploy' | 'destroy',
): Promise<void> {
  const { input } = ctx;
  await ctx.record({
    t: 'begin',
    v: JOURNAL_VERSION,
    time: nowIso(),
    deployId,
    operation,
    design: input.design,
    cloud: input.cloud,
    stacks: input.compiled.plan.stacks.map((s) => ({
      lane: s.lane,
      regionName: s.regionName,
      stack: s.stack,
      cloud: s.cloud ?? input.cloud,
    })),
  });
}
