/**
 * One step of a deploy: create or update one stack with the template of one pass, then follow it.
 * Journal: `intent` (fsynced) before the call, `accepted` with the stack id after, `settled` at the end.
 * A resumed run recognises a call already made (same pass, same hash) and only follows or reads it.
 */
import type { PlanStep } from '../../shared/compile/types';
import type { StackAction } from '../../shared/deploy/events';
import { isInProgress, parseStatus } from '../../shared/deploy/heatStatus';
import { parametersForStep } from '../../shared/deploy/parameters';
import { templateOfStep } from '../../shared/deploy/plannedStep';
import type { JournalStackState } from '../../shared/deploy/journal';
import {
  keepsEarlierPass,
  mayKeepEarlierPass,
  type KeptPassCheck,
} from '../../shared/deploy/keptPass';
import type { HeatClient } from '../openstack/heat';
import { outputsOf } from '../openstack/heat';
import type { HeatStackSummary, StackSpec, TemplateBody } from '../openstack/heatTypes';
import { delay } from '../openstack/retry';
import { failedResourcesOf, reportCallFailure, reportFailure } from './failure';
import { declaredResources } from './declaredResources';
import { followStack, type FollowOptions, type FollowResult } from './follow';
import { stableHash } from './hash';
import { nowIso, readSourceOutputs, type RunContext } from './runContext';
import type { DeployInput, StackFailure } from './types';

export type StepOutcome = { ok: true } | { ok: false; failure: StackFailure };

type DeployContext = RunContext<DeployInput>;
type DeployAction = 'create' | 'update';

/** One step under way: what is sent, to which stack, and what is known of it so far. */
interface StepCall {
  ctx: DeployContext;
  step: PlanStep;
  heat: HeatClient;
  /** The stack's name. */
  name: string;
  spec: StackSpec;
  hash: string;
  /** This stack's state in the journal of the deployment being resumed, if any. */
  journal: JournalStackState | undefined;
  /** What the step does (as known so far; a failure is reported as this action). */
  action: DeployAction;
}

/** The body sent for a step, and its hash. */
export function specOfStep(
  ctx: DeployContext,
  step: PlanStep,
  outputs: Record<string, Record<string, unknown>> = ctx.outputs,
): { spec: StackSpec; hash: string; missing: string[] } {
  const { input } = ctx;
  const { plan } = input.compiled;
  const template = templateOfStep(input.compiled, step);
  const { parameters, missing } = parametersForStep(
    plan,
    step,
    template,
    outputs,
    input.parameters,
  );
  const spec: StackSpec = { template: (template ?? {}) as TemplateBody, parameters };
  if (input.environment !== undefined) spec.environment = input.environment;
  if (input.files !== undefined) spec.files = input.files;
  if (input.timeoutMins !== undefined) spec.timeoutMins = input.timeoutMins;
  return {
    spec,
    hash: stableHash({ ...spec, pass: step.pass }),
    missing: missing.map((m) => `${m.fromLane}.${m.output} -> ${m.parameter}`),
  };
}

export async function runStep(
  ctx: DeployContext,
  step: PlanStep,
  journal: JournalStackState | undefined,
): Promise<StepOutcome> {
  const name = ctx.ref(step.lane).stack;
  let action: DeployAction = ctx.existing.has(step.lane) ? 'update' : 'create';
  let call: StepCall | undefined;
  const started = Date.now();
  try {
    const heat = await ctx.heat(step.lane);
    const { spec, hash, missing } = specOfStep(ctx, step);
    if (missing.length > 0) return inputsMissing(ctx, step, action, missing);
    await ctx.prevalidation.check(ctx, step, heat, spec);
    call = { ctx, step, heat, name, spec, hash, journal, action };
    const existing = await adoptLostCreate(call, ctx.existing.get(step.lane));
    const result =
      existing === undefined ? await createStack(call) : await deployExisting(call, existing);
    return await settle(call, result, started);
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    action = call?.action ?? action;
    await recordCallFailed(ctx, step, name, action, e);
    return { ok: false, failure: reportCallFailure(ctx, step.lane, step.pass, action, e) };
  }
}

