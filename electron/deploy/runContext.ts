/**
 * What one run shares between its steps: the event bus (with progress derived from the view
 * reducer), the journal, disposables, the clients of each lane, and what is known of each stack.
 */
import type { PlannedStack } from '../../shared/compile/types';
import type { DeployEvent, StackRef } from '../../shared/deploy/events';
import {
  applyDeployEvent,
  emptyView,
  progressOfView,
  type DeployView,
} from '../../shared/deploy/view';
import { redactEvent, redactorFor, type Redactor } from '../../shared/deploy/redact';
import type { JournalRecord } from '../../shared/deploy/journal';
import type { HeatClient } from '../openstack/heat';
import type { HeatStackSummary } from '../openstack/heatTypes';
import type { DisposableStore } from './disposables';
import type { DeployEventBus } from './eventBus';
import type { JournalFile } from './journalFile';
import type { RunInput } from './types';

export const nowIso = (): string => new Date().toISOString();

export class RunContext {
  readonly input: RunInput;
  readonly bus: DeployEventBus;
  readonly store: DisposableStore;
  readonly signal: AbortSignal;
  journal?: JournalFile;
  /** Stacks known to exist, by lane id. */
  readonly existing = new Map<string, HeatStackSummary>();
  /** Outputs of settled stacks, by lane id. */
  readonly outputs: Record<string, Record<string, unknown>> = {};
  private view: DeployView = emptyView();
  /** What is published never holds a hidden parameter's value (the view and the steps keep the real ones). */
  readonly redactor: Redactor;
  private lastProgress = '';
  stepsDone = 0;

  constructor(input: RunInput, bus: DeployEventBus, store: DisposableStore, signal: AbortSignal) {
    this.input = input;
    this.bus = bus;
    this.store = store;
    this.signal = signal;
    this.redactor = redactorFor(
      input.compiled,
      (input as { parameters?: Record<string, unknown> }).parameters,
    );
  }

  planned(region: string): PlannedStack {
    const p = this.input.compiled.plan.stacks.find((s) => s.region === region);
    if (p === undefined) throw new Error(`The plan has no stack for lane ${region}.`);
    return p;
  }

  cloudOf(region: string): string {
    return this.planned(region).cloud ?? this.input.cloud;
  }

  ref(region: string): StackRef {
    const p = this.planned(region);
    return { region, regionName: p.regionName, stack: p.stack };
  }

  heat(region: string): Promise<HeatClient> {
    const p = this.planned(region);
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
    ) {
      const { done, total } = progressOfView(this.view);
      const stepsTotal = this.view.progress.stepsTotal;
      const key = `${done}/${total}/${this.stepsDone}/${stepsTotal}`;
      if (key !== this.lastProgress) {
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
    }
  };

  async record(record: JournalRecord): Promise<void> {
    await this.journal?.append(record);
  }
}
