/**
 * One step of a deploy: create or update one stack with the template of one pass, then follow it.
 * Journal: `intent` (fsynced) before the call, `accepted` with the stack id after, `settled` at the end.
 * A resumed run recognises a call already made (same pass, same hash) and only follows or reads it.
 */
import type { PlanStep } from '../../shared/compile/types';
import { isInProgress, parseStatus } from '../../shared/deploy/heatStatus';
import { parametersForStep } from '../../shared/deploy/parameters';
import { templateOfStep } from '../../shared/deploy/plannedStep';
import type { JournalStackState } from '../../shared/deploy/journal';
import type { HeatClient } from '../openstack/heat';
import { outputsOf } from '../openstack/heat';
import type { HeatStackSummary, StackSpec, TemplateBody } from '../openstack/heatTypes';
import { delay } from '../openstack/retry';
import { failedResourcesOf, reportCallFailure, reportFailure } from './failure';
import { followStack, type FollowResult } from './follow';
import { stableHash } from './hash';
import { nowIso, type RunContext } from './runContext';
import type { DeployInput, StackFailure } from './types';

export type StepOutcome = { ok: true } | { ok: false; failure: StackFailure };

/** The body sent for a step, and its hash. */
export function specOfStep(
  ctx: RunContext<DeployInput>,
  step: PlanStep,
): { spec: StackSpec; hash: string; missing: string[] } {
  const { input } = ctx;
  const { plan } = input.compiled;
  const template = templateOfStep(input.compiled, step);
  const { parameters, missing } = parametersForStep(
    plan,
    step,
    template,
    ctx.outputs,
    input.parameters,
  );
  const spec: StackSpec = { template: (template ?? {}) as TemplateBody, parameters };
  if (input.environment !== undefined) spec.environment = input.environment;
  if (input.files !== undefined) spec.files = input.files;
  if (input.timeoutMins !== undefined) spec.timeoutMins = input.timeoutMins;
  return {
    spec,
    hash: stableHash({ ...spec, pass: step.pass }),
    missing: missing.map((m) => `${m.fromRegion}.${m.output} -> ${m.parameter}`),
  };
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

async function follow(
  ctx: RunContext<DeployInput>,
  heat: HeatClient,
  region: string,
  id: { name: string; id: string },
  action: 'CREATE' | 'UPDATE',
  extra: { marker?: string; previousUpdatedTime?: string | null } = {},
): Promise<FollowResult> {
  const timeoutMins = ctx.input.timeoutMins ?? 60;
  return followStack({
    heat,
    region,
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

export async function runStep(
  ctx: RunContext<DeployInput>,
  step: PlanStep,
  journal: JournalStackState | undefined,
): Promise<StepOutcome> {
  const ref = ctx.ref(step.region);
  const name = ref.stack;
  let action: 'create' | 'update' = ctx.existing.has(step.region) ? 'update' : 'create';
  const started = Date.now();
  const { input } = ctx;
  try {
    const heat = await ctx.heat(step.region);
    const { spec, hash, missing } = specOfStep(ctx, step);
    if (missing.length > 0) {
      return {
        ok: false,
        failure: reportFailure(
          ctx,
          step.region,
          step.pass,
          action,
          'CLIENT_ERROR',
          `Inputs not available: ${missing.join(', ')}. The source stack has no such output.`,
          [],
        ),
      };
    }
    if (input.validate !== false) await heat.validate(spec, ctx.signal);

    let existing = ctx.existing.get(step.region);
    // a create whose answer was lost (crash, kill) in an earlier run: wait for the stack to appear
    if (existing === undefined && journal?.pendingIntent?.op === 'create') {
      existing = await waitForLostCreate(
        heat,
        name,
        journal.pendingIntent.time,
        input.lostAnswerWindowMs ?? 20_000,
        ctx.signal,
      );
      if (
        existing !== undefined &&
        journal.pendingIntent.pass === step.pass &&
        journal.pendingHash === hash
      ) {
        await ctx.record({
          t: 'accepted',
          time: nowIso(),
          op: 'create',
          region: step.region,
          stack: name,
          pass: step.pass,
          stackId: existing.id,
          adopted: true,
        });
        journal.lastAccepted = { op: 'create', pass: step.pass, hash };
        journal.stackId = existing.id;
        journal.pendingIntent = undefined;
      }
    }
    let result: FollowResult;
    if (existing !== undefined) {
      const id = { name, id: existing.id };
      // still busy from an earlier run: let it settle first
      if (isInProgress(existing.stack_status)) {
        const busy = parseStatus(existing.stack_status).action;
        ctx.emit({
          kind: 'stack-action',
          time: nowIso(),
          region: step.region,
          stack: name,
          action: busy === 'CREATE' ? 'create' : 'update',
          pass: step.pass,
          stackId: existing.id,
          adopted: true,
        });
        const settled = await follow(
          ctx,
          heat,
          step.region,
          id,
          busy === 'CREATE' ? 'CREATE' : 'UPDATE',
        );
        existing = settled.stack ?? existing;
        ctx.existing.set(step.region, existing);
        const pending = journal?.pendingIntent;
        if (
          journal !== undefined &&
          pending !== undefined &&
          pending.pass === step.pass &&
          journal.pendingHash === hash &&
          pending.op.toUpperCase() === busy
        ) {
          // that busy action was our own call whose answer was lost
          await ctx.record({
            t: 'accepted',
            time: nowIso(),
            op: pending.op,
            region: step.region,
            stack: name,
            pass: step.pass,
            stackId: existing.id,
            adopted: true,
          });
          Object.assign(journal, {
            lastAccepted: { op: pending.op, pass: step.pass, hash },
            stackId: existing.id,
            pendingIntent: undefined,
          });
        }
      }
      const done =
        journal?.stackId === existing.id &&
        journal.lastAccepted?.pass === step.pass &&
        journal.lastAccepted.hash === hash &&
        parseStatus(existing.stack_status).state === 'COMPLETE';
      if (done) {
        // resumed: this very call was made and settled; read the outputs
        action = journal?.lastAccepted?.op === 'create' ? 'create' : 'update';
        ctx.emit({
          kind: 'stack-action',
          time: nowIso(),
          region: step.region,
          stack: name,
          action,
          pass: step.pass,
          stackId: existing.id,
          adopted: true,
        });
        const stack = await heat.getStack(id, ctx.signal);
        result = {
          stack,
          status: stack?.stack_status ?? 'DELETE_COMPLETE',
          reason: stack?.stack_status_reason ?? '',
          resources: stack === undefined ? [] : await heat.resources(id, { signal: ctx.signal }),
        };
      } else {
        action = 'update';
        const [last] = await heat.events(id, { sortDir: 'desc', limit: 1, signal: ctx.signal });
        const before = await heat.getStack(id, ctx.signal, { resolveOutputs: false });
        await ctx.record({
          t: 'intent',
          time: nowIso(),
          op: 'update',
          region: step.region,
          stack: name,
          pass: step.pass,
          hash,
        });
        ctx.emit({
          kind: 'stack-action',
          time: nowIso(),
          region: step.region,
          stack: name,
          action: 'update',
          pass: step.pass,
          stackId: existing.id,
        });
        await heat.updateStack(id, spec, ctx.signal);
        await ctx.record({
          t: 'accepted',
          time: nowIso(),
          op: 'update',
          region: step.region,
          stack: name,
          pass: step.pass,
          stackId: existing.id,
          adopted: false,
        });
        result = await follow(ctx, heat, step.region, id, 'UPDATE', {
          marker: last?.id,
          previousUpdatedTime: before?.updated_time ?? null,
        });
      }
    } else {
      await ctx.record({
        t: 'intent',
        time: nowIso(),
        op: 'create',
        region: step.region,
        stack: name,
        pass: step.pass,
        hash,
      });
      ctx.emit({
        kind: 'stack-action',
        time: nowIso(),
        region: step.region,
        stack: name,
        action: 'create',
        pass: step.pass,
      });
      const created = await heat.createStack(name, spec, ctx.signal);
      await ctx.record({
        t: 'accepted',
        time: nowIso(),
        op: 'create',
        region: step.region,
        stack: name,
        pass: step.pass,
        stackId: created.id,
        adopted: created.adopted,
      });
      ctx.emit({
        kind: 'stack-action',
        time: nowIso(),
        region: step.region,
        stack: name,
        action: 'create',
        pass: step.pass,
        stackId: created.id,
        adopted: created.adopted,
      });
      result = await follow(ctx, heat, step.region, { name, id: created.id }, 'CREATE');
    }

    const stack = result.stack;
    if (stack === undefined)
      return {
        ok: false,
        failure: reportFailure(
          ctx,
          step.region,
          step.pass,
          action,
          'DELETE_COMPLETE',
          'The stack was deleted while being deployed.',
          [],
        ),
      };
    ctx.existing.set(step.region, stack);
    await ctx.record({
      t: 'settled',
      time: nowIso(),
      op: action,
      region: step.region,
      stack: name,
      pass: step.pass,
      stackId: stack.id,
      status: stack.stack_status,
    });
    if (
      parseStatus(stack.stack_status).state !== 'COMPLETE' ||
      parseStatus(stack.stack_status).action === 'ROLLBACK'
    ) {
      return {
        ok: false,
        failure: reportFailure(
          ctx,
          step.region,
          step.pass,
          action,
          stack.stack_status,
          stack.stack_status_reason ?? '',
          failedResourcesOf(result.resources),
        ),
      };
    }
    ctx.emit({
      kind: 'stack-settled',
      time: nowIso(),
      region: step.region,
      stack: name,
      action,
      pass: step.pass,
      stackId: stack.id,
      status: stack.stack_status,
      elapsedMs: Date.now() - started,
    });
    const outputs = outputsOf(stack);
    ctx.outputs[step.region] = outputs;
    ctx.emit({ kind: 'outputs', time: nowIso(), region: step.region, stack: name, outputs });
    return { ok: true };
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    await ctx
      .record({
        t: 'call-failed',
        time: nowIso(),
        op: action,
        region: step.region,
        stack: name,
        pass: step.pass,
        code: (e as { code?: string }).code ?? 'E_UNKNOWN',
        message: (e as Error).message ?? String(e),
      })
      .catch(() => {});
    return { ok: false, failure: reportCallFailure(ctx, step.region, step.pass, action, e) };
  }
}
