import { save, saveAndClose, saveAs } from '../files/fileActions';
import { replaceDocument } from '../files/unsavedGuard';
import type { Command } from './types';

export const fileCommands: Command[] = [
  {
    id: 'file.new',
    label: 'New Design',
    shortcuts: ['Mod+N'],
    global: true,
    perform: (ctx) => replaceDocument(ctx, { kind: 'new' }),
  },
  {
    id: 'file.open',
    label: 'Open…',
    shortcuts: ['Mod+O'],
    global: true,
    perform: (ctx) => replaceDocument(ctx, { kind: 'open' }),
  },
  {
    id: 'file.openRecent',
    label: 'Open Recent',
    needsArg: true,
    perform: (ctx, arg) =>
      arg === undefined ? undefined : replaceDocument(ctx, { kind: 'open', path: arg }),
  },
  {
    id: 'file.save',
    label: 'Save',
    shortcuts: ['Mod+S'],
    global: true,
    perform: async (ctx) => void (await save(ctx)),
  },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    shortcuts: ['Mod+Shift+S'],
    global: true,
    perform: async (ctx) => void (await saveAs(ctx)),
  },
  {
    id: 'file.saveAndClose',
    label: 'Save and Close',
    hidden: true,
    perform: (ctx) => saveAndClose(ctx),
  },
  {
    id: 'file.importTemplates',
    label: 'Import Templates…',
    perform: ({ store }) => store.getState().openDialog({ kind: 'import' }),
  },
  {
    id: 'file.export',
    label: 'Export Templates…',
    shortcuts: ['Mod+E'],
    global: true,
    enabled: (s) => s.design.regions.length > 0,
    perform: ({ store }) => store.getState().openDialog({ kind: 'export' }),
  },
];
