import { memo } from 'react';
import { resourceViewOf, type ResourceView } from '../../shared/deploy/view';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { statusLabel, toneOf } from './statusClass';

/** Module-scope selector factory: the resource's Heat state in the followed run (same object while unchanged). */
function resourceStatus(id: string) {
  return (s: AppState): ResourceView | undefined => {
    // a deleted stack's resources show deleted even when no event named them (short deletes)
    return resourceViewOf(s.view, s.design.resources[id]?.region, id);
  };
}

const selectors = new Map<string, (s: AppState) => ResourceView | undefined>();
function selectorFor(id: string) {
  let sel = selectors.get(id);
  if (sel === undefined) {
    sel = resourceStatus(id);
    selectors.set(id, sel);
  }
  return sel;
}

/** A resource node's Heat state while (and after) deploying: in progress (animated), complete, failed with the reason on hover. */
export const NodeDeployStatus = memo(function NodeDeployStatus({ id }: { id: string }) {
  const status = useApp(selectorFor(id));
  if (status === undefined) return null;
  const tone = toneOf(status.status);
  const title = `${status.status}${status.reason ? `: ${status.reason}` : ''}`;
  return (
    <span
      className={`node-status tone-${tone}`}
      title={title}
      data-testid={`node-status-${id}`}
      data-status={status.status}
    >
      <span className="node-status-dot" aria-hidden="true" />
      <span className="node-status-text">{statusLabel(status.status)}</span>
    </span>
  );
});
