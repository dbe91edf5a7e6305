import { useEffect, useRef } from 'react';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { toneOf } from './statusClass';

const selectLog = (s: AppState) => s.view.log;
const selectLanes = (s: AppState) => s.view.lanes;
const selectErrors = (s: AppState) => s.view.errors;
const selectRemovedLeft = (s: AppState) => s.view.removedLeft;
const selectOperation = (s: AppState) => s.view.operation;

const clock = (iso: string) => (iso.length >= 19 ? iso.slice(11, 19) : iso);

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

const selectDesignOutputs = (s: AppState) => s.design.outputs;

/** Outputs of each lane as soon as its stack settled: the design's own first, then the cross-region values the compiler added. */
function Outputs() {
  const lanes = useApp(selectLanes);
  const designOutputs = useApp(selectDesignOutputs);
  const all = Object.values(lanes).flatMap((l) =>
    Object.entries(l.outputs ?? {}).map(([key, v]) => ({ lane: l.lane, key, v })),
  );
  if (all.length === 0) return null;
  const own = all.filter((o) => designOutputs[o.key] !== undefined);
  const cross = all.filter((o) => designOutputs[o.key] === undefined);
  const row = (o: (typeof all)[number], className?: string) => (
    <tr key={`${o.lane}.${o.key}`} className={className} data-testid={`output-${o.lane}-${o.key}`}>
      <td className="muted">{o.lane}</td>
      <td>
        <code>{o.key}</code>
      </td>
      <td className="output-value">
        <code>{show(o.v)}</code>
      </td>
    </tr>
  );
  return (
    <section className="deploy-outputs" data-testid="deploy-outputs" aria-label="Outputs">
      <div className="deploy-section-title">Outputs</div>
      <table>
        <tbody>
          {own.map((o) => row(o))}
          {own.length === 0 && (
            <tr>
              <td className="muted" colSpan={3}>
                The design declares no outputs (yet).
              </td>
            </tr>
          )}
          {cross.length > 0 && (
            <tr className="group cross">
              <td colSpan={3}>Cross-region values</td>
            </tr>
          )}
          {cross.map((o) => row(o, 'cross'))}
        </tbody>
      </table>
    </section>
  );
}

/** The deploy tab: Heat's events as they stream in, errors, and outputs when ready. */
export function DeployLog() {
  const log = useApp(selectLog);
  const errors = useApp(selectErrors);
  const removedLeft = useApp(selectRemovedLeft);
  const operation = useApp(selectOperation);
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [log.length]);
  if (operation === undefined)
    return (
      <p className="muted pad">
        No deploy yet. Pick a cloud, then Deploy: Heat's events stream here.
      </p>
    );
  return (
    <div className="deploy-log-pane">
      <ol className="deploy-log" data-testid="deploy-log" aria-label="Heat events">
        {log.map((e) => (
          <li key={`${e.lane}/${e.eventId}`} className={`log-row tone-${toneOf(e.status)}`}>
            <span className="log-time">{clock(e.eventTime)}</span>
            <span className="log-region">{e.lane}</span>
            <span className="log-resource">{e.resource}</span>
            <span className="log-status">{e.status}</span>
            <span className="log-reason">{e.reason}</span>
          </li>
        ))}
        {errors.map((e, i) => (
          <li key={`err-${i}`} className={`log-row tone-failed${e.transient ? ' transient' : ''}`}>
            <span className="log-time">{clock(e.time)}</span>
            <span className="log-region">{e.lane ?? ''}</span>
            <span className="log-resource">{e.code}</span>
            <span className="log-status">{e.transient ? 'RETRYING' : 'ERROR'}</span>
            <span className="log-reason">{e.message}</span>
          </li>
        ))}
        {(removedLeft ?? []).map((r) => (
          <li key={`left-${r.lane}`} className="log-row" data-testid="log-removed-left">
            <span className="log-time" />
            <span className="log-region">{r.lane}</span>
            <span className="log-resource">{r.stack}</span>
            <span className="log-status">LEFT</span>
            <span className="log-reason">
              lane removed from the design; its stack in {r.regionName} was not deleted (deploy
              again and confirm to delete it)
            </span>
          </li>
        ))}
        <li ref={end} aria-hidden="true" />
      </ol>
      <Outputs />
    </div>
  );
}
