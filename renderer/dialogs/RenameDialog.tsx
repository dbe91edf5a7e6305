import { useState } from 'react';
import { renameLane, renameProblem, renameResource } from '../../shared/design/ops';
import { appStore } from '../store/appStore';
import { Modal } from '../ui/Modal';
import { laneProblem } from './laneProblem';

const close = () => appStore.getState().openDialog(null);

/** Rename a resource (references follow) or a lane (id and OpenStack region name): from the context menu. */
export function RenameDialog({ target }: { target: { kind: 'resource' | 'lane'; id: string } }) {
  const design = appStore.getState().design;
  const lane = target.kind === 'lane' ? design.regions.find((r) => r.id === target.id) : undefined;
  const [id, setId] = useState(target.id);
  const [regionName, setRegionName] = useState(lane?.region_name ?? '');
  const problem =
    target.kind === 'resource'
      ? id === target.id
        ? undefined
        : renameProblem(design, target.id, id)
      : laneProblem(design, id, regionName, target.id);
  const commit = () => {
    if (problem !== undefined) return;
    const s = appStore.getState();
    if (target.kind === 'resource') {
      s.apply(`Rename ${target.id} to ${id}`, (d) => renameResource(d, target.id, id));
      if (id !== target.id) appStore.getState().select([id]);
    } else {
      s.apply(`Rename lane ${target.id}`, (d) =>
        renameLane(d, target.id, { id, region_name: regionName.trim() }),
      );
    }
    close();
  };
  return (
    <Modal title={target.kind === 'resource' ? `Rename ${target.id}` : `Rename lane ${target.id}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          commit();
        }}
      >
        <label className="field">
          <span className="field-label">
            {target.kind === 'resource' ? 'Resource id' : 'Lane id'}
          </span>
          <input
            aria-label={target.kind === 'resource' ? 'Resource id' : 'Lane id'}
            value={id}
            autoFocus
            onFocus={(e) => e.target.select()}
            onChange={(e) => setId(e.target.value)}
            className={problem ? 'is-invalid' : ''}
          />
        </label>
        {target.kind === 'lane' && (
          <label className="field">
            <span className="field-label">OpenStack region name</span>
            <input
              aria-label="OpenStack region name"
              value={regionName}
              onChange={(e) => setRegionName(e.target.value)}
            />
          </label>
        )}
        {problem !== undefined && <p className="field-error">{problem}</p>}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={problem !== undefined}>
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}
