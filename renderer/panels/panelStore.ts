import { create } from 'zustand';
import {
  parseLayout,
  serializeLayout,
  withSize,
  type PanelLayout,
  type PanelSize,
} from './panelLayout';

const KEY = 'isotherm.panels.v1';

const read = (): string | null => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};

interface PanelStore {
  layout: PanelLayout;
  /** Live while dragging a splitter; `remember` stores it (at the end of the drag). */
  setSize(which: PanelSize, value: number): void;
  toggle(which: 'paletteCollapsed' | 'sideCollapsed'): void;
  remember(): void;
}

/** Panel sizes, [user] state: its own small store, so a splitter drag re-renders the workspace only. */
export const usePanels = create<PanelStore>((set, get) => ({
  layout: parseLayout(read()),
  setSize: (which, value) => set((s) => ({ layout: withSize(s.layout, which, value) })),
  toggle: (which) => {
    set((s) => ({ layout: { ...s.layout, [which]: !s.layout[which] } }));
    get().remember();
  },
  remember: () => {
    try {
      localStorage.setItem(KEY, serializeLayout(get().layout));
    } catch {
      // storage full or disabled: sizes last for this session only
    }
  },
}));
