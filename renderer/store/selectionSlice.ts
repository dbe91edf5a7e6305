import type { SliceCreator } from './slice';
import type { SelectionSlice } from './types';

export const createSelectionSlice: SliceCreator<SelectionSlice> = () => (set, get) => ({
  selected: [],
  selectedEdge: null,
  focus: null,
  select(ids, edge = null) {
    const s = get();
    const same =
      s.selectedEdge === edge &&
      s.selected.length === ids.length &&
      s.selected.every((id, i) => id === ids[i]);
    if (!same) set({ selected: ids, selectedEdge: edge });
  },
  focusField(resource, path) {
    set((s) => ({
      selected: [resource],
      selectedEdge: null,
      focus: { resource, path, nonce: (s.focus?.nonce ?? 0) + 1 },
    }));
  },
});
