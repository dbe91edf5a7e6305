import { restored, snapshot } from './history';
import { flushPendingEdits } from './pendingEdits';
import type { SliceCreator } from './slice';
import type { AppState, HistoryEntry, HistorySlice } from './types';

/**
 * Undo/redo of design changes only (STYLE.md 10): canvas, inspector and YAML edits share this one history.
 * An undo or redo that acts ends a burst of merged moves: the next move is an undo step of its own.
 */

function restore(state: AppState, entry: HistoryEntry): Partial<AppState> {
  const live = new Set(Object.keys(entry.design.resources));
  return {
    ...restored(entry),
    selected: state.selected.filter((id) => live.has(id)),
    dragging: null,
  };
}

export const createHistorySlice: SliceCreator<HistorySlice> = () => (set, get) => ({
  past: [],
  future: [],
  undo() {
    flushPendingEdits();
    const state = get();
    const entry = state.past[state.past.length - 1];
    if (entry === undefined) return;
    set({
      ...restore(state, entry),
      past: state.past.slice(0, -1),
      future: [snapshot(state, entry.label), ...state.future],
      lastMerge: null,
    });
  },
  redo() {
    flushPendingEdits();
    const state = get();
    const entry = state.future[0];
    if (entry === undefined) return;
    set({
      ...restore(state, entry),
      future: state.future.slice(1),
      past: [...state.past, snapshot(state, entry.label)],
      lastMerge: null,
    });
  },
});
