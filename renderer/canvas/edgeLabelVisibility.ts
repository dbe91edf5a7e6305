import type { AppState } from '../store/types';

/**
 * When an edge shows its label: labels sit above the nodes, so drawn all at once they pile up on node titles
 * and on each other. A label shows while its edge is hovered, or pinned while the edge or one of its two
 * endpoints is selected; the full text stays on the edge as a tooltip.
 */

export type SelectionState = Pick<AppState, 'selected' | 'selectedEdge'>;

let lastSelected: readonly string[] | null = null;
let lastSet: ReadonlySet<string> = new Set();

/** The selection as a set, built once per selection array (every edge's selector shares it: O(1) per edge). */
export function selectedSetOf(selected: readonly string[]): ReadonlySet<string> {
  if (selected !== lastSelected) {
    lastSelected = selected;
    lastSet = new Set(selected);
  }
  return lastSet;
}

/** Whether the selection pins an edge's label (a store selector's body: returns a boolean, re-renders only on change). */
export function labelPinned(
  s: SelectionState,
  id: string,
  source: string,
  target: string,
): boolean {
  if (s.selectedEdge === id) return true;
  if (s.selected.length === 0) return false;
  const set = selectedSetOf(s.selected);
  return set.has(source) || set.has(target);
}