function inputsMissing(
  ctx: DeployContext,
  step: PlanStep,
  action: DeployAction,
  missing: string[],
): StepOutcome {
  const reason = `Inputs not available: ${missing.join(', ')}. The source stack has no such output.`;
  return {
    ok: false,
    failure: reportFailure(ctx, step.lane, step.pass, action, 'CLIENT_ERROR', reason, []),
  };
}

async function recordCallFailed(
  ctx: DeployContext,
  step: PlanStep,
  name: string,
  action: DeployAction,
  e: unknown,
): Promise<void> {
  await ctx
    .record({
      t: 'call-failed',
      time: nowIso(),
      op: action,
      lane: step.lane,
      stack: name,
      pass: step.pass,
      code: (e as { code?: string }).code ?? 'E_UNKNOWN',
      message: (e as Error).message ?? String(e),
    })
    .catch(() => {});
}

async function recordIntent(call: StepCall, op: DeployAction): Promise<void> {
  const { step } = call;
  await call.ctx.record({
    t: 'intent',
    time: nowIso(),
    op,
    lane: step.lane,
    stack: call.name,
    pass: step.pass,
    hash: call.hash,
  });
}

async function recordAccepted(
  call: StepCall,
  op: StackAction,
  stackId: string,
  adopted: boolean,
): Promise<void> {
  const { step } = call;
  await call.ctx.record({
    t: 'accepted',
    time: nowIso(),
    op,
    lane: step.lane,
    stack: call.name,
    pass: step.pass,
    stackId,
    adopted,
  });
}

function emitAction(
  call: StepCall,
  action: DeployAction,
  extra: { stackId?: string; adopted?: boolean; kept?: boolean } = {},
): void {
  call.ctx.emit({
    kind: 'stack-action',
    time: nowIso(),
    lane: call.step.lane,
    stack: call.name,
    action,
    pass: call.step.pass,
    ...extra,
  });
}

/** The journal learns that a call whose answer was lost did reach Heat (found again by name). */
async function adoptIntoJournal(
  call: StepCall,
  journal: JournalStackState,
  op: StackAction,
  stackId: string,
): Promise<void> {
  await recordAccepted(call, op, stackId, true);
  Object.assign(journal, {
    lastAccepted: { op, pass: call.step.pass, hash: call.hash },
    stackId,
    pendingIntent: undefined,
  });
}

/** A journal's unanswered intent of this very call (same pass, same body; `op` when given). */
function isOwnPendingCall(call: StepCall, op?: string): boolean {
  const pending = call.journal?.pendingIntent;
  return (
    pending !== undefined &&
    pending.pass === call.step.pass &&
    call.journal?.pendingHash === call.hash &&
    (op === undefined || pending.op.toUpperCase() === op)
  );
}

async function waitForLostCreate(
  heat: HeatClient,
  name: string,
  intentTime: string,
  windowMs: number,
  signal: AbortSignal,
): Promise<HeatStackSummary | undefined> {
  const until = Date.parse(intentTime) + windowMs;
  for (;;) {
    const found = await heat.findStack(name, signal);
    if (found !== undefined || Date.now() >= until) return found;
    await delay(1000, signal);
  }
}

/** A create whose answer was lost (crash, kill) in an earlier run: wait for the stack to appear. */
async function adoptLostCreate(
  call: StepCall,
  existing: HeatStackSummary | undefined,
): Promise<HeatStackSummary | undefined> {
  const { ctx, journal } = call;
  if (existing !== undefined || journal?.pendingIntent?.op !== 'create') return existing;
  const found = await waitForLostCreate(
    call.heat,
    call.name,
    journal.pendingIntent.time,
    ctx.input.lostAnswerWindowMs ?? 20_000,
    ctx.signal,
  );
  if (found !== undefined && isOwnPendingCall(call))
    await adoptIntoJournal(call, journal, 'create', found.id);
  return found;
}

