import { useEffect, useState } from 'react';
import type { ExampleSummary, RecentEntry } from '../../shared/ipc';
import { api } from '../api';
import { replaceDocument } from '../files/unsavedGuard';
import { appStore } from '../store/appStore';

/** The empty state: start a design, open one, an example, or import templates. */
export function Welcome() {
  const [examples, setExamples] = useState<ExampleSummary[]>([]);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  useEffect(() => {
    void api.examples.list().then((r) => r.ok && setExamples(r.value.examples));
    void api.recent.list().then((r) => r.ok && setRecent(r.value.entries));
  }, []);
  const ctx = { store: appStore, api };
  return (
    <div className="welcome" data-testid="welcome">
      <div className="welcome-inner">
        <h1>Isotherm</h1>
        <p className="muted">
          Draw resources on region swimlanes, connect them across regions, get one Heat template per
          region.
        </p>
        <div className="welcome-actions">
          <button
            className="btn btn-primary"
            onClick={() => void replaceDocument(ctx, { kind: 'new' })}
          >
            New design
          </button>
          <button className="btn" onClick={() => void replaceDocument(ctx, { kind: 'open' })}>
            Open…
          </button>
          <button
            className="btn"
            onClick={() => appStore.getState().openDialog({ kind: 'import' })}
          >
            Import templates…
          </button>
        </div>
        {recent.length > 0 && (
          <>
            <h2>Recent</h2>
            <ul className="recent">
              {recent.slice(0, 6).map((r) => (
                <li key={r.path}>
                  <button
                    className="link"
                    onClick={() => void replaceDocument(ctx, { kind: 'open', path: r.path })}
                    title={r.path}
                  >
                    {r.name}
                  </button>
                  <span className="muted"> {r.path}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <h2>Examples</h2>
        <div className="examples">
          {examples.map((e) => (
            <button
              key={e.id}
              className="example"
              onClick={() => void replaceDocument(ctx, { kind: 'example', id: e.id })}
              data-testid={`example-${e.id}`}
            >
              <span className="example-name">{e.name}</span>
              {e.description && <span className="example-desc">{e.description}</span>}
              <span className="example-lanes">
                {e.regions.map((r) => (
                  <span key={r} className="chip">
                    {r}
                  </span>
                ))}
                <span className="muted">{e.resourceCount} resources</span>
              </span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
