/** Inputs and results of deploy, destroy and status runs. */
import type { CompiledPlan } from '../../shared/deploy/plannedStep';
import type { FailedResource, StackRef } from '../../shared/deploy/events';
import type { HeatResourceChanges } from '../openstack/heatTypes';
import type { ClientPool } from './clientPool';

export type { CompiledPlan };

export interface RunInput {
  /** The design's name (journal folder, events). */
  design: string;
  compiled: CompiledPlan;
  /** Cloud for lanes that name none (`--cloud`). */
  cloud: string;
  clients: ClientPool;
  /** Folder of this design's journals (see deploymentsDir). */
  journalDir: string;
  signal?: AbortSignal;
  /** The slowest stack poll, while resources are busy and quiet (default 2 s; never under 0.5 s: followPace.ts). */
  pollIntervalMs?: number;
}

export interface UpdatePreview extends StackRef {
  /** `delete`: the stack of a lane removed from the design (deleted only with `deleteRemoved`). */
  action: 'create' | 'update' | 'delete';
  /** Heat's update preview (update), or the resources to be created (create). */
  changes?: HeatResourceChanges;
  resources?: string[];
  /** Why there is no preview (an input not available before the deploy, a Heat error). */
  note?: string;
}

export interface DeployInput extends RunInput {
  /** Values of the design's parameters. */
  parameters?: Record<string, string>;
  /** Sent with every stack (e.g. a resource_registry mapping types this cloud lacks to OS::Heat::None). */
  environment?: Record<string, unknown>;
  /** `get_file` contents for templates that use it. */
  files?: Record<string, string>;
  timeoutMins?: number;
  /** Run Heat's validate before each create/update (default true). */
  validate?: boolean;
  /** Ask Heat for update previews of existing stacks (shown through `confirm`). */
  preview?: boolean;
  /**
   * When given, the plan (with previews when `preview`) is shown first; the deploy goes on only if
   * this resolves true or `{ deleteRemoved }` (yes, and whether the `delete` previews are confirmed
   * too; `true` keeps `deleteRemoved` as given).
   */
  confirm?: (previews: UpdatePreview[]) => Promise<boolean | { deleteRemoved: boolean }>;
  /**
   * Delete the stacks of lanes removed from the design (listed as `delete` in the previews), after
   * the other waves, when they all succeeded. Without it they are left and reported in `removedLeft`.
   */
  deleteRemoved?: boolean;
  /** An answer lost for a create this long ago or less is waited for (default 20 s). */
  lostAnswerWindowMs?: number;
}

export interface StackFailure extends StackRef {
  pass: number;
  status: string;
  reason: string;
  failedResources: FailedResource[];
}

export interface CreatedStack extends StackRef {
  stackId: string;
  cloud: string;
}

export interface RunResult {
  outcome: 'succeeded' | 'failed' | 'aborted';
  deployId: string;
  journalPath: string;
  elapsedMs: number;
  failed: StackFailure[];
  skipped: StackRef[];
}

export interface DeployResult extends RunResult {
  /** Outputs by lane id. */
  outputs: Record<string, Record<string, unknown>>;
  /** Stacks this deployment created (over all its resumed runs): what a rollback deletes. */
  created: CreatedStack[];
  resumed: boolean;
  /** Stacks of lanes removed from the design that this run deleted. */
  removedDeleted: StackRef[];
  /** Stacks of lanes removed from the design that still exist (no `deleteRemoved`, or a failed deploy). */
  removedLeft: StackRef[];
}
