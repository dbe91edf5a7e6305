import { Modal } from '../ui/Modal';
import { api } from '../api';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { startRun } from './deployActions';

const selectView = (s: AppState) => s.view;
const selectCloud = (s: AppState) => s.cloud;
const ctx = { store: appStore, api };
const keep = () => appStore.getState().openDeployDialog(null);

/**
 * A deploy finished with a failure: name the failed stacks and resources with Heat's status_reason,
 * and let the user choose: roll back (delete what this deploy created), delete all the design's
 * stacks, or keep everything for debugging.
 */
export function FailureDialog() {
  const view = useApp(selectView);
  const cloud = useApp(selectCloud);
  const failed = Object.values(view.lanes).filter((l) => l.outcome === 'failed');
  const skipped = Object.values(view.lanes).filter((l) => l.outcome === 'skipped');
  return (
    <Modal title={`Deploy of ${view.design ?? ''} failed on ${cloud ?? ''}`} wide onClose={keep}>
      <ul className="deploy-failures" data-testid="deploy-failures">
        {failed.map((l) => (
          <li key={l.lane}>
            <strong>{l.stack}</strong> in {l.regionName}: {l.status} {l.reason}
            {(l.failedResources ?? []).length > 0 && (
              <ul>
                {(l.failedResources ?? []).map((r) => (
                  <li key={r.resource} data-testid="failed-resource">
                    <code>{r.resource}</code> ({r.type ?? '?'}) {r.status}: {r.reason}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <p className="muted">
          Not started (they depend on a failed lane): {skipped.map((l) => l.stack).join(', ')}.
        </p>
      )}
      <p>
        Roll back deletes the stacks this deploy created; Delete all deletes every stack of the
        design on this cloud; Keep leaves everything as it is for debugging.
      </p>
      <div className="modal-actions">
        <button className="btn" data-testid="failure-keep" onClick={keep}>
          Keep for debugging
        </button>
        <button
          className="btn btn-danger"
          data-testid="failure-delete"
          onClick={() => void startRun(ctx, 'destroy')}
        >
          Delete all stacks
        </button>
        <button
          className="btn btn-primary"
          data-testid="failure-rollback"
          onClick={() => void startRun(ctx, 'rollback')}
        >
          Roll back
        </button>
      </div>
    </Modal>
  );
}
