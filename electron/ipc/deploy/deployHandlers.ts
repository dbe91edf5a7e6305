/**
 * The deploy operations of the contract (shared/ipc/channels/deploy.ts) in plain Node: clouds,
 * Heat's validate, the plan with previews, deploy/destroy runs whose events go out as `deploy.event`.
 * Secrets stay here: entered passwords go to the SecretStore, resolved ones only into the clients.
 */
import {
  checkOnCloud,
  ClientPool,
  deploymentsDir,
  planDeploy,
  readStatus,
} from '../../deploy/index';
import { listCloudValues } from '../../openstack/cloudValues';
import type { CloudFileEnv } from '../../openstack/cloudFiles';
import { isOpenStackError } from '../../openstack/errors';
import { IpcFailure } from '../../../shared/ipc/errors';
import type { LaneStatus } from '../../../shared/ipc/channels/deploy';
import type { StackStatusReport } from '../../deploy/status';
import type { HandlerContext } from '../context';
import type { Handlers } from '../dispatch';
import { cloudResolver, listCloudSummaries, processCloudEnv } from './clouds';
import { compileDesignText, requireDeployable } from './designInput';
import { RunRegistry } from './runs';
import { MemorySecretStore, type SecretStore } from './secretStore';

type DeployHandlers = Pick<
  Handlers,
  | 'clouds.list'
  | 'cloud.setPassword'
  | 'cloud.forgetPassword'
  | 'cloud.validate'
  | 'cloud.values'
  | 'deploy.status'
  | 'deploy.plan'
  | 'deploy.start'
  | 'destroy.start'
  | 'deploy.rollback'
  | 'deploy.cancel'
>;

export interface DeployHandlerOptions {
  /** Where clouds.yaml is searched (default: this process's env, working folder, home). */
  where?: CloudFileEnv;
  /** Passwords entered in the app (default: ctx.secrets, else memory). */
  secrets?: SecretStore;
  /** Stack poll interval of runs (tests go faster). */
  pollIntervalMs?: number;
}

export interface DeployHandlerSet {
  handlers: DeployHandlers;
  runs: RunRegistry;
}

/** OpenStack errors (auth, network, Heat) become E_CLOUD with their own, already scrubbed, message. */
async function cloudCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isOpenStackError(e)) throw new IpcFailure('E_CLOUD', `${what}: ${e.code}: ${e.message}`);
    throw e;
  }
}

/** A status report as the renderer needs it: no resources or outputs, drift with its time. */
function laneStatusOf(r: StackStatusReport): LaneStatus {
  const updatedTime = r.updatedTime ?? r.creationTime;
  return {
    lane: r.lane,
    regionName: r.regionName,
    stack: r.stack,
    exists: r.exists,
    ...(r.status !== undefined ? { status: r.status } : {}),
    ...(updatedTime !== undefined ? { updatedTime } : {}),
    ...(r.drift !== undefined
      ? {
          drift: {
            ...r.drift,
            ...(r.drift.kind === 'changed' && updatedTime !== undefined ? { at: updatedTime } : {}),
          },
        }
      : {}),
  };
}

