/**
 * The workspace's panel sizes and which side panels are collapsed: [user] state, remembered per user
 * (localStorage), never in the design file and never undoable. Pure: parse, clamp, resize.
 */
export interface PanelLayout {
  /** Width of the palette column (px). */
  palette: number;
  /** Width of the inspector + YAML column (px). */
  side: number;
  /** Height of the bottom panel (px). */
  bottom: number;
  /** Share of the side column the inspector takes above the YAML pane (0..1). */
  inspectorShare: number;
  paletteCollapsed: boolean;
  sideCollapsed: boolean;
}

export type PanelSize = 'palette' | 'side' | 'bottom' | 'inspectorShare';

export const DEFAULT_LAYOUT: PanelLayout = {
  palette: 220,
  side: 340,
  bottom: 260,
  inspectorShare: 0.55,
  paletteCollapsed: false,
  sideCollapsed: false,
};

export const LIMITS: Record<PanelSize, [number, number]> = {
  palette: [160, 420],
  side: [260, 720],
  bottom: [160, 640],
  inspectorShare: [0.15, 0.85],
};

const clamp = (v: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, v));

/** A size set within its limits. */
export function withSize(layout: PanelLayout, which: PanelSize, value: number): PanelLayout {
  const v = which === 'inspectorShare' ? value : Math.round(value);
  return { ...layout, [which]: clamp(v, LIMITS[which]) };
}

/** A remembered layout, restored: unknown or out-of-range values fall back to defaults or limits. */
export function parseLayout(text: string | null): PanelLayout {
  if (text === null) return DEFAULT_LAYOUT;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_LAYOUT;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_LAYOUT;
  const r = raw as Record<string, unknown>;
  let out = { ...DEFAULT_LAYOUT };
  for (const k of Object.keys(LIMITS) as PanelSize[]) {
    const v = r[k];
    if (typeof v === 'number' && Number.isFinite(v)) out = withSize(out, k, v);
  }
  for (const k of ['paletteCollapsed', 'sideCollapsed'] as const)
    if (typeof r[k] === 'boolean') out[k] = r[k];
  return out;
}

export const serializeLayout = (layout: PanelLayout): string => JSON.stringify(layout);
