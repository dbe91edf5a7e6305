import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, useCallback, useState } from 'react';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import type { RefEdge } from './adapter';
import { EdgeLabelLayer } from './EdgeLabelLayer';
import { labelPinned } from './edgeLabelVisibility';

/** A label shown only because its edge is hovered lets the pointer through, so it cannot steal the hover from the edge. */
const PEEK_STYLE = { pointerEvents: 'none' } as const;

/**
 * A reference: solid inside a lane, dashed and coloured across lanes (it becomes an output and a parameter).
 * Its label shows on hover, or while the edge or one of its endpoints is selected (edgeLabelVisibility.ts);
 * the full description is the edge's tooltip.
 */
export const RefEdgeView = memo(function RefEdgeView(props: EdgeProps<RefEdge>) {
  const {
    id,
    source,
    target,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    data,
    selected,
    markerEnd,
  } = props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const cross = data?.cross === true;
  const kind = data?.ref.kind ?? 'get_resource';
  const pinned = useApp(
    useCallback((s: AppState) => labelPinned(s, id, source, target), [id, source, target]),
  );
  const [hovered, setHovered] = useState(false);
  const onEnter = useCallback(() => setHovered(true), []);
  const onLeave = useCallback(() => setHovered(false), []);
  const shown = data?.label ? pinned || hovered : false;
  return (
    <>
      <g onMouseEnter={onEnter} onMouseLeave={onLeave}>
        {data?.title ? <title>{data.title}</title> : null}
        <BaseEdge
          id={id}
          path={path}
          {...(markerEnd !== undefined ? { markerEnd } : {})}
          className={`ref-edge kind-${kind}${cross ? ' is-cross' : ''}${selected ? ' is-selected' : ''}`}
          interactionWidth={16}
        />
      </g>
      {shown ? (
        <EdgeLabelLayer>
          <div
            className={`edge-label${cross ? ' is-cross' : ''}${selected ? ' is-selected' : ''}`}
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              ...(pinned ? {} : PEEK_STYLE),
            }}
            data-testid={`edge-label-${id}`}
            title={data?.title}
          >
            {data?.label}
          </div>
        </EdgeLabelLayer>
      ) : null}
    </>
  );
});
