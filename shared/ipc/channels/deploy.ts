import { z } from 'zod';
import type { DeployEvent } from '../../deploy/events';
import { plannedStepSchema } from '../../deploy/plannedStep';
import { op } from './op';
import { diagnosticSchema, noInput, nothing, textSchema } from '../schemas';

/**
 * Deploy from the canvas (DESIGN.md "Deploy"): clouds, Heat's validate, the plan with previews,
 * deploy/destroy runs and their live events. Everything runs on the Node side; nothing here ever
 * carries a password, a token or an application credential secret (the renderer may *send* a
 * password once, with `cloud.setPassword`; it is never sent back).
 */

export const cloudNameSchema = z.string().min(1).max(200);

export const cloudSummarySchema = z.object({
  name: z.string(),
  /** Regions of the cloud (`regions:` of clouds.yaml, else its `region_name`). */
  regions: z.array(z.string()),
  regionName: z.string().optional(),
  authType: z.enum(['password', 'token', 'application_credential']),
  /** Keystone's address (no credentials in it). */
  authUrl: z.string(),
  /** A password is needed and neither clouds.yaml/secure.yaml nor the app's keychain has one. */
  needsPassword: z.boolean(),
  /** A password entered in the app is kept for this cloud (keychain, or memory in the browser fallback). */
  storedPassword: z.boolean(),
  /** Why the cloud cannot be used as configured (e.g. an unsupported auth type). */
  problem: z.string().optional(),
});
export type CloudSummary = z.infer<typeof cloudSummarySchema>;

export const cloudsListSchema = z.object({
  clouds: z.array(cloudSummarySchema),
  /** The clouds.yaml that was read, if any. */
  cloudsPath: z.string().optional(),
  /** Where entered passwords are kept: the OS keychain (Electron safeStorage) or memory (browser fallback). */
  secretStore: z.enum(['keychain', 'memory']),
});
export type CloudsList = z.infer<typeof cloudsListSchema>;

/** A request about one design on one cloud: the design's text as the renderer has it now. */
const designOnCloud = z.object({ cloud: cloudNameSchema, designText: textSchema });
const withParameters = designOnCloud.extend({
  parameters: z.record(z.string(), z.string()).optional(),
});

/** Heat's update preview of one stack, reduced to resource names per kind of change. */
export const stackChangesSchema = z.object({
  added: z.array(z.string()),
  deleted: z.array(z.string()),
  replaced: z.array(z.string()),
  updated: z.array(z.string()),
  unchanged: z.array(z.string()),
});
export type StackChanges = z.infer<typeof stackChangesSchema>;

export const stackPlanSchema = z.object({
  lane: z.string(),
  regionName: z.string(),
  stack: z.string(),
  /** `delete`: the stack of a lane removed from the design (deleted only when the deploy opts in). */
  action: z.enum(['create', 'update', 'delete']),
  /** Heat's stack_status when the stack exists. */
  status: z.string().optional(),
  /** create: the resources of the template. */
  resources: z.array(z.string()).optional(),
  /** update: Heat's preview. */
  changes: stackChangesSchema.optional(),
  /** Why there is no preview. */
  note: z.string().optional(),
});
export type StackPlan = z.infer<typeof stackPlanSchema>;

export const deployPlanSchema = z.object({
  design: z.string(),
  cloud: z.string(),
  waves: z.array(z.array(plannedStepSchema)),
  stacks: z.array(stackPlanSchema),
  /** The design's own problems (errors: nothing to deploy). */
  diagnostics: z.array(diagnosticSchema),
});
export type DeployPlan = z.infer<typeof deployPlanSchema>;

/** One lane's stack as `deploy.status` reads it: Heat's status and drift since Isotherm's last deploy. */
export const laneStatusSchema = z.object({
  lane: z.string(),
  regionName: z.string(),
  stack: z.string(),
  exists: z.boolean(),
  status: z.string().optional(),
  /** Heat's updated_time (else creation_time). */
  updatedTime: z.string().optional(),
  /** Changed or deleted outside Isotherm since its last deploy (from the journals). */
  drift: z
    .object({
      kind: z.enum(['changed', 'deleted']),
      message: z.string(),
      at: z.string().optional(),
    })
    .optional(),
});
export type LaneStatus = z.infer<typeof laneStatusSchema>;

export const runIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const runStartedSchema = z.object({
  runId: runIdSchema,
  design: z.string(),
  cloud: z.string(),
});
export type RunStarted = z.infer<typeof runStartedSchema>;

/** The deployer's status events (shared/deploy/events.ts), checked for shape: a `kind` and a `time`. */
export const deployEventSchema = z.custom<DeployEvent>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { kind?: unknown }).kind === 'string' &&
    typeof (v as { time?: unknown }).time === 'string',
  'expected a deploy event { kind, time, ... }',
);

export const deployEventPayloadSchema = z.object({
  runId: runIdSchema,
  operation: z.enum(['deploy', 'destroy']),
  event: deployEventSchema,
});
export type DeployEventPayload = z.infer<typeof deployEventPayloadSchema>;

export const deployRequests = {
  /** Clouds from clouds.yaml (+ secure.yaml) and OS_*: names, regions, auth type. Never a secret. */
  'clouds.list': op(noInput, cloudsListSchema),
  /** Keep a password for a cloud whose clouds.yaml has none (Node side only; never returned). */
  'cloud.setPassword': op(
    z.object({ cloud: cloudNameSchema, password: z.string().min(1).max(4096) }),
    nothing,
  ),
  'cloud.forgetPassword': op(z.object({ cloud: cloudNameSchema }), nothing),
  /** Heat's own POST /validate of each lane's template; problems as diagnostics (E_HEAT_VALIDATE). */
  'cloud.validate': op(
    withParameters,
    z.object({ diagnostics: z.array(diagnosticSchema), lanes: z.number().int() }),
  ),
  /** The compiled plan, which stacks exist (create or update) and Heat's update preview of each existing one. */
  'deploy.plan': op(withParameters, deployPlanSchema),
  /** What exists of the design's stacks now, and their drift (as `isotherm status`); nothing is changed. */
  'deploy.status': op(designOnCloud, z.object({ lanes: z.array(laneStatusSchema) })),
  /**
   * Start a deploy; its events come as `deploy.event` with the returned run id. `deleteRemoved`:
   * the user confirmed deleting the stacks of lanes removed from the design (the plan's `delete`
   * stacks); without it they are left and the run's `deploy-finished` lists them in `removedLeft`.
   */
  'deploy.start': op(
    withParameters.extend({ deleteRemoved: z.boolean().optional() }),
    runStartedSchema,
  ),
  /** Start deleting the design's stacks (reverse wave order). */
  'destroy.start': op(designOnCloud, runStartedSchema),
  /**
   * Roll back the last failed deploy of this design on this cloud (of this session, else as its
   * journal recorded it, so also after a restart): delete exactly the stacks it created, by id, in
   * reverse wave order. Events as for destroy.
   */
  'deploy.rollback': op(designOnCloud, runStartedSchema),
  /** Stop following a run (Heat goes on with what it was doing; a deploy can be resumed). */
  'deploy.cancel': op(z.object({ runId: runIdSchema }), nothing),
} as const;

export const deployEvents = {
  'deploy.event': deployEventPayloadSchema,
} as const;
