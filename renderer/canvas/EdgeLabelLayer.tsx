import { useStore, type ReactFlowState } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * React Flow's EdgeLabelRenderer, with the label layer looked up once per flow instead of by every edge on every
 * React Flow store update: its selector runs `domNode.querySelector` for each mounted label on each drag step,
 * which with hundreds of edges was most of a drag frame. Same portal target, same DOM.
 */
let lastDom: HTMLDivElement | null = null;
let lastLayer: HTMLElement | null = null;

export function labelLayerOf(dom: HTMLDivElement | null): HTMLElement | null {
  if (dom !== lastDom || lastLayer === null || !lastLayer.isConnected) {
    lastDom = dom;
    lastLayer = dom?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null;
  }
  return lastLayer;
}

const selectLabelLayer = (s: ReactFlowState) => labelLayerOf(s.domNode);

export function EdgeLabelLayer({ children }: { children: ReactNode }) {
  const layer = useStore(selectLabelLayer);
  return layer === null ? null : createPortal(children, layer);
}