async function follow(
  call: StepCall,
  id: { name: string; id: string },
  action: 'CREATE' | 'UPDATE',
  extra: Pick<FollowOptions, 'marker' | 'previousUpdatedTime' | 'calledAt' | 'declared'> = {},
): Promise<FollowResult> {
  const { ctx } = call;
  const timeoutMins = ctx.input.timeoutMins ?? 60;
  return followStack({
    heat: call.heat,
    lane: call.step.lane,
    identity: id,
    action,
    emit: ctx.emit,
    store: ctx.store,
    signal: ctx.signal,
    intervalMs: ctx.input.pollIntervalMs,
    deadlineMs: (timeoutMins + 2) * 60_000,
    ...extra,
  });
}

/** The stack exists: let an earlier run's action settle, then read it (this call was made) or update it. */
async function deployExisting(call: StepCall, existing: HeatStackSummary): Promise<FollowResult> {
  const settled = await settleBusy(call, existing);
  if (alreadyDone(call, settled)) return readDone(call, settled);
  if (await keepsEarlierPassOf(call, settled)) return keepEarlierPass(call, settled);
  return updateStack(call, settled);
}

/** Still busy from an earlier run: follow it until it settles (and adopt it when it was our own call). */
async function settleBusy(call: StepCall, existing: HeatStackSummary): Promise<HeatStackSummary> {
  if (!isInProgress(existing.stack_status)) return existing;
  const { ctx, step, journal } = call;
  const heatAction = parseStatus(existing.stack_status).action;
  const busy = heatAction === 'CREATE' ? 'CREATE' : 'UPDATE';
  emitAction(call, busy === 'CREATE' ? 'create' : 'update', {
    stackId: existing.id,
    adopted: true,
  });
  const settled = await follow(call, { name: call.name, id: existing.id }, busy);
  const stack = settled.stack ?? existing;
  ctx.existing.set(step.lane, stack);
  // that busy action was our own call whose answer was lost
  if (journal !== undefined && isOwnPendingCall(call, heatAction))
    await adoptIntoJournal(call, journal, journal.pendingIntent!.op, stack.id);
  return stack;
}

/** Resumed: this very call (same pass, same hash) was accepted and the stack is COMPLETE. */
function alreadyDone(call: StepCall, existing: HeatStackSummary): boolean {
  const { journal, step } = call;
  return (
    journal?.stackId === existing.id &&
    journal.lastAccepted?.pass === step.pass &&
    journal.lastAccepted.hash === call.hash &&
    parseStatus(existing.stack_status).state === 'COMPLETE'
  );
}

/** Read the outputs and resources of a stack this deployment already settled. */
async function readDone(call: StepCall, existing: HeatStackSummary): Promise<FollowResult> {
  call.action = call.journal?.lastAccepted?.op === 'create' ? 'create' : 'update';
  emitAction(call, call.action, { stackId: existing.id, adopted: true });
  return readAsItIs(call, existing);
}

/**
 * An earlier pass that the stack does not need (shared/deploy/keptPass.ts): nothing is sent, the
 * stack's outputs serve the steps that wait for this pass.
 */
async function keepEarlierPass(call: StepCall, existing: HeatStackSummary): Promise<FollowResult> {
  call.action = 'update';
  emitAction(call, 'update', { stackId: existing.id, kept: true });
  return readAsItIs(call, existing);
}

/** The check of shared/deploy/keptPass.ts, the final pass's hash computed only when the rest holds. */
async function keepsEarlierPassOf(call: StepCall, stack: HeatStackSummary): Promise<boolean> {
  const { ctx, step } = call;
  const passes = ctx.planned(step.lane).passes;
  const check: KeptPassCheck = {
    pass: step.pass,
    passes,
    stack: {
      id: stack.id,
      status: stack.stack_status,
      updatedTime: stack.updated_time ?? stack.creation_time ?? undefined,
    },
    last: ctx.lastDeploy?.stacks[step.lane],
  };
  if (!mayKeepEarlierPass(check)) return false;
  const outputs = { ...ctx.outputs };
  const inputs = ctx.input.compiled.plan.inputs.filter((x) => x.lane === step.lane);
  try {
    await readSourceOutputs(ctx, inputs, outputs);
  } catch (e) {
    // a source stack that cannot be read now only means the pass is sent as before
    if (ctx.signal.aborted) throw e;
    return false;
  }
  const final = specOfStep(ctx, { ...step, pass: passes }, outputs);
  return final.missing.length === 0 && keepsEarlierPass(check, final.hash);
}

