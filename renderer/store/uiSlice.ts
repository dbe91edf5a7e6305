import type { SliceCreator } from './slice';
import type { UiSlice } from './types';

let noticeIds = 0;

export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  theme: 'system',
  panels: { yaml: true, bottom: true, inspector: true },
  bottomTab: 'templates',
  dialog: null,
  dragging: null,
  clipboard: null,
  notices: [],
  contextMenu: null,
  welcome: true,
  setTheme: (theme) => set({ theme }),
  togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
  setBottomTab: (bottomTab) => set((s) => ({ bottomTab, panels: { ...s.panels, bottom: true } })),
  openDialog: (dialog) => set({ dialog }),
  setDragging: (dragging) => set({ dragging }),
  setClipboard: (clipboard) => set({ clipboard }),
  notify: (severity, text) =>
    set((s) => ({ notices: [...s.notices.slice(-4), { id: ++noticeIds, severity, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setWelcome: (welcome) => set({ welcome }),
  openContextMenu: (contextMenu) => set({ contextMenu }),
});
