import { useMemo, useState } from 'react';
import { useApp } from '../store/appStore';
import { selectProblems, semanticPart } from '../store/selectors';
import type { AppState } from '../store/types';
import { NodeCache, deriveEdges, deriveLayout, deriveNodes, type CanvasModel } from './adapter';

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
  const edges = useMemo(() => deriveEdges(meaning, selectedEdge), [meaning, selectedEdge]);
  const nodes = useMemo(
    () =>
      deriveNodes(
        { design, selected: selectedSet, selectedEdge, dragging, problems },
        layout,
        cache,
      ),
    [design, selectedSet, selectedEdge, dragging, problems, layout, cache],
  );
  return { nodes, edges, ...layout };
}
