import type { Command } from './types';

export const viewCommands: Command[] = [
  {
    id: 'view.zoomToFit',
    label: 'Zoom to Fit',
    shortcuts: ['Shift+1'],
    perform: ({ canvas }) => canvas.fitView(),
  },
  {
    id: 'view.toggleTemplates',
    label: 'Templates',
    perform: ({ store }) => {
      const s = store.getState();
      if (s.panels.bottom && s.bottomTab === 'templates') s.togglePanel('bottom');
      else s.setBottomTab('templates');
    },
  },
  {
    id: 'view.toggleProblems',
    label: 'Problems',
    perform: ({ store }) => {
      const s = store.getState();
      if (s.panels.bottom && s.bottomTab === 'problems') s.togglePanel('bottom');
      else s.setBottomTab('problems');
    },
  },
  {
    id: 'view.toggleYaml',
    label: 'YAML',
    perform: ({ store }) => store.getState().togglePanel('yaml'),
  },
  {
    id: 'view.toggleTheme',
    label: 'Toggle Theme',
    perform: ({ store }) => {
      const s = store.getState();
      const dark =
        s.theme === 'dark' ||
        (s.theme === 'system' &&
          typeof matchMedia !== 'undefined' &&
          matchMedia('(prefers-color-scheme: dark)').matches);
      s.setTheme(dark ? 'light' : 'dark');
    },
  },
  {
    id: 'help.about',
    label: 'About Isotherm',
    perform: ({ store }) => store.getState().openDialog({ kind: 'about' }),
  },
  {
    id: 'help.docs',
    label: 'Documentation',
    perform: ({ store }) => store.getState().openDialog({ kind: 'about' }),
  },
  {
    id: 'design.addLane',
    label: 'Add Region Lane…',
    perform: ({ store }) => store.getState().openDialog({ kind: 'addLane' }),
  },
  {
    id: 'view.commandPalette',
    label: 'Command Palette…',
    shortcuts: ['Mod+Shift+P', 'Mod+K'],
    global: true,
    perform: ({ store }) => store.getState().openDialog({ kind: 'commandPalette' }),
  },
];
