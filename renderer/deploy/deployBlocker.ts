import { selectCompiled } from '../store/selectors';
import type { AppState } from '../store/types';
import { isRunning } from './deployActions';
import { counted } from '../../shared/util/counted';

const CLOUD_PLACES =
  'OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/ or /etc/openstack/';

const BUSY_WORDS = {
  clouds: 'the clouds are being read',
  validate: 'a validation is running',
  plan: 'a plan is being made',
  start: 'a run is starting',
} as const;

/** Why nothing can be sent to a cloud now (no cloud, busy, a run going on); null when something can. */
export function cloudBlocker(s: AppState): string | null {
  if (s.clouds === null)
    return s.cloudsError !== null
      ? `clouds.yaml could not be read: ${s.cloudsError}`
      : 'The clouds are still being read.';
  if (s.clouds.length === 0)
    return `No cloud is configured: add one to clouds.yaml (${CLOUD_PLACES}) and reload the clouds.`;
  if (s.cloud === null) return 'Pick a cloud first (the list left of this button).';
  if (s.busy !== null) return `Wait: ${BUSY_WORDS[s.busy]}.`;
  return null;
}

/** Why a deploy (or destroy) cannot start now; a deploy also needs a design without errors. */
export function runBlocker(s: AppState, operation: 'deploy' | 'destroy'): string | null {
  const cloud = cloudBlocker(s);
  if (cloud !== null) return cloud;
  if (isRunning(s)) return 'A run is going on: wait for it to finish (or stop following it).';
  if (operation === 'destroy') return null;
  const errors = selectCompiled(s).diagnostics.filter((d) => d.severity === 'error').length;
  if (s.design.regions.length === 0) return 'The design has no region lane to deploy.';
  return errors === 0
    ? null
    : `The design has ${counted(errors, 'error')}: fix ${errors === 1 ? 'it' : 'them'} first (see Problems).`;
}
