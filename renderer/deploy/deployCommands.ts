import type { Command } from '../commands/types';
import { cancelRun, isRunning, loadClouds, requestRun, validateOnCloud } from './deployActions';
import { cloudBlocker, runBlocker } from './deployBlocker';
import { refreshLaneStatus } from './cloudValuesActions';

/** Deploy commands (STYLE.md 11): the toolbar's buttons, menus and tests run these. */
export const deployCommands: Command[] = [
  { id: 'deploy.refreshClouds', label: 'Reload Clouds', perform: (ctx) => loadClouds(ctx) },
  {
    id: 'deploy.validate',
    label: 'Validate on Cloud',
    whyDisabled: cloudBlocker,
    perform: (ctx) => validateOnCloud(ctx),
  },
  {
    id: 'deploy.deploy',
    label: 'Deploy…',
    whyDisabled: (s) => runBlocker(s, 'deploy'),
    perform: (ctx) => requestRun(ctx, 'deploy'),
  },
  {
    id: 'deploy.destroy',
    label: 'Destroy…',
    whyDisabled: (s) => runBlocker(s, 'destroy'),
    perform: (ctx) => requestRun(ctx, 'destroy'),
  },
  {
    id: 'deploy.refreshStatus',
    label: 'Refresh Status',
    whyDisabled: cloudBlocker,
    perform: (ctx) => refreshLaneStatus(ctx),
  },
  {
    id: 'deploy.cancel',
    label: 'Stop Following',
    enabled: (s) => isRunning(s) && s.runId !== null,
    perform: (ctx) => cancelRun(ctx),
  },
  {
    id: 'view.toggleDeploy',
    label: 'Deploy Log',
    perform: ({ store }) => {
      const s = store.getState();
      if (s.panels.bottom && s.bottomTab === 'deploy') s.togglePanel('bottom');
      else s.setBottomTab('deploy');
    },
  },
  {
    id: 'view.toggleTimeline',
    label: 'Timeline',
    perform: ({ store }) => {
      const s = store.getState();
      if (s.panels.bottom && s.bottomTab === 'timeline') s.togglePanel('bottom');
      else s.setBottomTab('timeline');
    },
  },
];
