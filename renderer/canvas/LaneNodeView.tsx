import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { renameLane } from '../../shared/design/ops';
import { isValidId } from '../../shared/design/ops';
import { appStore } from '../store/appStore';
import { LaneDeployStatus } from '../deploy/LaneDeployStatus';
import { LaneDrift } from '../deploy/LaneDrift';
import type { LaneNode } from './adapter';
import { autoLayoutLane, requestRemoveLane, shiftLane } from './laneActions';

function LaneRename({ data, done }: { data: LaneNode['data']; done: () => void }) {
  const [id, setId] = useState(data.laneId);
  const [regionName, setRegionName] = useState(data.regionName);
  const taken = id !== data.laneId && appStore.getState().design.regions.some((r) => r.id === id);
  const bad = !isValidId(id) || taken || regionName.trim() === '';
  const commit = () => {
    if (bad) return;
    appStore
      .getState()
      .apply(`Rename lane ${data.laneId}`, (d) =>
        renameLane(d, data.laneId, { id, region_name: regionName.trim() }),
      );
    done();
  };
  return (
    <form
      className="lane-rename nodrag"
      onSubmit={(e) => {
        e.preventDefault();
        commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') done();
      }}
    >
      <input
        aria-label="Lane id"
        value={id}
        autoFocus
        onChange={(e) => setId(e.target.value)}
        className={bad ? 'is-invalid' : ''}
      />
      <input
        aria-label="OpenStack region name"
        value={regionName}
        onChange={(e) => setRegionName(e.target.value)}
      />
      <button type="submit" className="btn btn-small btn-primary" disabled={bad}>
        OK
      </button>
      <button type="button" className="btn btn-small" onClick={done}>
        Cancel
      </button>
      {taken && <span className="lane-error">{id} exists</span>}
    </form>
  );
}

/** A region swimlane: a band with a header (lane id, OpenStack region, actions). */
export const LaneNodeView = memo(function LaneNodeView({ data }: NodeProps<LaneNode>) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="lane" data-testid={`lane-${data.laneId}`}>
      <div className="lane-header">
        {editing ? (
          <LaneRename data={data} done={() => setEditing(false)} />
        ) : (
          <>
            <span className="lane-id" onDoubleClick={() => setEditing(true)}>
              {data.laneId}
            </span>
            <span className="lane-region" title="OpenStack region_name">
              {data.regionName}
              {data.cloud ? ` · ${data.cloud}` : ''}
            </span>
            <span className="lane-count">
              {data.resourceCount === 1 ? '1 resource' : `${data.resourceCount} resources`}
            </span>
            <LaneDeployStatus lane={data.laneId} />
            <LaneDrift lane={data.laneId} />
            <span className="lane-actions nodrag">
              <button
                className="icon-btn"
                title="Rename lane"
                aria-label={`Rename lane ${data.laneId}`}
                onClick={() => setEditing(true)}
              >
                ✎
              </button>
              <button
                className="icon-btn"
                title="Move lane up"
                aria-label={`Move lane ${data.laneId} up`}
                disabled={data.index === 0}
                onClick={() => shiftLane(appStore, data.laneId, -1)}
              >
                ↑
              </button>
              <button
                className="icon-btn"
                title="Move lane down"
                aria-label={`Move lane ${data.laneId} down`}
                disabled={data.index === data.count - 1}
                onClick={() => shiftLane(appStore, data.laneId, 1)}
              >
                ↓
              </button>
              <button
                className="icon-btn"
                title="Auto-layout this lane"
                aria-label={`Auto-layout lane ${data.laneId}`}
                disabled={data.resourceCount === 0}
                onClick={() => void autoLayoutLane(appStore, data.laneId)}
              >
                ⇶
              </button>
              <button
                className="icon-btn danger"
                title="Remove lane"
                aria-label={`Remove lane ${data.laneId}`}
                onClick={() => requestRemoveLane(appStore, data.laneId)}
              >
                ✕
              </button>
            </span>
          </>
        )}
      </div>
    </div>
  );
});
