/** The app's deploy operations through the real contract dispatcher, as the renderer would call them (integration tests). */
import type { DeployEvent } from '../../shared/deploy/events';
import type { AppEvent } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createDeployHandlers } from '../../electron/ipc/deploy/index';
import { testContext, type TempWorld } from './testing';

export interface DeployHarness {
  /** Every answer and event the renderer would have received, as JSON. */
  received: string[];
  call<T>(channel: string, request: unknown): Promise<IpcResult<T>>;
  /** Resolves with the run's events once its `deploy-finished` arrives (an event, never a sleep). */
  finished(runId: string): Promise<DeployEvent[]>;
}

export function deployHarness(world: TempWorld, cloudsYaml: string): DeployHarness {
  const ctx = { ...testContext(world), catalog: bundledCatalog };
  const deploy = createDeployHandlers(ctx, {
    where: { env: { OS_CLIENT_CONFIG_FILE: cloudsYaml }, cwd: world.root, home: world.home },
    pollIntervalMs: 400,
  });
  const dispatch = createDispatcher({ ...createHandlers(ctx), ...deploy.handlers });
  const events: AppEvent[] = [];
  const received: string[] = [];
  const waiters = new Map<string, () => void>();
  ctx.events.subscribe((e) => {
    events.push(e);
    received.push(JSON.stringify(e));
    if (e.kind === 'deploy.event' && e.payload.event.kind === 'deploy-finished')
      waiters.get(e.payload.runId)?.();
  });
  const runEvents = (runId: string): DeployEvent[] =>
    events.flatMap((e) =>
      e.kind === 'deploy.event' && e.payload.runId === runId ? [e.payload.event] : [],
    );
  return {
    received,
    call: async <T>(channel: string, request: unknown) => {
      const r = (await dispatch(channel, request)) as IpcResult<T>;
      received.push(JSON.stringify(r));
      return r;
    },
    finished: (runId) =>
      new Promise((resolve) => {
        if (runEvents(runId).some((e) => e.kind === 'deploy-finished'))
          return resolve(runEvents(runId));
        waiters.set(runId, () => resolve(runEvents(runId)));
      }),
  };
}

export function value<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
