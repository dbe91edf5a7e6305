import type { MouseEvent, PointerEvent } from 'react';
import { selectForMenu } from '../commands/contextMenu';
import type { MenuTarget } from '../store/types';
import { appStore } from '../store/appStore';

/**
 * Right-click on the canvas opens the context menu of what is under the pointer. React Flow pans with the
 * right button too, so the menu opens on release when the pointer did not travel (a right-drag still pans);
 * the keyboard's menu key (Shift+F10) opens the selection's menu.
 */

const CLICK_SLOP = 4;
let press: { x: number; y: number; target: MenuTarget | null } | null = null;

/** What a canvas element belongs to; null for the minimap and the zoom controls. */
export function menuTargetOf(el: Element): MenuTarget | null {
  if (el.closest('.react-flow__minimap, .react-flow__controls, .react-flow__panel') !== null)
    return null;
  const label = el.closest('[data-testid^="edge-label-"]');
  if (label !== null)
    return { kind: 'edge', id: label.getAttribute('data-testid')!.slice('edge-label-'.length) };
  const edge = el.closest('.react-flow__edge');
  if (edge !== null) return { kind: 'edge', id: edge.getAttribute('data-id') ?? '' };
  const node = el.closest('.react-flow__node');
  const id = node?.getAttribute('data-id');
  if (id === undefined || id === null) return { kind: 'pane' };
  if (!id.startsWith('lane:')) return { kind: 'resource', id };
  return el.closest('.lane-header') !== null
    ? { kind: 'lane', id: id.slice('lane:'.length) }
    : { kind: 'pane' };
}

function open(target: MenuTarget, x: number, y: number): void {
  const s = appStore.getState();
  selectForMenu(target, s);
  s.openContextMenu({ target, x, y });
}

function keyboardTarget(): { target: MenuTarget; x: number; y: number } {
  const s = appStore.getState();
  const one = s.selected.length > 0 ? s.selected[0]! : null;
  const el =
    one !== null
      ? document.querySelector(`.react-flow__node[data-id="${CSS.escape(one)}"]`)
      : document.querySelector('.react-flow');
  const r = el?.getBoundingClientRect();
  const at = {
    x: (r?.left ?? 0) + Math.min(40, (r?.width ?? 0) / 2),
    y: (r?.top ?? 0) + Math.min(40, (r?.height ?? 0) / 2),
  };
  if (one !== null) return { target: { kind: 'resource', id: one }, ...at };
  if (s.selectedEdge !== null) return { target: { kind: 'edge', id: s.selectedEdge }, ...at };
  return { target: { kind: 'pane' }, ...at };
}

export const canvasMenuHandlers = {
  onPointerDown(e: PointerEvent): void {
    press =
      e.button === 2 && e.target instanceof Element
        ? { x: e.clientX, y: e.clientY, target: menuTargetOf(e.target) }
        : null;
  },
  onPointerUp(e: PointerEvent): void {
    const p = press;
    press = null;
    if (p === null || e.button !== 2 || p.target === null) return;
    if (Math.hypot(e.clientX - p.x, e.clientY - p.y) > CLICK_SLOP) return;
    open(p.target, e.clientX, e.clientY);
  },
  onContextMenu(e: MouseEvent): void {
    e.preventDefault();
    // a mouse right-click is handled on release (above); anything else is the keyboard's menu key
    if (e.button === 2) return;
    const k = keyboardTarget();
    open(k.target, k.x, k.y);
  },
};
