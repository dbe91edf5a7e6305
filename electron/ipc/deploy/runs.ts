/**
 * Deploy and destroy runs started from the app: each gets a run id, runs in the background with its
 * own clients, and forwards its status events to the renderer as `deploy.event`, scrubbed of every
 * secret the run resolved. One run per design at a time. Runs are disposables (STYLE.md 15):
 * `dispose()` stops following all of them.
 */
import { randomBytes } from 'node:crypto';
import type { DeployEvent } from '../../../shared/deploy/events';
import { IpcFailure } from '../../../shared/ipc/errors';
import {
  createdByLastDeploy,
  DeployRun,
  destroy,
  rollback,
  type ClientPool,
  type CreatedStack,
} from '../../deploy/index';
import { scrubSecrets } from '../../openstack/scrub';
import { toOpenStackError } from '../../openstack/errors';
import type { EventHub } from '../events';
import type { CompiledDesign } from './designInput';

export type RunOperation = 'deploy' | 'destroy' | 'rollback';

interface ActiveRun {
  runId: string;
  design: string;
  operation: RunOperation;
  controller: AbortController;
  done: Promise<void>;
}

export interface RunRequest {
  operation: RunOperation;
  deployable: CompiledDesign;
  cloud: string;
  clients: ClientPool;
  journalDir: string;
  parameters?: Record<string, string>;
  /** A deploy deletes the stacks of lanes removed from the design (the user confirmed them). */
  deleteRemoved?: boolean;
  pollIntervalMs?: number;
}

/** An event as the renderer may see it: the JSON round trip drops anything that is not data, the scrub any secret. */
export function scrubEvent(event: DeployEvent, secrets: Iterable<string>): DeployEvent {
  return JSON.parse(scrubSecrets(JSON.stringify(event), [...secrets])) as DeployEvent;
}

const createdKey = (design: string, cloud: string): string => `${design}\u0000${cloud}`;

export class RunRegistry {
  private readonly runs = new Map<string, ActiveRun>();
  /** Stacks the last deploy of a design on a cloud created (what a rollback deletes), by design and cloud. */
  private readonly created = new Map<string, CreatedStack[]>();

  constructor(
    private readonly events: EventHub,
    /** Secrets resolved so far (shared with the cloud resolver). */
    private readonly secrets: Set<string>,
  ) {}

  get active(): number {
    return this.runs.size;
  }

  /** Start a run; resolves with its id once it is registered (the events follow). */
  start(request: RunRequest): string {
    const name = request.deployable.design.name;
    for (const r of this.runs.values()) {
      if (r.design === name)
        throw new IpcFailure(
          'E_BAD_INPUT',
          `A ${r.operation} of ${name} is running; wait for it to finish or stop it first.`,
        );
    }
    const runId = `r${randomBytes(6).toString('hex')}`;
    const controller = new AbortController();
    const operation = request.operation === 'rollback' ? 'destroy' : request.operation;
    const emit = (event: DeployEvent): void =>
      this.events.emit('deploy.event', {
        runId,
        operation,
        event: scrubEvent(event, this.secrets),
      });
    const done = this.execute(request, controller.signal, emit).finally(() => {
      this.runs.delete(runId);
      void request.clients.close();
    });
    this.runs.set(runId, { runId, design: name, operation: request.operation, controller, done });
    return runId;
  }

  private async execute(
    request: RunRequest,
    signal: AbortSignal,
    emit: (event: DeployEvent) => void,
  ): Promise<void> {
    const started = Date.now();
    let finished = false;
    const listener = (event: DeployEvent): void => {
      if (event.kind === 'deploy-finished') finished = true;
      emit(event);
    };
    const base = {
      design: request.deployable.design.name,
      compiled: request.deployable.compiled,
      cloud: request.cloud,
      clients: request.clients,
      journalDir: request.journalDir,
      signal,
      ...(request.pollIntervalMs !== undefined ? { pollIntervalMs: request.pollIntervalMs } : {}),
    };
    try {
      if (request.operation === 'deploy') {
        const run = new DeployRun({
          ...base,
          parameters: request.parameters,
          deleteRemoved: request.deleteRemoved === true,
        });
        const off = run.subscribe(listener);
        try {
          const result = await run.run();
          this.created.set(createdKey(base.design, base.cloud), result.created);
        } finally {
          off();
        }
      } else if (request.operation === 'rollback') {
        const key = createdKey(base.design, base.cloud);
        const created = await this.createdBy(base.design, base.cloud, base.journalDir);
        const result = await rollback(base, { created }, listener);
        if (result.outcome === 'succeeded') this.created.delete(key);
      } else {
        await destroy(base, listener);
      }
    } catch (e) {
      // auth, network or a bug before the run could report: say so, and end the run for the view
      const err = toOpenStackError(e, [...this.secrets]);
      const time = new Date().toISOString();
      emit({ kind: 'error', time, code: err.code, message: err.message, transient: false });
      if (!finished)
        emit({
          kind: 'deploy-finished',
          time,
          operation: request.operation === 'rollback' ? 'destroy' : request.operation,
          outcome: signal.aborted ? 'aborted' : 'failed',
          elapsedMs: Date.now() - started,
          failed: [],
          skipped: [],
        });
    }
  }

  /**
   * The stacks the last deploy of this design on this cloud created and no rollback deleted yet:
   * this session's, else (after a restart) what the journals say.
   */
  async createdBy(design: string, cloud: string, journalDir: string): Promise<CreatedStack[]> {
    const known = this.created.get(createdKey(design, cloud));
    if (known !== undefined) return [...known];
    return createdByLastDeploy(journalDir, design, cloud);
  }

  /** Stop following a run (Heat finishes what it started; a deploy resumes from its journal). */
  async cancel(runId: string): Promise<void> {
    const run = this.runs.get(runId);
    if (run === undefined) return;
    run.controller.abort();
    await run.done;
  }

  /** Resolves when every run has ended (tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.runs.values()].map((r) => r.done));
  }

  async dispose(): Promise<void> {
    for (const r of this.runs.values()) r.controller.abort();
    await this.settled();
  }
}
