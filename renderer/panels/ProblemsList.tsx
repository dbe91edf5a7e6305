import type { Diagnostic } from '../../shared/util/diagnostics';
import { appStore } from '../store/appStore';

function openProblem(d: Diagnostic) {
  const s = appStore.getState();
  if (d.resource !== undefined && s.design.resources[d.resource] !== undefined)
    s.focusField(d.resource, d.path ?? []);
}

/** Every diagnostic: severity, code, where (resource.path), message; a click selects the resource and its field. */
export function ProblemsList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return <p className="muted pad">No problems.</p>;
  return (
    <ul className="problems" data-testid="problems">
      {diagnostics.map((d, i) => (
        <li key={i}>
          <button
            className={`problem sev-${d.severity}`}
            onClick={() => openProblem(d)}
            disabled={d.resource === undefined}
          >
            <span
              className={`sev sev-dot-${d.severity}`}
              aria-label={d.severity}
              title={d.severity}
            />
            <code className="code">{d.code}</code>
            <span className="where">
              {[d.resource ?? (d.lane !== undefined ? `region ${d.lane}` : ''), ...(d.path ?? [])]
                .filter((x) => x !== '')
                .join('.')}
            </span>
            <span className="msg">{d.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
