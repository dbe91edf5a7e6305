import { BaseEdge, Position, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo, useCallback, useState } from 'react';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import type { RefEdge } from './adapter';
import { EdgeLabelLayer } from './EdgeLabelLayer';
import { labelPinned } from './edgeLabelVisibility';
import { NODE_H, NODE_W } from './geometry';
import { anchorsFor } from './routing/edgeRouter';
import { roundedPath } from './routing/svgPath';
import type { Side } from './routing/types';

/** A label shown only because its edge is hovered lets the pointer through, so it cannot steal the hover from the edge. */
const PEEK_STYLE = { pointerEvents: 'none' } as const;

const SIDE: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
};

/** True while the user drags one of the edge's ends: its route is stale until the drop. */
const endMoving = (s: AppState, source: string, target: string) =>
  s.dragging !== null && (Object.hasOwn(s.dragging, source) || Object.hasOwn(s.dragging, target));

/**
 * A quick step path between the nodes as they are on screen (during a drag), leaving by the sides the router
 * would use. The nodes' rectangles follow from the handle points (source: left middle, target: right middle).
 */
function livePath(sx: number, sy: number, tx: number, ty: number, cross: boolean) {
  const s = { x: sx, y: sy - NODE_H / 2, w: NODE_W, h: NODE_H };
  const t = { x: tx - NODE_W, y: ty - NODE_H / 2, w: NODE_W, h: NODE_H };
  const [a, b] = anchorsFor(s, t, cross);
  return getSmoothStepPath({
    sourceX: a.point.x,
    sourceY: a.point.y,
    sourcePosition: SIDE[a.side],
    targetX: b.point.x,
    targetY: b.point.y,
    targetPosition: SIDE[b.side],
    borderRadius: 8,
  });
}

/**
 * A reference, drawn along its orthogonal route around the nodes (routing/), label off the nodes: solid inside a lane, dashed and coloured across lanes (it becomes an output and a parameter).
 * Its label shows on hover, or while the edge or one of its endpoints is selected (edgeLabelVisibility.ts);
 * the full description is the edge's tooltip.
 */
export const RefEdgeView = memo(function RefEdgeView(props: EdgeProps<RefEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, data, selected, markerEnd } =
    props;
  const cross = data?.cross === true;
  const moving = useApp(
    useCallback((s: AppState) => endMoving(s, source, target), [source, target]),
  );
  const route = moving ? undefined : data?.route;
  const [path, labelX, labelY] =
    route !== undefined
      ? [roundedPath(route.points), route.label.x, route.label.y]
      : livePath(sourceX, sourceY, targetX, targetY, cross);
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
