import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ServiceIcon, serviceColor } from '../ui/ServiceIcon';
import { NodeDeployStatus } from '../deploy/NodeDeployStatus';
import { DropTarget } from './DropTarget';
import type { ResourceNode } from './adapter';

/** A resource on the canvas: service icon, id, type, and a mark when it has problems. Memoized (STYLE.md 8). */
export const ResourceNodeView = memo(function ResourceNodeView({
  data,
  selected,
}: NodeProps<ResourceNode>) {
  const short = data.type.split('::').slice(1).join('::') || data.type;
  return (
    <div
      className={`rnode${selected ? ' is-selected' : ''}${data.problem ? ` has-${data.problem}` : ''}`}
      data-testid={`node-${data.id}`}
      title={`${data.id} (${data.type})`}
    >
      <Handle
        type="source"
        position={Position.Left}
        className="rnode-handle"
        title="Drag to a resource this one uses"
      />
      <span className="rnode-icon" style={{ color: serviceColor(data.service) }}>
        <ServiceIcon service={data.service} size={18} />
      </span>
      <span className="rnode-text">
        <span className="rnode-id">{data.id}</span>
        <span className="rnode-type">{short}</span>
      </span>
      {data.problem && (
        <span
          className={`rnode-mark mark-${data.problem}`}
          aria-label={data.problem === 'error' ? 'has errors' : 'has warnings'}
        >
          {data.problem === 'error' ? '!' : '?'}
        </span>
      )}
      <NodeDeployStatus id={data.id} />
      <span className="rnode-target-dot" aria-hidden />
      <DropTarget id={data.id} />
    </div>
  );
});
