import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { canvasMenuHandlers } from '../app/canvasMenu';
import { serviceColor } from '../ui/ServiceIcon';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import type { CanvasNode, RefEdge } from './adapter';
import { attachCanvas } from './canvasControls';
import {
  dropType,
  finishDrag,
  handleConnect,
  handleEdgeChanges,
  handleNodeChanges,
} from './canvasEvents';
import { SNAP } from './geometry';
import { preloadLayoutWhenIdle } from './laneActions';
import { LaneNodeView } from './LaneNodeView';
import { RefEdgeView } from './RefEdgeView';
import { ResourceNodeView } from './ResourceNodeView';
import { useCanvasModel } from './useCanvasModel';
import { useMinimapCorner } from './useMinimapCorner';
import { openingView } from './viewPlacement';

/** Defined outside components (STYLE.md 8). */
const nodeTypes = { resource: ResourceNodeView, lane: LaneNodeView };
const edgeTypes = { ref: RefEdgeView };
export const PALETTE_MIME = 'application/x-isotherm-type';

const selectDocumentId = (s: AppState) => s.documentId;
const selectLaneCount = (s: AppState) => s.design.regions.length;

/**
 * Props with a stable identity (STYLE.md 8): React Flow stores each changed prop in its store (every subscriber
 * re-checks) and re-renders its graph view, so inline functions or arrays cost that on every drag step.
 */
const isValidConnection = (c: Connection | RefEdge) => c.source !== c.target;
const onPaneClick = () => appStore.getState().select([]);
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const ZOOM_KEYS = ['Meta', 'Control'];
const PAN_BUTTONS = [1, 2];
const PRO_OPTIONS = { hideAttribution: true };

const miniMapColor = (n: CanvasNode) =>
  n.type === 'lane' ? 'var(--lane-bg)' : serviceColor(n.data.service);

export function Canvas() {
  const model = useCanvasModel();
  const flow = useReactFlow<CanvasNode, RefEdge>();
  const documentId = useApp(selectDocumentId);
  const laneCount = useApp(selectLaneCount);
  const lanesRef = useRef(model.lanes);
  useEffect(() => {
    lanesRef.current = model.lanes;
  }, [model.lanes]);
  const pointer = useRef({ x: 0, y: 0 });

  // a design opens whole when that is readable, else at a readable zoom from its top-left (then scrolled)
  const container = useRef<HTMLDivElement>(null);
  const overview = useCallback(
    () =>
      requestAnimationFrame(() => {
        const el = container.current;
        const lanes = lanesRef.current;
        const last = lanes[lanes.length - 1];
        if (el === null || last === undefined) return;
        const bounds = { x: 0, y: 0, w: last.width, h: last.y + last.height };
        void flow.setViewport(openingView(bounds, el.clientWidth, el.clientHeight));
      }),
    [flow],
  );
  useEffect(
    () =>
      attachCanvas({
        fitView: () => void flow.fitView({ padding: 0.1, duration: 0 }),
        overview: () => void overview(),
        viewCenter: () => {
          const el = document.querySelector('.react-flow');
          const r = el?.getBoundingClientRect();
          return flow.screenToFlowPosition({
            x: (r?.left ?? 0) + (r?.width ?? 0) / 2,
            y: (r?.top ?? 0) + (r?.height ?? 0) / 2,
          });
        },
      }),
    [flow, overview],
  );
  useEffect(() => {
    const id = overview();
    return () => cancelAnimationFrame(id);
  }, [documentId, laneCount, overview]);
  useEffect(preloadLayoutWhenIdle, []);
  const corner = useMinimapCorner(model.rects, model.lanes, container);
  const [mapPinned, setMapPinned] = useState(false);
  const mapAt = mapPinned ? 'bottom-right' : corner;

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => handleNodeChanges(appStore, changes),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<RefEdge>[]) => handleEdgeChanges(appStore, changes),
    [],
  );
  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback((_e, _node, nodes) => {
    const moved = nodes
      .filter((n) => n.type === 'resource')
      .map((n) => ({ id: n.id, position: n.position }));
    finishDrag(appStore, lanesRef.current, moved);
  }, []);
  const onConnect = useCallback((c: Connection) => {
    handleConnect(appStore, appStore.getState().catalog, c.source, c.target, pointer.current);
  }, []);
  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const type = e.dataTransfer.getData(PALETTE_MIME);
      if (type === '') return;
      e.preventDefault();
      dropType(
        appStore,
        lanesRef.current,
        type,
        flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }),
      );
    },
    [flow],
  );

  return (
    <div
      className="canvas"
      data-testid="canvas"
      ref={container}
      {...canvasMenuHandlers}
      onPointerMove={(e) => {
        pointer.current = { x: e.clientX, y: e.clientY };
      }}
    >
      <ReactFlow<CanvasNode, RefEdge>
        nodes={model.nodes}
        edges={model.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onPaneClick={onPaneClick}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        selectionOnDrag
        selectionMode={SelectionMode.Partial}
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        zoomOnScroll={false}
        zoomActivationKeyCode={ZOOM_KEYS}
        snapToGrid
        snapGrid={SNAP}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        {mapAt !== null && (
          <MiniMap<CanvasNode>
            pannable
            zoomable
            position={mapAt}
            nodeColor={miniMapColor}
            nodeStrokeWidth={0}
            className="minimap"
          />
        )}
        <Controls showInteractive={false}>
          <ControlButton
            onClick={() => setMapPinned((p) => !p)}
            title={mapPinned ? 'Minimap: only where it covers no node' : 'Minimap: always show'}
            aria-label="Pin the minimap"
            aria-pressed={mapPinned}
            className={mapPinned ? 'is-pressed' : ''}
          >
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden>
              <rect
                x="1.5"
                y="2.5"
                width="13"
                height="11"
                rx="1.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.4"
              />
              <rect x="8" y="8" width="5" height="4" fill="currentColor" />
            </svg>
          </ControlButton>
        </Controls>
      </ReactFlow>
    </div>
  );
}
