import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Catalog } from '../../shared/catalog/types';
import type { Position } from '../../shared/design/model';
import { addResource, bindingsFor, connect, moveResource } from '../../shared/design/ops';
import type { AppStore } from '../store/createAppStore';
import { laneIdOfNode, type CanvasNode } from './adapter';
import { NODE_H, NODE_W, clampInLane, freeSpot, laneAt, type LaneGeom } from './geometry';

/** Canvas changes come back as data and become domain actions (STYLE.md 7). Pure of React: tested headless. */

export function handleNodeChanges(store: AppStore, changes: NodeChange<CanvasNode>[]): void {
  const s = store.getState();
  let selection: Set<string> | undefined;
  let dragging: Record<string, Position> | undefined;
  for (const c of changes) {
    if (c.type === 'select' && laneIdOfNode(c.id) === undefined) {
      selection ??= new Set(s.selected);
      if (c.selected) selection.add(c.id);
      else selection.delete(c.id);
    } else if (c.type === 'position' && c.dragging === true && c.position !== undefined) {
      dragging ??= { ...(s.dragging ?? {}) };
      dragging[c.id] = c.position;
    }
  }
  if (selection !== undefined) s.select([...selection], selection.size > 0 ? null : s.selectedEdge);
  if (dragging !== undefined) s.setDragging(dragging);
}

export function handleEdgeChanges(store: AppStore, changes: EdgeChange[]): void {
  const s = store.getState();
  let edge: string | null | undefined;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    if (c.selected) edge = c.id;
    else if (edge === undefined && s.selectedEdge === c.id) edge = null;
  }
  if (edge !== undefined) s.select(edge === null ? s.selected : [], edge);
}

/** The drop of dragged nodes: one undoable step moving them (to another lane when dropped over one). */
export function finishDrag(
  store: AppStore,
  lanes: readonly LaneGeom[],
  moved: { id: string; position: Position }[],
): void {
  const s = store.getState();
  s.setDragging(null);
  if (moved.length === 0) return;
  const byId = new Map(lanes.map((l) => [l.id, l]));
  const label = moved.length === 1 ? `Move ${moved[0]!.id}` : `Move ${moved.length} resources`;
  s.apply(label, (d) =>
    moved.reduce((acc, m) => {
      const r = acc.resources[m.id];
      const from = r === undefined ? undefined : byId.get(r.region);
      if (r === undefined || from === undefined) return acc;
      const absY = from.y + m.position.y;
      const to = laneAt(lanes, absY + NODE_H / 2) ?? from;
      return moveResource(acc, m.id, {
        lane: to.id,
        position: clampInLane({ x: m.position.x, y: absY - to.y }),
      });
    }, d),
  );
}

/** A palette type dropped at flow position `at`: a new resource in the lane under it, selected. */
export function dropType(
  store: AppStore,
  lanes: readonly LaneGeom[],
  type: string,
  at: Position,
  options: { avoidOverlap?: boolean } = {},
): string | undefined {
  const lane = laneAt(lanes, at.y);
  if (lane === undefined) {
    store.getState().notify('error', 'Add a region lane first: resources live in a lane.');
    return undefined;
  }
  const wanted = clampInLane({ x: at.x - NODE_W / 2, y: at.y - lane.y - NODE_H / 2 });
  const position =
    options.avoidOverlap === true ? freeSpot(store.getState().design, lane.id, wanted) : wanted;
  let id: string | undefined;
  store.getState().apply(`Add ${type}`, (d) => {
    const r = addResource(d, { type, lane: lane.id, position });
    id = r.id;
    return r.design;
  });
  if (id !== undefined) store.getState().select([id]);
  return id;
}

/** A drawn connection A -> B: bind directly when exactly one property fits (not a deprecated one), else open the chooser. */
export function handleConnect(
  store: AppStore,
  catalog: Catalog | null,
  from: string,
  to: string,
  at: Position,
): void {
  if (from === to || catalog === null) return;
  const s = store.getState();
  const options = bindingsFor(s.design, catalog, from, to);
  const only = options.fitting.length === 1 ? options.fitting[0] : undefined;
  if (only !== undefined && only.deprecated === undefined) {
    s.apply(`Connect ${from} → ${to}`, (d) =>
      connect(d, from, to, { kind: 'property', path: only.path }),
    );
    return;
  }
  s.openDialog({ kind: 'connect', from, to, at });
}
