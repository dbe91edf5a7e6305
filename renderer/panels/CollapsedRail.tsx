import { usePanels } from './panelStore';

/** A collapsed side panel: a narrow rail with its name; a click brings the panel back. */
export function CollapsedRail({
  which,
  label,
}: {
  which: 'paletteCollapsed' | 'sideCollapsed';
  label: string;
}) {
  return (
    <button
      className={`collapsed-rail rail-${which === 'paletteCollapsed' ? 'left' : 'right'}`}
      title={`Show ${label}`}
      aria-label={`Show ${label}`}
      data-testid={`expand-${which}`}
      onClick={() => usePanels.getState().toggle(which)}
    >
      <span className="rail-label">{label}</span>
    </button>
  );
}

/** The small button that collapses a side panel (in the panel's edge bar). */
export function CollapseButton({
  which,
  label,
}: {
  which: 'paletteCollapsed' | 'sideCollapsed';
  label: string;
}) {
  const left = which === 'paletteCollapsed';
  return (
    <button
      className={`collapse-btn ${left ? 'at-left' : 'at-right'}`}
      title={`Hide ${label}`}
      aria-label={`Hide ${label}`}
      data-testid={`collapse-${which}`}
      onClick={() => usePanels.getState().toggle(which)}
    >
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden>
        <path
          d={left ? 'M6.5 1.5 3 5l3.5 3.5' : 'M3.5 1.5 7 5 3.5 8.5'}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
    </button>
  );
}
