import {
  copyFragment,
  disconnect,
  duplicate,
  paste,
  referenceKey,
  removeResources,
} from '../../shared/design/ops';
import { designReferences } from '../../shared/design/refs';
import type { AppStore } from '../store/createAppStore';
import type { Command } from './types';

const hasSelection = (s: { selected: string[]; selectedEdge: string | null }) =>
  s.selected.length > 0 || s.selectedEdge !== null;

export function deleteSelection(store: AppStore): void {
  const s = store.getState();
  if (s.selectedEdge !== null) {
    const ref = designReferences(s.design).find((r) => referenceKey(r) === s.selectedEdge);
    if (ref !== undefined) s.apply('Delete connection', (d) => disconnect(d, ref));
    s.select([]);
    return;
  }
  if (s.selected.length === 0) return;
  const ids = s.selected;
  s.apply(ids.length === 1 ? `Delete ${ids[0]}` : `Delete ${ids.length} resources`, (d) =>
    removeResources(d, ids),
  );
  s.select([]);
}

export function copySelection(store: AppStore): void {
  const s = store.getState();
  if (s.selected.length > 0) s.setClipboard(copyFragment(s.design, s.selected));
}

export function pasteClipboard(store: AppStore): void {
  const s = store.getState();
  const fragment = s.clipboard;
  if (fragment === null) return;
  let ids: Record<string, string> = {};
  s.apply('Paste', (d) => {
    const r = paste(d, fragment, { offset: { x: 24, y: 24 } });
    ids = r.ids;
    return r.design;
  });
  s.setClipboard({
    resources: fragment.resources,
    layout: Object.fromEntries(
      Object.entries(fragment.layout).map(([k, p]) => [k, { x: p.x + 24, y: p.y + 24 }]),
    ),
  });
  store.getState().select(Object.values(ids));
}

export function duplicateSelection(store: AppStore): void {
  const s = store.getState();
  if (s.selected.length === 0) return;
  let ids: Record<string, string> = {};
  s.apply('Duplicate', (d) => {
    const r = duplicate(d, s.selected);
    ids = r.ids;
    return r.design;
  });
  store.getState().select(Object.values(ids));
}

export const editCommands: Command[] = [
  {
    id: 'edit.undo',
    label: 'Undo',
    shortcuts: ['Mod+Z'],
    enabled: (s) => s.past.length > 0,
    perform: ({ store }) => store.getState().undo(),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: (s) => s.future.length > 0,
    perform: ({ store }) => store.getState().redo(),
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    shortcuts: ['Mod+X'],
    enabled: (s) => s.selected.length > 0,
    perform: ({ store }) => {
      copySelection(store);
      deleteSelection(store);
    },
  },
  {
    id: 'edit.copy',
    label: 'Copy',
    shortcuts: ['Mod+C'],
    enabled: (s) => s.selected.length > 0,
    perform: ({ store }) => copySelection(store),
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    shortcuts: ['Mod+V'],
    enabled: (s) => s.clipboard !== null && s.design.regions.length > 0,
    perform: ({ store }) => pasteClipboard(store),
  },
  {
    id: 'edit.duplicate',
    label: 'Duplicate',
    shortcuts: ['Mod+D'],
    enabled: (s) => s.selected.length > 0,
    perform: ({ store }) => duplicateSelection(store),
  },
  {
    id: 'edit.delete',
    label: 'Delete',
    shortcuts: ['Delete', 'Backspace'],
    enabled: hasSelection,
    perform: ({ store }) => deleteSelection(store),
  },
  {
    id: 'edit.selectAll',
    label: 'Select All',
    shortcuts: ['Mod+A'],
    enabled: (s) => Object.keys(s.design.resources).length > 0,
    perform: ({ store }) => store.getState().select(Object.keys(store.getState().design.resources)),
  },
];
