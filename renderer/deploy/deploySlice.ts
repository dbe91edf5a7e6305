import { applyDeployEvent, emptyView, type DeployView } from '../../shared/deploy/view';
import type {
  CloudSummary,
  DeployEventPayload,
  DeployPlan,
} from '../../shared/ipc/channels/deploy';
import type { Diagnostic } from '../../shared/util/diagnostics';
import type { SliceCreator } from '../store/slice';

/**
 * Live deploy state (STYLE.md 9, 10): [session] only. Never saved in the design file, never part of
 * undo history: the design slice and the history slice do not know it exists, and updates from
 * the deployer are plain `set` calls, not `apply`.
 */

export type DeployDialog =
  | { kind: 'confirm'; operation: 'deploy' | 'destroy' }
  | { kind: 'password'; cloud: string; then: 'validate' | 'deploy' | 'destroy' }
  /** A deploy finished with a failure: roll back, delete all, or keep for debugging. */
  | { kind: 'failure' };

/** What is being asked of the Node side right now (buttons show it and stay disabled). */
export type DeployBusy = 'clouds' | 'validate' | 'plan' | 'start' | null;

export interface DeploySliceState {
  /** [session] Clouds from clouds.yaml; null until listed. */
  clouds: CloudSummary[] | null;
  cloudsError: string | null;
  /** [session] The cloud picked in the toolbar. */
  cloud: string | null;
  busy: DeployBusy;
  /** [session] Heat's validate diagnostics, for the document they were made for. */
  cloudDiagnostics: { documentId: number; diagnostics: Diagnostic[] } | null;
  /** [session] The plan shown in the confirmation (null while it loads). */
  plan: DeployPlan | null;
  deployDialog: DeployDialog | null;
  /** [session] The run the view follows; `starting` while deploy.start is in flight. */
  runId: string | null;
  starting: boolean;
  /** Events of runs whose id is not known yet (they may arrive before deploy.start answers). */
  stash: DeployEventPayload[];
  /** [session] The folded status of the current (or last) run. */
  view: DeployView;
  /** [session] Parameter values entered in the deploy confirmation (never saved in the design file). */
  deployParameters: Record<string, string>;
}

export interface DeploySlice extends DeploySliceState {
  setClouds(clouds: CloudSummary[] | null, error?: string | null): void;
  pickCloud(cloud: string | null): void;
  setDeployBusy(busy: DeployBusy): void;
  setCloudDiagnostics(diagnostics: Diagnostic[] | null): void;
  setPlan(plan: DeployPlan | null): void;
  openDeployDialog(dialog: DeployDialog | null): void;
  /** A run is being started: its events are kept until its id is known. */
  runStarting(): void;
  /** deploy.start answered: follow this run (replaying the events that came first). */
  runStarted(runId: string | null): void;
  /** One `deploy.event` from the Node side. */
  ingestDeployEvent(payload: DeployEventPayload): void;
  clearDeployView(): void;
  setDeployParameter(name: string, value: string): void;
  /** Forget entered values: all of them, or only these names (secrets once sent). */
  clearDeployParameters(names?: readonly string[]): void;
}

const STASH_LIMIT = 500;

/** The event that ends a deploy with a failure (the user then chooses what happens to its stacks). */
const failedDeploy = (p: DeployEventPayload, operation: string | undefined): boolean =>
  p.event.kind === 'deploy-finished' &&
  p.event.outcome === 'failed' &&
  p.event.operation === 'deploy' &&
  operation === 'deploy';

export const initialDeployState = (): DeploySliceState => ({
  clouds: null,
  cloudsError: null,
  cloud: null,
  busy: null,
  cloudDiagnostics: null,
  plan: null,
  deployDialog: null,
  runId: null,
  starting: false,
  stash: [],
  view: emptyView(),
  deployParameters: {},
});

export const createDeploySlice: SliceCreator<DeploySlice> = () => (set, get) => ({
  ...initialDeployState(),
  setClouds: (clouds, error = null) =>
    set((s) => {
      const usable = (clouds ?? []).filter((c) => c.problem === undefined);
      const keep = s.cloud !== null && usable.some((c) => c.name === s.cloud);
      return { clouds, cloudsError: error, cloud: keep ? s.cloud : (usable[0]?.name ?? null) };
    }),
  pickCloud: (cloud) => set({ cloud, cloudDiagnostics: null }),
  setDeployBusy: (busy) => set({ busy }),
  setCloudDiagnostics: (diagnostics) =>
    set((s) => ({
      cloudDiagnostics: diagnostics === null ? null : { documentId: s.documentId, diagnostics },
    })),
  setPlan: (plan) => set({ plan }),
  openDeployDialog: (deployDialog) =>
    set(deployDialog === null ? { deployDialog, plan: null } : { deployDialog }),
  runStarting: () => set({ starting: true, stash: [] }),
  runStarted: (runId) =>
    set((s) => {
      if (runId === null) return { starting: false, stash: [] };
      const mine = s.stash.filter((p) => p.runId === runId);
      const view = mine.reduce((v, p) => applyDeployEvent(v, p.event), emptyView());
      return { runId, starting: false, stash: [], view };
    }),
  ingestDeployEvent: (payload) => {
    const s = get();
    if (payload.runId === s.runId) {
      const view = applyDeployEvent(s.view, payload.event);
      set(
        failedDeploy(payload, view.operation)
          ? { view, deployDialog: { kind: 'failure' } }
          : { view },
      );
    } else if (s.starting) {
      set({ stash: [...s.stash.slice(-STASH_LIMIT + 1), payload] });
    }
  },
  clearDeployView: () => set({ view: emptyView(), runId: null }),
  setDeployParameter: (name, value) =>
    set((s) => ({ deployParameters: { ...s.deployParameters, [name]: value } })),
  clearDeployParameters: (names) =>
    set((s) => ({
      deployParameters:
        names === undefined
          ? {}
          : Object.fromEntries(
              Object.entries(s.deployParameters).filter(([k]) => !names.includes(k)),
            ),
    })),
});
