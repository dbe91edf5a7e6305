import { useState } from 'react';
import { addLane, nextLaneId, nextRegionName } from '../../shared/design/ops';
import { appStore } from '../store/appStore';
import { Modal } from '../ui/Modal';
import { laneProblem } from './laneProblem';

const close = () => appStore.getState().openDialog(null);

/** "+ Lane": the lane id and its OpenStack region in one small dialog, both with a free default. */
export function AddLaneDialog() {
  const [design] = useState(() => appStore.getState().design);
  const [id, setId] = useState(() => nextLaneId(design));
  const [regionName, setRegionName] = useState(() => nextRegionName(design));
  const problem = laneProblem(design, id, regionName);
  const commit = () => {
    if (problem !== undefined) return;
    appStore
      .getState()
      .apply(`Add lane ${id}`, (d) => addLane(d, { id, region_name: regionName.trim() }));
    close();
  };
  return (
    <Modal title="Add a region lane">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          commit();
        }}
      >
        <label className="field">
          <span className="field-label">Lane id</span>
          <input
            aria-label="Lane id"
            value={id}
            autoFocus
            onFocus={(e) => e.target.select()}
            onChange={(e) => setId(e.target.value)}
            className={problem !== undefined && id !== '' ? 'is-invalid' : ''}
          />
        </label>
        <label className="field">
          <span className="field-label">OpenStack region name</span>
          <input
            aria-label="OpenStack region name"
            value={regionName}
            onFocus={(e) => e.target.select()}
            onChange={(e) => setRegionName(e.target.value)}
          />
        </label>
        <p className="muted">
          The lane becomes its own stack, deployed to this region. Several lanes may use one region.
        </p>
        {problem !== undefined && <p className="field-error">{problem}</p>}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={problem !== undefined}>
            Add lane
          </button>
        </div>
      </form>
    </Modal>
  );
}
