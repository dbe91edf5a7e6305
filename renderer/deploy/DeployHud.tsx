import { progressOfView } from '../../shared/deploy/view';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { DeployButton } from './DeployControls';
import { isRunning } from './deployActions';
import { formatElapsed, useNow } from './useNow';

const selectView = (s: AppState) => s.view;

/** Above the canvas while (and after) a run: resources done of all as a progress bar, the outcome, the elapsed time. */
export function DeployHud() {
  const view = useApp(selectView);
  const running = view.outcome === 'running';
  const now = useNow(running);
  if (view.operation === undefined || view.operation === 'status') return null;
  const { done, total } = progressOfView(view);
  const pct = total === 0 ? (running ? 0 : 100) : Math.round((done / total) * 100);
  const label = view.operation === 'destroy' ? 'Destroy' : 'Deploy';
  const started = view.startedAt !== undefined ? Date.parse(view.startedAt) : now;
  const ended = view.finishedAt !== undefined ? Date.parse(view.finishedAt) : now;
  const counted = view.operation === 'deploy' ? `: ${done}/${total} resources` : '';
  const text = running
    ? `${label}${view.operation === 'deploy' ? `: ${done}/${total} resources` : 'ing'}`
    : `${label} ${view.outcome}${counted}`;
  return (
    <div
      className={`deploy-hud outcome-${view.outcome ?? 'none'}`}
      data-testid="deploy-progress"
      data-outcome={view.outcome}
      role="status"
    >
      <span
        className="deploy-progress-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-label={`${label} progress`}
      >
        <span className="deploy-progress-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="deploy-progress-text" data-testid="deploy-progress-text">
        {text}
      </span>
      <span className="lane-elapsed">{formatElapsed(ended - started)}</span>
      {isRunning({ starting: false, view }) && <DeployButton id="deploy.cancel" label="Stop" />}
    </div>
  );
}
