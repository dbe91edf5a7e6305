import { useEffect } from 'react';
import { warmDesignWorker } from '../yaml/workerClient';
import { whenIdle } from './whenIdle';
import { Dialogs } from '../dialogs/Dialogs';
import { DeployDialogs } from '../deploy/DeployDialogs';
import { Workspace } from '../panels/Workspace';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { ContextMenu } from '../ui/ContextMenu';
import { useDark } from '../ui/useDark';
import { useAutosave, useFileDrop, useMenuCommands, useShortcuts, useWindowState } from './hooks';
import { Notices } from './Notices';
import { Toolbar } from './Toolbar';
import { Welcome } from './Welcome';

const selectWelcome = (s: AppState) => s.welcome;
const selectCatalogError = (s: AppState) => s.catalogError;

/** The designer window: toolbar; palette | canvas (+ templates/problems) | inspector + YAML. */
export function App() {
  const welcome = useApp(selectWelcome);
  const catalogError = useApp(selectCatalogError);
  const dark = useDark();
  useShortcuts();
  useMenuCommands();
  useWindowState();
  useAutosave();
  useFileDrop();
  // the design worker starts once the page is idle: the first Open then finds it running
  useEffect(() => whenIdle(warmDesignWorker), []);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  return (
    <div className="app">
      <Toolbar />
      {catalogError && (
        <div className="banner banner-error">
          The resource catalog could not be loaded: {catalogError}
        </div>
      )}
      {welcome ? <Welcome /> : <Workspace />}
      <ContextMenu />
      <Dialogs />
      <DeployDialogs />
      <Notices />
    </div>
  );
}