/** The stack with its outputs, and its resources, as they are (no call made). */
async function readAsItIs(call: StepCall, existing: HeatStackSummary): Promise<FollowResult> {
  const { ctx, heat } = call;
  const id = { name: call.name, id: existing.id };
  const stack = await heat.getStack(id, ctx.signal);
  return {
    stack,
    status: stack?.stack_status ?? 'DELETE_COMPLETE',
    reason: stack?.stack_status_reason ?? '',
    resources: stack === undefined ? [] : await heat.resources(id, { signal: ctx.signal }),
  };
}

async function updateStack(call: StepCall, existing: HeatStackSummary): Promise<FollowResult> {
  const { ctx, heat } = call;
  call.action = 'update';
  const id = { name: call.name, id: existing.id };
  const [last] = await heat.events(id, { sortDir: 'desc', limit: 1, signal: ctx.signal });
  const before = await heat.getStack(id, ctx.signal, { resolveOutputs: false });
  await recordIntent(call, 'update');
  emitAction(call, 'update', { stackId: existing.id });
  const calledAt = Date.now();
  await heat.updateStack(id, call.spec, ctx.signal);
  await recordAccepted(call, 'update', existing.id, false);
  return follow(call, id, 'UPDATE', {
    marker: last?.id,
    previousUpdatedTime: before?.updated_time ?? null,
    calledAt,
  });
}

async function createStack(call: StepCall): Promise<FollowResult> {
  const { ctx, heat } = call;
  await recordIntent(call, 'create');
  emitAction(call, 'create');
  const calledAt = Date.now();
  const created = await heat.createStack(call.name, call.spec, ctx.signal);
  await recordAccepted(call, 'create', created.id, created.adopted);
  emitAction(call, 'create', { stackId: created.id, adopted: created.adopted });
  return follow(call, { name: call.name, id: created.id }, 'CREATE', {
    calledAt,
    // an adopted stack may not be this call's: Heat lists its resources
    declared: created.adopted ? undefined : declaredResources(call.spec.template),
  });
}

/** Journal the settled state; a stack that is gone, failed or rolled back is a failure, else its outputs are kept. */
async function settle(call: StepCall, result: FollowResult, started: number): Promise<StepOutcome> {
  const { ctx, step, name, action } = call;
  const stack = result.stack;
  const fail = (status: string, reason: string, resources = result.resources): StepOutcome => ({
    ok: false,
    failure: reportFailure(
      ctx,
      step.lane,
      step.pass,
      action,
      status,
      reason,
      failedResourcesOf(resources),
    ),
  });
  if (stack === undefined)
    return fail('DELETE_COMPLETE', 'The stack was deleted while being deployed.', []);
  ctx.existing.set(step.lane, stack);
  await ctx.record({
    t: 'settled',
    time: nowIso(),
    op: action,
    lane: step.lane,
    stack: name,
    pass: step.pass,
    stackId: stack.id,
    status: stack.stack_status,
    updatedTime: stack.updated_time ?? stack.creation_time ?? undefined,
  });
  const { state, action: heatAction } = parseStatus(stack.stack_status);
  if (state !== 'COMPLETE' || heatAction === 'ROLLBACK')
    return fail(stack.stack_status, stack.stack_status_reason ?? '');
  ctx.emit({
    kind: 'stack-settled',
    time: nowIso(),
    lane: step.lane,
    stack: name,
    action,
    pass: step.pass,
    stackId: stack.id,
    status: stack.stack_status,
    elapsedMs: Date.now() - started,
  });
  const outputs = outputsOf(stack);
  ctx.outputs[step.lane] = outputs;
  ctx.emit({ kind: 'outputs', time: nowIso(), lane: step.lane, stack: name, outputs });
  return { ok: true };
}
