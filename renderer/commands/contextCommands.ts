import { designReferences } from '../../shared/design/refs';
import { moveResource, referenceKey, resourcesInLane } from '../../shared/design/ops';
import { autoLayoutLane, requestRemoveLane, shiftLane } from '../canvas/laneActions';
import { freeSpot, resourcePositions } from '../canvas/geometry';
import type { AppStore } from '../store/createAppStore';
import type { AppState } from '../store/types';
import { deleteSelection } from './editCommands';
import type { Command } from './types';

/** Commands on one target (`arg`: a resource, a lane or an edge): what context menus are built from. */

const laneIndex = (s: AppState, lane: string | undefined) =>
  s.design.regions.findIndex((r) => r.id === lane);
const hasResource = (s: AppState, id: string | undefined) =>
  id !== undefined && s.design.resources[id] !== undefined;

/** Move the selected resources to another lane, each to a free spot near where it was. */
export function moveSelectionToLane(store: AppStore, lane: string): void {
  const s = store.getState();
  const ids = s.selected.filter(
    (id) => s.design.resources[id] !== undefined && s.design.resources[id].region !== lane,
  );
  if (ids.length === 0) return;
  s.apply(
    ids.length === 1 ? `Move ${ids[0]} to ${lane}` : `Move ${ids.length} resources to ${lane}`,
    (d) => {
      const positions = resourcePositions(d);
      return ids.reduce(
        (acc, id) =>
          moveResource(acc, id, {
            lane,
            position: freeSpot(acc, lane, positions.get(id) ?? { x: 0, y: 0 }),
          }),
        d,
      );
    },
  );
}

export function deleteEdge(store: AppStore, key: string): void {
  store.getState().select([], key);
  deleteSelection(store);
}

/** The one selected resource, the target of resource commands run from the palette. */
const selectedResource = (s: AppState): string | undefined =>
  s.selected.length === 1 && hasResource(s, s.selected[0]) ? s.selected[0] : undefined;

/** The lane of the selection when it is in one lane, the target of lane commands run from the palette. */
const selectedLane = (s: AppState): string | undefined => {
  const lanes = new Set(s.selected.map((id) => s.design.resources[id]?.region));
  return lanes.size === 1 ? [...lanes][0] : undefined;
};

const onResource = { needsArg: true, argFromSelection: selectedResource } as const;
const onLane = { needsArg: true, argFromSelection: selectedLane } as const;

export const contextCommands: Command[] = [
  {
    id: 'resource.rename',
    label: 'Rename…',
    ...onResource,
    enabled: (s, id) => hasResource(s, id),
    perform: ({ store }, id) =>
      store.getState().openDialog({ kind: 'rename', target: { kind: 'resource', id: id! } }),
  },
  {
    id: 'resource.connect',
    label: 'Connect to…',
    ...onResource,
    enabled: (s, id) => hasResource(s, id) && Object.keys(s.design.resources).length > 1,
    perform: ({ store }, id) => store.getState().openDialog({ kind: 'connectTo', from: id! }),
  },
  {
    id: 'resource.moveToLane',
    label: 'Move to Lane',
    needsArg: true,
    enabled: (s, lane) =>
      laneIndex(s, lane) >= 0 && s.selected.some((id) => s.design.resources[id]?.region !== lane),
    perform: ({ store }, lane) => moveSelectionToLane(store, lane!),
  },
  {
    id: 'lane.rename',
    ...onLane,
    label: 'Rename Lane…',
    enabled: (s, lane) => laneIndex(s, lane) >= 0,
    perform: ({ store }, lane) =>
      store.getState().openDialog({ kind: 'rename', target: { kind: 'lane', id: lane! } }),
  },
  {
    id: 'lane.moveUp',
    ...onLane,
    label: 'Move Lane Up',
    enabled: (s, lane) => laneIndex(s, lane) > 0,
    perform: ({ store }, lane) => shiftLane(store, lane!, -1),
  },
  {
    id: 'lane.moveDown',
    ...onLane,
    label: 'Move Lane Down',
    enabled: (s, lane) =>
      laneIndex(s, lane) >= 0 && laneIndex(s, lane) < s.design.regions.length - 1,
    perform: ({ store }, lane) => shiftLane(store, lane!, 1),
  },
  {
    id: 'lane.autoLayout',
    ...onLane,
    label: 'Auto-layout Lane',
    enabled: (s, lane) => lane !== undefined && resourcesInLane(s.design, lane).length > 0,
    perform: ({ store }, lane) => autoLayoutLane(store, lane!),
  },
  {
    id: 'lane.remove',
    ...onLane,
    label: 'Remove Lane…',
    enabled: (s, lane) => laneIndex(s, lane) >= 0,
    perform: ({ store }, lane) => requestRemoveLane(store, lane!),
  },
  {
    id: 'edge.delete',
    needsArg: true,
    argFromSelection: (s) => s.selectedEdge ?? undefined,
    label: 'Delete Reference',
    enabled: (s, key) => designReferences(s.design).some((r) => referenceKey(r) === key),
    perform: ({ store }, key) => deleteEdge(store, key!),
  },
];
