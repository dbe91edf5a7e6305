import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useRef, type CSSProperties } from 'react';
import { Canvas } from '../canvas/Canvas';
import { DeployHud } from '../deploy/DeployHud';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { YamlPane } from '../yaml/YamlPane';
import { BottomPanel } from './BottomPanel';
import { CollapseButton, CollapsedRail } from './CollapsedRail';
import { usePanels } from './panelStore';
import { Splitter } from './Splitter';

const selectPanels = (s: AppState) => s.panels;
const RAIL = 26;

/**
 * palette | canvas (+ bottom panel) | inspector + YAML. Every panel resizes by its splitter and the side
 * columns collapse to a rail; sizes are remembered per user (panelStore), the canvas takes the rest.
 */
export function Workspace() {
  const panels = useApp(selectPanels);
  const layout = usePanels((s) => s.layout);
  const side = useRef<HTMLDivElement>(null);
  const sideHeight = useCallback(() => side.current?.clientHeight ?? 1, []);
  const palette = layout.paletteCollapsed ? RAIL : layout.palette;
  const sideW = layout.sideCollapsed ? RAIL : layout.side;
  const style = {
    gridTemplateColumns: `${palette}px minmax(0, 1fr) ${sideW}px`,
    '--bottom-h': `${layout.bottom}px`,
    '--inspector-share': String(layout.inspectorShare),
  } as CSSProperties;
  return (
    <div className="workspace" style={style} data-testid="workspace">
      {layout.paletteCollapsed ? (
        <CollapsedRail which="paletteCollapsed" label="Resources" />
      ) : (
        <div className="panel-col panel-left">
          <Palette />
          <div className="edge-bar at-right">
            <CollapseButton which="paletteCollapsed" label="Resources" />
            <Splitter which="palette" axis="x" sign={1} label="Resize the resource palette" />
          </div>
        </div>
      )}
      <main className="center">
        <DeployHud />
        <ReactFlowProvider>
          <Canvas />
        </ReactFlowProvider>
        {panels.bottom && (
          <>
            <Splitter which="bottom" axis="y" sign={-1} label="Resize the bottom panel" />
            <BottomPanel />
          </>
        )}
      </main>
      {layout.sideCollapsed ? (
        <CollapsedRail which="sideCollapsed" label="Inspector and YAML" />
      ) : (
        <div className="panel-col panel-right">
          <div className="edge-bar at-left">
            <CollapseButton which="sideCollapsed" label="Inspector and YAML" />
            <Splitter
              which="side"
              axis="x"
              sign={-1}
              label="Resize the inspector and YAML column"
            />
          </div>
          <div className="side" ref={side}>
            {panels.inspector && <Inspector />}
            {panels.inspector && panels.yaml && (
              <Splitter
                which="inspectorShare"
                axis="y"
                sign={1}
                label="Resize the inspector against the YAML pane"
                scale={sideHeight}
              />
            )}
            {panels.yaml && <YamlPane />}
          </div>
        </div>
      )}
    </div>
  );
}
