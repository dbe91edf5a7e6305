import { useOnViewportChange, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { LANE_HEADER, type LaneGeom } from './geometry';
import { RectIndex } from './routing/rectIndex';
import type { Rect } from './routing/types';
import { freeCorner, type Corner } from './viewPlacement';

/** React Flow's default minimap size and panel margin (screen px). */
export const MINIMAP_SIZE = { w: 200, h: 150 };
const MARGIN = 15;

function sizeOf(ref: RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const el = ref.current;
  return el === null ? null : { width: el.clientWidth, height: el.clientHeight };
}

/** What the minimap must not cover: the resource nodes and each lane's header (its name, status and buttons). */
function coveredRects(
  rects: ReadonlyMap<string, Rect>,
  lanes: readonly LaneGeom[],
): Map<string, Rect> {
  const all = new Map(rects);
  for (const l of lanes)
    all.set(`lane-header:${l.id}`, { x: 0, y: l.y, w: l.width, h: LANE_HEADER });
  return all;
}

/**
 * The corner the minimap may sit in without covering a node or a lane header, re-checked when a pan or
 * zoom ends and when nodes move or the canvas is resized; null when every corner would cover one (the
 * minimap then hides).
 */
export function useMinimapCorner(
  rects: ReadonlyMap<string, Rect>,
  lanes: readonly LaneGeom[],
  container: RefObject<HTMLElement | null>,
): Corner | null {
  const flow = useReactFlow();
  const [corner, setCorner] = useState<Corner | null>(null);
  const index = useMemo(() => new RectIndex(coveredRects(rects, lanes)), [rects, lanes]);
  const update = useCallback(() => {
    const size = sizeOf(container);
    if (size === null) return;
    const view = { ...flow.getViewport(), ...size };
    setCorner(freeCorner(view, MINIMAP_SIZE, MARGIN, (a) => index.query(a)));
  }, [flow, index, container]);
  useOnViewportChange({ onEnd: update });
  useEffect(() => {
    const id = requestAnimationFrame(update);
    return () => cancelAnimationFrame(id);
  }, [update]);
  // a panel resized or collapsed changes what is visible
  useEffect(() => {
    const el = container.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => update());
    observer.observe(el);
    return () => observer.disconnect();
  }, [update, container]);
  return corner;
}
