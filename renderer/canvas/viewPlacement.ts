import type { Rect } from './routing/types';
import { overlaps } from './routing/types';

/** Where the canvas looks (React Flow's viewport: screen = flow * zoom + x) and how big it is on screen. */
export interface View {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/** The smallest zoom a design opens at: below it node titles are no longer readable; the user scrolls instead. */
export const READABLE_ZOOM = 0.8;
const PAD = 24;

/**
 * The viewport a design opens with: all of it when that fits at a readable zoom (never above 1), else the
 * readable zoom at its top-left corner (the first lane's header), scrolled from there.
 */
export function openingView(
  bounds: Rect,
  width: number,
  height: number,
): Omit<View, 'width' | 'height'> {
  const fit = Math.min(
    (width - 2 * PAD) / Math.max(1, bounds.w),
    (height - 2 * PAD) / Math.max(1, bounds.h),
    1,
  );
  if (fit >= READABLE_ZOOM) {
    return {
      zoom: fit,
      x: (width - bounds.w * fit) / 2 - bounds.x * fit,
      y: (height - bounds.h * fit) / 2 - bounds.y * fit,
    };
  }
  const zoom = READABLE_ZOOM;
  return { zoom, x: PAD - bounds.x * zoom, y: PAD - bounds.y * zoom };
}

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
/** Bottom-left holds the zoom controls. */
export const CORNERS: readonly Corner[] = ['bottom-right', 'top-right', 'top-left'];

/**
 * The first corner of the visible canvas where a box of `size` (screen px, `margin` from the edges) covers no
 * node (`nodesNear` gives the node rectangles around a flow-space area); null when every corner covers one.
 */
export function freeCorner(
  view: View,
  size: { w: number; h: number },
  margin: number,
  nodesNear: (area: Rect) => readonly Rect[],
): Corner | null {
  for (const corner of CORNERS) {
    const sx = corner.endsWith('right') ? view.width - margin - size.w : margin;
    const sy = corner.startsWith('bottom') ? view.height - margin - size.h : margin;
    const area = {
      x: (sx - view.x) / view.zoom,
      y: (sy - view.y) / view.zoom,
      w: size.w / view.zoom,
      h: size.h / view.zoom,
    };
    if (!nodesNear(area).some((n) => overlaps(n, area))) return corner;
  }
  return null;
}
