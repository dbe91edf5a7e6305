import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RefEdge } from './adapter';
import { EdgeLabelLayer } from './EdgeLabelLayer';

/** A reference: solid inside a lane, dashed and coloured across lanes (it becomes an output and a parameter). */
export const RefEdgeView = memo(function RefEdgeView(props: EdgeProps<RefEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const cross = data?.cross === true;
  const kind = data?.ref.kind ?? 'get_resource';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        {...(markerEnd !== undefined ? { markerEnd } : {})}
        className={`ref-edge kind-${kind}${cross ? ' is-cross' : ''}${selected ? ' is-selected' : ''}`}
        interactionWidth={16}
      />
      {data?.label ? (
        <EdgeLabelLayer>
          <div
            className={`edge-label${cross ? ' is-cross' : ''}${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-label-${id}`}
            title={data.title}
          >
            {data.label}
          </div>
        </EdgeLabelLayer>
      ) : null}
    </>
  );
});
