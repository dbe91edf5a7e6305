import { moveResource } from '../../shared/design/ops';
import { SNAP, clampInLane, resourcePositions } from '../canvas/geometry';
import type { AppStore } from '../store/createAppStore';
import type { Command } from './types';

/** Arrow keys move the selected resources by one grid step (Shift: five); a burst of presses is one undo step. */

const FINE = SNAP[0];
const COARSE = SNAP[0] * 5;

export function nudgeSelection(store: AppStore, dx: number, dy: number): void {
  const s = store.getState();
  const ids = s.selected.filter((id) => s.design.resources[id] !== undefined);
  if (ids.length === 0) return;
  const positions = resourcePositions(s.design);
  s.apply(
    ids.length === 1 ? `Move ${ids[0]}` : `Move ${ids.length} resources`,
    (d) =>
      ids.reduce((acc, id) => {
        const p = positions.get(id) ?? { x: 0, y: 0 };
        return moveResource(acc, id, { position: clampInLane({ x: p.x + dx, y: p.y + dy }) });
      }, d),
    { merge: `nudge:${ids.join(',')}` },
  );
}

const DIRECTIONS = [
  ['Left', 'ArrowLeft', -1, 0],
  ['Right', 'ArrowRight', 1, 0],
  ['Up', 'ArrowUp', 0, -1],
  ['Down', 'ArrowDown', 0, 1],
] as const;

export const nudgeCommands: Command[] = DIRECTIONS.flatMap(([name, key, x, y]) =>
  (
    [
      ['', key, FINE],
      ['Far', `Shift+${key}`, COARSE],
    ] as const
  ).map(([far, shortcut, step]) => ({
    id: `edit.move${far}${name}` as const,
    label: `Move Selection ${far === '' ? '' : 'Far '}${name}`,
    shortcuts: [shortcut],
    hidden: true,
    enabled: (s) => s.selected.length > 0,
    perform: ({ store }) => nudgeSelection(store, x * step, y * step),
  })),
);
