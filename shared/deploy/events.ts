/**
 * Typed status events of a deploy, destroy or status run (DESIGN.md, "Deploy").
 * A tagged union on `kind`; every event has `time` (ISO 8601, the client's clock) and, when it is
 * about one stack, `region` (lane id) and `stack` (stack name). Heat's own clock appears as
 * `heatTime` / `eventTime` (ISO, UTC) so a timeline can draw bars from Heat's times.
 *
 * Nothing here ever holds a secret: no token, no password, no auth URL with credentials.
 */

import type { PlannedStep } from './plannedStep';

export type { PlannedStep };

export type DeployOperation = 'deploy' | 'destroy' | 'status';
/** What the deployer does to a stack. `none`: exists and is left as it is (status), `skip`: blocked by a failure. */
export type StackAction = 'create' | 'update' | 'delete';

export interface StackRef {
  /** Lane id. */
  lane: string;
  /** OpenStack region name. */
  regionName: string;
  stack: string;
}

interface EventBase {
  time: string;
}

interface StackEventBase extends EventBase {
  lane: string;
  stack: string;
}

export interface PlanStartedEvent extends EventBase {
  kind: 'plan-started';
  operation: DeployOperation;
  deployId: string;
  design: string;
  cloud: string;
  /** The waves as they will run (reversed for destroy). */
  waves: PlannedStep[][];
  /** True when this run resumes an interrupted one found in the journal. */
  resumed: boolean;
}

export interface WaveStartedEvent extends EventBase {
  kind: 'wave-started';
  wave: number;
  steps: StackRef[];
}

export interface StackActionEvent extends StackEventBase {
  kind: 'stack-action';
  action: StackAction;
  pass: number;
  /** Known once Heat accepted the call (create) or before (update/delete). */
  stackId?: string;
  /** Set when the stack already existed and was adopted (resume, or found after a lost answer). */
  adopted?: boolean;
  /**
   * Set when this earlier pass was not sent: the stack already is what the design's final pass makes
   * of it (shared/deploy/keptPass.ts); its outputs are read as they are.
   */
  kept?: boolean;
}

export interface StackStatusEvent extends StackEventBase {
  kind: 'stack-status';
  stackId: string;
  /** Heat's `stack_status`, e.g. `CREATE_IN_PROGRESS`. */
  status: string;
  reason: string;
  /** Heat's creation_time / updated_time of the stack (ISO, UTC), when known. */
  creationTime?: string;
  updatedTime?: string;
}

export interface ResourceStatusEvent extends StackEventBase {
  kind: 'resource-status';
  /** Logical resource id (the design's resource id). */
  resource: string;
  type?: string;
  status: string;
  reason: string;
  physicalId?: string;
  /** Heat's time of that status (ISO, UTC) when it came from an event. */
  heatTime?: string;
}

export interface HeatEventEvent extends StackEventBase {
  kind: 'heat-event';
  eventId: string;
  /** Heat's event_time (ISO, UTC). */
  eventTime: string;
  /** Logical resource id; the stack's own events carry the stack name. */
  resource: string;
  physicalId?: string;
  status: string;
  reason: string;
}

export interface OutputsEvent extends StackEventBase {
  kind: 'outputs';
  outputs: Record<string, unknown>;
}

export interface FailedResource {
  resource: string;
  type?: string;
  status: string;
  reason: string;
}

export interface StackFailedEvent extends StackEventBase {
  kind: 'stack-failed';
  action: StackAction;
  pass: number;
  /** Heat's stack_status (e.g. CREATE_FAILED), or `CLIENT_ERROR` when the call itself failed. */
  status: string;
  /** Heat's stack_status_reason, or the client error's message. */
  reason: string;
  failedResources: FailedResource[];
}

export interface StackSkippedEvent extends StackEventBase {
  kind: 'stack-skipped';
  pass: number;
  /** Lane ids whose failure blocks this step. */
  blockedBy: string[];
  reason: string;
}

export interface StackSettledEvent extends StackEventBase {
  kind: 'stack-settled';
  action: StackAction;
  pass: number;
  stackId: string;
  status: string;
  /** Wall time from the call to the settled state, on the client's clock. */
  elapsedMs: number;
}

export interface WaveFinishedEvent extends EventBase {
  kind: 'wave-finished';
  wave: number;
  outcome: 'succeeded' | 'failed';
  elapsedMs: number;
}

export interface ProgressEvent extends EventBase {
  kind: 'progress';
  /** Resources done (in a `<ACTION>_COMPLETE` state reached during this run, or in settled stacks). */
  done: number;
  total: number;
  /** Steps settled (succeeded, failed or skipped) of all steps. */
  stepsDone: number;
  stepsTotal: number;
}

export interface ErrorEvent extends EventBase {
  kind: 'error';
  lane?: string;
  stack?: string;
  /** A code of the error catalogue (electron/openstack/errors.ts), e.g. `E_NETWORK`. */
  code: string;
  message: string;
  /** True when the run goes on (a retried call, a poll that will be repeated). */
  transient: boolean;
}

export interface DeployFinishedEvent extends EventBase {
  kind: 'deploy-finished';
  operation: DeployOperation;
  outcome: 'succeeded' | 'failed' | 'aborted';
  elapsedMs: number;
  failed: StackRef[];
  skipped: StackRef[];
  /** Stacks of lanes removed from the design that the deploy left in place (not confirmed for deletion). */
  removedLeft?: StackRef[];
}

export type DeployEvent =
  | PlanStartedEvent
  | WaveStartedEvent
  | StackActionEvent
  | StackStatusEvent
  | ResourceStatusEvent
  | HeatEventEvent
  | OutputsEvent
  | StackFailedEvent
  | StackSkippedEvent
  | StackSettledEvent
  | WaveFinishedEvent
  | ProgressEvent
  | ErrorEvent
  | DeployFinishedEvent;

export type DeployEventKind = DeployEvent['kind'];

/** A listener; `subscribe(cb)` returns the function that removes it. */
export type DeployListener = (event: DeployEvent) => void;
export type Unsubscribe = () => void;
