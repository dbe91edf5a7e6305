import './deploy.css';
import { commandContext } from '../commands/context';
import type { CommandId } from '../commands/ids';
import { commandById, disabledReason } from '../commands/registry';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { useDeployBridge } from './DeployBridge';

const selectClouds = (s: AppState) => s.clouds;
const selectCloud = (s: AppState) => s.cloud;
const selectCloudsError = (s: AppState) => s.cloudsError;
const selectBusy = (s: AppState) => s.busy;

/**
 * A deploy command's button. When the command cannot run it stays focusable and says why: in its tooltip, to
 * screen readers, and in a notice when it is pressed anyway.
 */
export function DeployButton({
  id,
  label,
  className,
}: {
  id: CommandId;
  label: string;
  className?: string;
}) {
  const command = commandById(id)!;
  const reason = useApp((s) => disabledReason(command, s));
  return (
    <button
      className={`btn btn-small ${className ?? ''}${reason !== null ? ' is-disabled' : ''}`}
      aria-disabled={reason !== null}
      onClick={() =>
        reason === null
          ? void command.perform(commandContext)
          : appStore.getState().notify('info', `${command.label.replace(/…$/, '')}: ${reason}`)
      }
      data-testid={`cmd-${id}`}
      title={reason === null ? command.label : `${command.label.replace(/…$/, '')}: ${reason}`}
    >
      {label}
    </button>
  );
}

const BUSY_TEXT = {
  clouds: 'Reading clouds…',
  validate: 'Validating…',
  plan: 'Planning…',
  start: 'Starting…',
} as const;

/** Toolbar group: the cloud picker, Validate on cloud, Deploy, Destroy, and the run's progress. */
export function DeployControls() {
  useDeployBridge();
  const clouds = useApp(selectClouds);
  const cloud = useApp(selectCloud);
  const error = useApp(selectCloudsError);
  const busy = useApp(selectBusy);
  const none = clouds !== null && clouds.length === 0;
  return (
    <nav className="tool-group deploy-controls" aria-label="Deploy">
      <select
        className="cloud-picker"
        aria-label="Cloud"
        data-testid="cloud-picker"
        value={cloud ?? ''}
        disabled={clouds === null || none}
        title={
          error ??
          (none
            ? 'No cloud in clouds.yaml (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/, /etc/openstack/)'
            : 'Cloud from clouds.yaml')
        }
        onChange={(e) =>
          appStore.getState().pickCloud(e.target.value === '' ? null : e.target.value)
        }
      >
        {clouds === null && (
          <option value="">{error !== null ? 'clouds.yaml unreadable' : 'Clouds…'}</option>
        )}
        {none && <option value="">No clouds</option>}
        {(clouds ?? []).map((c) => (
          <option
            key={c.name}
            value={c.name}
            disabled={c.problem !== undefined}
            title={c.problem ?? `${c.authType} · ${c.regions.join(', ')}`}
          >
            {c.name}
            {c.needsPassword ? ' 🔒' : ''}
          </option>
        ))}
      </select>
      <DeployButton id="deploy.validate" label="Validate on cloud" />
      <DeployButton id="deploy.deploy" label="Deploy" className="btn-primary" />
      <DeployButton id="deploy.destroy" label="Destroy" />
      {busy !== null && (
        <span className="deploy-busy" data-testid="deploy-busy">
          {BUSY_TEXT[busy]}
        </span>
      )}
    </nav>
  );
}
