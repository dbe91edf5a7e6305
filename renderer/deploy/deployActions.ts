/**
 * The effects of deploying from the canvas: each asks the Node side through the typed API and puts
 * the answer into the deploy slice. Passwords go to the Node side once (`cloud.setPassword`) and
 * are never kept here.
 */
import { parameterFields, parameterValues } from '../../shared/deploy/parameterFields';
import type { IsothermApi } from '../api';
import { currentText } from '../files/fileActions';
import type { AppStore } from '../store/createAppStore';

export interface DeployContext {
  store: AppStore;
  api: IsothermApi;
}

export async function loadClouds({ store, api }: DeployContext): Promise<void> {
  store.getState().setDeployBusy('clouds');
  const r = await api.clouds.list();
  const s = store.getState();
  s.setDeployBusy(null);
  if (r.ok) s.setClouds(r.value.clouds);
  else s.setClouds(null, r.error.message);
}

/** The picked cloud, or null after asking for its password (the action runs again once it is entered). */
function readyCloud(
  { store }: DeployContext,
  then: 'validate' | 'deploy' | 'destroy',
): string | null {
  const s = store.getState();
  const cloud = s.clouds?.find((c) => c.name === s.cloud);
  if (cloud === undefined) {
    s.notify(
      'error',
      s.clouds?.length === 0
        ? 'No cloud found: add one to clouds.yaml (or set OS_CLIENT_CONFIG_FILE) and reload.'
        : 'Pick a cloud first.',
    );
    return null;
  }
  if (cloud.needsPassword) {
    s.openDeployDialog({ kind: 'password', cloud: cloud.name, then });
    return null;
  }
  return cloud.name;
}

export async function validateOnCloud(ctx: DeployContext): Promise<void> {
  const cloud = readyCloud(ctx, 'validate');
  if (cloud === null) return;
  const { store, api } = ctx;
  store.getState().setDeployBusy('validate');
  const r = await api.cloud.validate({ cloud, designText: currentText(store) });
  const s = store.getState();
  s.setDeployBusy(null);
  if (!r.ok) {
    s.notify('error', `Validate on ${cloud} failed: ${r.error.message}`);
    return;
  }
  s.setCloudDiagnostics(r.value.diagnostics);
  s.setBottomTab('problems');
  const missing = r.value.diagnostics.filter((d) => d.code === 'W_NOT_IN_CLOUD').length;
  const n = r.value.diagnostics.filter((d) => d.severity === 'error').length;
  const values = missing === 0 ? '' : ` ${missing} value(s) are not in the cloud: see Problems.`;
  s.notify(
    n === 0 && missing === 0 ? 'info' : 'error',
    n === 0
      ? `Heat on ${cloud} accepts all ${r.value.lanes} lane templates.${values}`
      : `Heat on ${cloud} found ${n} problem(s): see Problems.${values}`,
  );
}

/** Open the confirmation of a deploy (with the plan and Heat's previews) or of a destroy. */
export async function requestRun(
  ctx: DeployContext,
  operation: 'deploy' | 'destroy',
): Promise<void> {
  const cloud = readyCloud(ctx, operation);
  if (cloud === null) return;
  const { store, api } = ctx;
  store.getState().openDeployDialog({ kind: 'confirm', operation });
  store.getState().setPlan(null);
  store.getState().setDeployBusy('plan');
  const r = await api.deploy.plan({ cloud, designText: currentText(store) });
  const s = store.getState();
  s.setDeployBusy(null);
  if (s.deployDialog?.kind !== 'confirm') return;
  if (!r.ok) {
    s.openDeployDialog(null);
    s.notify('error', `Cannot ${operation}: ${r.error.message}`);
    return;
  }
  s.setPlan(r.value);
}

/** The user confirmed (or chose after a failure): start the run and follow its events. */
export async function startRun(
  ctx: DeployContext,
  operation: 'deploy' | 'destroy' | 'rollback',
): Promise<void> {
  const { store, api } = ctx;
  const cloud = store.getState().cloud;
  if (cloud === null) return;
  const s0 = store.getState();
  s0.openDeployDialog(null);
  s0.runStarting();
  s0.setDeployBusy('start');
  const request = { cloud, designText: currentText(store) };
  // the confirmation listed these stacks "to delete": confirming it confirms their deletion
  const deleteRemoved = (s0.plan?.stacks ?? []).some((st) => st.action === 'delete');
  const fields = parameterFields(s0.design);
  const parameters = parameterValues(fields, s0.deployParameters);
  // secrets typed for this deploy are sent once, then forgotten here
  if (operation === 'deploy')
    s0.clearDeployParameters(fields.filter((f) => f.hidden).map((f) => f.name));
  const r =
    operation === 'deploy'
      ? await api.deploy.start({
          ...request,
          parameters,
          ...(deleteRemoved ? { deleteRemoved: true } : {}),
        })
      : operation === 'rollback'
        ? await api.deploy.rollback(request)
        : await api.destroy.start(request);
  const s = store.getState();
  s.setDeployBusy(null);
  if (!r.ok) {
    s.runStarted(null);
    s.notify('error', `Cannot ${operation}: ${r.error.message}`);
    return;
  }
  s.runStarted(r.value.runId);
  s.setBottomTab('deploy');
}

export async function cancelRun({ store, api }: DeployContext): Promise<void> {
  const runId = store.getState().runId;
  if (runId !== null) await api.deploy.cancel({ runId });
}

/** A password typed in the app goes to the Node side (keychain / memory), then the action goes on. */
export async function submitPassword(
  ctx: DeployContext,
  cloud: string,
  password: string,
  then: 'validate' | 'deploy' | 'destroy',
): Promise<void> {
  const { store, api } = ctx;
  const r = await api.cloud.setPassword({ cloud, password });
  store.getState().openDeployDialog(null);
  if (!r.ok) {
    store.getState().notify('error', `The password was not kept: ${r.error.message}`);
    return;
  }
  await loadClouds(ctx);
  if (then === 'validate') await validateOnCloud(ctx);
  else await requestRun(ctx, then);
}

/** Whether a run is going on (the designer keeps working; Deploy and Destroy wait). */
export const isRunning = (s: { starting: boolean; view: { outcome?: string } }): boolean =>
  s.starting || s.view.outcome === 'running';
