import { memo, useCallback } from 'react';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { selectDriftMark } from './laneDrift';

/** A lane header's mark when its stack was changed or deleted outside Isotherm since its last deploy. */
export const LaneDrift = memo(function LaneDrift({ lane }: { lane: string }) {
  const title = useApp(useCallback((s: AppState) => selectDriftMark(s, lane)?.title, [lane]));
  const kind = useApp(useCallback((s: AppState) => selectDriftMark(s, lane)?.kind, [lane]));
  const label = useApp(useCallback((s: AppState) => selectDriftMark(s, lane)?.label, [lane]));
  if (title === undefined || kind === undefined) return null;
  return (
    <span
      className={`lane-drift drift-${kind}`}
      title={title}
      aria-label={title}
      data-testid={`lane-drift-${lane}`}
      data-drift={kind}
    >
      <span aria-hidden="true">⚠</span> {label}
    </span>
  );
});
