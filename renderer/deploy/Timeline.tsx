import { useMemo } from 'react';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { ticksOf, timelineModel } from './timelineModel';
import { isRunning } from './deployActions';
import { formatElapsed, useNow } from './useNow';

const selectLog = (s: AppState) => s.view.log;
const selectWaves = (s: AppState) => s.view.waves;
const selectRunning = (s: AppState) => isRunning(s);

const TONE = { IN_PROGRESS: 'progress', COMPLETE: 'complete', FAILED: 'failed' } as const;

/** Where the time went: one row per region and resource, bars from Heat's event times, waves marked. */
export function Timeline() {
  const log = useApp(selectLog);
  const waves = useApp(selectWaves);
  const running = useApp(selectRunning);
  const now = useNow(running);
  const model = useMemo(() => timelineModel({ log, waves }, now), [log, waves, now]);
  if (model === null)
    return <p className="muted pad">The timeline appears when Heat reports its first events.</p>;
  const span = model.end - model.start;
  const pct = (t: number) => `${((t - model.start) / span) * 100}%`;
  const ticks = ticksOf(span).map((t) => model.start + t);
  return (
    <div className="timeline" data-testid="timeline">
      <div className="tl-row tl-axis">
        <span className="tl-label" />
        <span className="tl-track">
          {ticks.map((t, i) => (
            <span key={i} className="tl-tick" style={{ left: pct(t) }}>
              {formatElapsed(t - model.start)}
            </span>
          ))}
        </span>
      </div>
      <div className="tl-body">
        {model.rows.map((row) => (
          <div
            key={row.key}
            className={`tl-row${row.isStack ? ' tl-stack' : ''}`}
            data-testid={`tl-row-${row.key}`}
          >
            <span
              className="tl-label"
              title={row.isStack ? `lane ${row.lane} (stack)` : `${row.label} in lane ${row.lane}`}
            >
              {row.label}
            </span>
            <span className="tl-track">
              {row.bars.map((b, i) => (
                <span
                  key={i}
                  className={`tl-bar tone-${TONE[b.state]}`}
                  style={{
                    left: pct(b.start),
                    width: `max(2px, calc(${pct(b.end ?? now)} - ${pct(b.start)}))`,
                  }}
                  title={`${b.resource} ${b.action} ${b.state.toLowerCase().replace('_', ' ')}: ${formatElapsed((b.end ?? now) - b.start)}`}
                />
              ))}
            </span>
          </div>
        ))}
        <div className="tl-waves" aria-hidden="true">
          {model.waves.map((w) => (
            <span key={w.index} className="tl-wave" style={{ left: pct(w.at) }}>
              <span className="tl-wave-label">wave {w.index + 1}</span>
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
