import { useMemo, useState } from 'react';
import { useApp } from '../store/appStore';
import { selectProblems, semanticPart } from '../store/selectors';
import type { AppState } from '../store/types';
import {
  NodeCache,
  RoutedEdgeCache,
  deriveEdges,
  deriveLayout,
  deriveNodes,
  nodeRects,
  routeRequests,
  type CanvasModel,
} from './adapter';
import { EdgeRouter } from './routing/edgeRouter';

const selectDesign = (s: AppState) => s.design;
const selectSelected = (s: AppState) => s.selected;
const selectSelectedEdge = (s: AppState) => s.selectedEdge;
const selectDragging = (s: AppState) => s.dragging;

/** The canvas model from narrow subscriptions; lanes follow the design, edges its semantic part, nodes are reused while unchanged. */
export function useCanvasModel(): CanvasModel {
  const design = useApp(selectDesign);
  const selected = useApp(selectSelected);
  const selectedEdge = useApp(selectSelectedEdge);
  const dragging = useApp(selectDragging);
  const problems = useApp(selectProblems);
  const [cache] = useState(() => new NodeCache());
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const layout = useMemo(() => deriveLayout(design), [design]);
  // edges follow the references only: a drop that changes positions keeps the same edge objects (no re-render of every edge)
  const [meaningOf] = useState(semanticPart);
  const meaning = meaningOf(design);
  const plainEdges = useMemo(() => deriveEdges(meaning, selectedEdge), [meaning, selectedEdge]);
  // routes follow the saved positions (not a drag in progress): only edges near what moved are routed again
  const [router] = useState(() => new EdgeRouter());
  const [routed] = useState(() => new RoutedEdgeCache());
  const rects = useMemo(() => nodeRects(design, layout), [design, layout]);
  const routes = useMemo(
    () => router.update(rects, routeRequests(plainEdges)),
    [router, rects, plainEdges],
  );
  const edges = useMemo(() => routed.attach(plainEdges, routes), [routed, plainEdges, routes]);
  const nodes = useMemo(
    () =>
      deriveNodes(
        { design, selected: selectedSet, selectedEdge, dragging, problems },
        layout,
        cache,
      ),
    [design, selectedSet, selectedEdge, dragging, problems, layout, cache],
  );
  return { nodes, edges, ...layout, rects };
}
