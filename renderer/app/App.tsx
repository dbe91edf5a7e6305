import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { Canvas } from '../canvas/Canvas';
import { Dialogs } from '../dialogs/Dialogs';
import { DeployDialogs } from '../deploy/DeployDialogs';
import { DeployHud } from '../deploy/DeployHud';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { BottomPanel } from '../panels/BottomPanel';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { ContextMenu } from '../ui/ContextMenu';
import { useDark } from '../ui/useDark';
import { YamlPane } from '../yaml/YamlPane';
import { useAutosave, useFileDrop, useMenuCommands, useShortcuts, useWindowState } from './hooks';
import { Notices } from './Notices';
import { Toolbar } from './Toolbar';
import { Welcome } from './Welcome';

const selectPanels = (s: AppState) => s.panels;
const selectWelcome = (s: AppState) => s.welcome;
const selectCatalogError = (s: AppState) => s.catalogError;

/** The designer window: toolbar; palette | canvas (+ templates/problems) | inspector + YAML. */
export function App() {
  const panels = useApp(selectPanels);
  const welcome = useApp(selectWelcome);
  const catalogError = useApp(selectCatalogError);
  const dark = useDark();
  useShortcuts();
  useMenuCommands();
  useWindowState();
  useAutosave();
  useFileDrop();
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
      {welcome ? (
        <Welcome />
      ) : (
        <div className="workspace">
          <Palette />
          <main className="center">
            <DeployHud />
            <ReactFlowProvider>
              <Canvas />
            </ReactFlowProvider>
            {panels.bottom && <BottomPanel />}
          </main>
          <div className="side">
            {panels.inspector && <Inspector />}
            {panels.yaml && <YamlPane />}
          </div>
        </div>
      )}
      <ContextMenu />
      <Dialogs />
      <DeployDialogs />
      <Notices />
    </div>
  );
}
