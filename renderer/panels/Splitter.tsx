import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { PanelSize } from './panelLayout';
import { usePanels } from './panelStore';

interface SplitterProps {
  which: PanelSize;
  /** `x`: a vertical bar moved left/right; `y`: a horizontal bar moved up/down. */
  axis: 'x' | 'y';
  /** +1 when moving right/down grows the panel, -1 when it shrinks it. */
  sign: 1 | -1;
  label: string;
  /** Pixels per unit of the size (the column height for a share); 1 for pixel sizes. */
  scale?: () => number;
}

const KEY_STEP = 16;

/**
 * A bar between two panels: drag it (or focus it and use the arrow keys) to resize; the size is remembered
 * when the drag ends. role=separator with its value, so it is reachable and readable without a mouse.
 */
export function Splitter({ which, axis, sign, label, scale }: SplitterProps) {
  const value = usePanels((s) => s.layout[which]);
  const start = useRef<{ at: number; value: number } | null>(null);
  const unit = useCallback(() => scale?.() ?? 1, [scale]);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { at: axis === 'x' ? e.clientX : e.clientY, value };
    document.body.classList.add(axis === 'x' ? 'resizing-x' : 'resizing-y');
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const s = start.current;
    if (s === null) return;
    const delta = (axis === 'x' ? e.clientX : e.clientY) - s.at;
    usePanels.getState().setSize(which, s.value + (sign * delta) / unit());
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current === null) return;
    start.current = null;
    e.currentTarget.releasePointerCapture(e.pointerId);
    document.body.classList.remove('resizing-x', 'resizing-y');
    usePanels.getState().remember();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const grow = axis === 'x' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
    const dir = e.key === grow[0] ? 1 : e.key === grow[1] ? -1 : 0;
    if (dir === 0) return;
    e.preventDefault();
    const s = usePanels.getState();
    s.setSize(which, value + (sign * dir * KEY_STEP) / unit());
    s.remember();
  };
  return (
    <div
      className={`splitter splitter-${axis}`}
      role="separator"
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-valuenow={Math.round(which === 'inspectorShare' ? value * 100 : value)}
      tabIndex={0}
      data-testid={`splitter-${which}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
