import { useState } from 'react';
import { confirmRemoveLane } from '../canvas/laneActions';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { Modal } from '../ui/Modal';

const selectLanes = (s: AppState) => s.design.regions;

/** Removing a lane that holds resources: delete them, or move them to another lane. */
export function RemoveLaneDialog({ lane, count }: { lane: string; count: number }) {
  const lanes = useApp(selectLanes);
  const others = lanes.filter((r) => r.id !== lane);
  const [to, setTo] = useState(others[0]?.id ?? '');
  return (
    <Modal title={`Remove lane ${lane}?`}>
      <p>
        Lane <b>{lane}</b> holds {count === 1 ? 'one resource' : `${count} resources`}. What should
        happen to {count === 1 ? 'it' : 'them'}?
      </p>
      {others.length > 0 && (
        <div className="choice-row">
          <button
            className="btn"
            onClick={() => confirmRemoveLane(appStore, lane, { kind: 'move', to })}
          >
            Move them to
          </button>
          <select aria-label="Move to lane" value={to} onChange={(e) => setTo(e.target.value)}>
            {others.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="modal-actions">
        <button className="btn" onClick={() => appStore.getState().openDialog(null)}>
          Cancel
        </button>
        <button
          className="btn btn-danger"
          onClick={() => confirmRemoveLane(appStore, lane, { kind: 'delete' })}
        >
          Delete lane and resources
        </button>
      </div>
    </Modal>
  );
}