export function createDeployHandlers(
  ctx: HandlerContext,
  options: DeployHandlerOptions = {},
): DeployHandlerSet {
  const where = options.where ?? processCloudEnv(ctx.home);
  const secrets = options.secrets ?? ctx.secrets ?? new MemorySecretStore();
  const seen = new Set<string>();
  const runs = new RunRegistry(ctx.events, seen);
  const clients = (): ClientPool =>
    new ClientPool({ resolve: cloudResolver(where, secrets, seen) });
  const journalDir = (design: string): string => deploymentsDir(ctx.userDataDir, design);

  /**
   * One pool for the quiet reads (the picker's lookups, the lane headers' status read each time a design
   * opens), kept between requests so each does not authenticate again (Session renews its token); dropped
   * when a password changes.
   */
  let lookups: ClientPool | undefined;
  const dropLookups = async (): Promise<void> => {
    const pool = lookups;
    lookups = undefined;
    await pool?.close();
  };

  /** A pool for one request, closed after it. */
  async function withClients<T>(fn: (pool: ClientPool) => Promise<T>): Promise<T> {
    const pool = clients();
    try {
      return await fn(pool);
    } finally {
      await pool.close();
    }
  }

  /** Destroy all the design's stacks, or roll back (only the stacks its last deploy here created). */
  async function startRemoval(
    operation: 'destroy' | 'rollback',
    cloud: string,
    designText: string,
  ): Promise<{ runId: string; design: string; cloud: string }> {
    const deployable = requireDeployable(designText, ctx.catalog());
    const name = deployable.design.name;
    if (
      operation === 'rollback' &&
      (await runs.createdBy(name, cloud, journalDir(name))).length === 0
    ) {
      throw new IpcFailure(
        'E_BAD_INPUT',
        `Nothing to roll back: the last deploy of ${name} on ${cloud} created no stacks that still exist (Destroy deletes all its stacks).`,
      );
    }
    const pool = clients();
    await cloudCall(`Cloud ${cloud}`, () =>
      pool
        .session(cloud)
        .then((s) => s.token())
        .then(() => undefined),
    ).catch(async (e: unknown) => {
      await pool.close();
      throw e;
    });
    const runId = runs.start({
      operation,
      deployable,
      cloud,
      clients: pool,
      journalDir: journalDir(name),
      pollIntervalMs: options.pollIntervalMs,
    });
    return { runId, design: name, cloud };
  }

  const handlers: DeployHandlers = {
    'clouds.list': () => cloudCall('Reading clouds.yaml', () => listCloudSummaries(where, secrets)),
    'cloud.setPassword': async ({ cloud, password }) => {
      await secrets.set(cloud, password);
      await dropLookups();
      return null;
    },
    'cloud.forgetPassword': async ({ cloud }) => {
      await secrets.delete(cloud);
      await dropLookups();
      return null;
    },
    'cloud.validate': async ({ cloud, designText, parameters }) => {
      const { result, diagnostics } = compileDesignText(designText, ctx.catalog());
      if (result === null) return { diagnostics, lanes: 0 };
      const heatDiagnostics = await cloudCall(`Validating on ${cloud}`, () =>
        withClients((pool) =>
          checkOnCloud({
            design: result.design,
            compiled: result.compiled,
            catalog: ctx.catalog(),
            cloud,
            clients: pool,
            parameters,
          }),
        ),
      );
      return { diagnostics: heatDiagnostics, lanes: result.compiled.plan.stacks.length };
    },
    'cloud.values': ({ cloud, region, constraint }) =>
      cloudCall(`Listing ${constraint} of ${region} on ${cloud}`, () =>
        (lookups ??= clients()).session(cloud).then((s) => listCloudValues(s, region, constraint)),
      ),
    'deploy.status': async ({ cloud, designText }) => {
      const design = requireDeployable(designText, ctx.catalog());
      const reports = await cloudCall(`Reading the status on ${cloud}`, () =>
        readStatus({
          design: design.design.name,
          compiled: design.compiled,
          cloud,
          clients: (lookups ??= clients()),
          journalDir: journalDir(design.design.name),
        }),
      );
      return { lanes: reports.map(laneStatusOf) };
    },
    'deploy.plan': async ({ cloud, designText, parameters }) => {
      const deployable = requireDeployable(designText, ctx.catalog());
      return cloudCall(`Planning on ${cloud}`, () =>
        withClients((pool) =>
          planDeploy({
            design: deployable.design.name,
            compiled: deployable.compiled,
            diagnostics: deployable.diagnostics,
            cloud,
            clients: pool,
            journalDir: journalDir(deployable.design.name),
            parameters,
          }),
        ),
      );
    },
    'deploy.start': async ({ cloud, designText, parameters, deleteRemoved }) => {
      const deployable = requireDeployable(designText, ctx.catalog());
      const pool = clients();
      // fail now (not in the event stream) when the cloud cannot be used: unknown, no password, bad settings
      await cloudCall(`Cloud ${cloud}`, () =>
        pool
          .session(cloud)
          .then((s) => s.token())
          .then(() => undefined),
      ).catch(async (e: unknown) => {
        await pool.close();
        throw e;
      });
      const runId = runs.start({
        operation: 'deploy',
        deployable,
        cloud,
        clients: pool,
        journalDir: journalDir(deployable.design.name),
        parameters,
        deleteRemoved,
        pollIntervalMs: options.pollIntervalMs,
      });
      return { runId, design: deployable.design.name, cloud };
    },
    'destroy.start': ({ cloud, designText }) => startRemoval('destroy', cloud, designText),
    'deploy.rollback': ({ cloud, designText }) => startRemoval('rollback', cloud, designText),
    'deploy.cancel': async ({ runId }) => {
      await runs.cancel(runId);
      return null;
    },
  };
  return { handlers, runs };
}

export function deployHandlers(
  ctx: HandlerContext,
  options: DeployHandlerOptions = {},
): DeployHandlers {
  return createDeployHandlers(ctx, options).handlers;
}
