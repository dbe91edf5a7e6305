import type { DeployPlan, StackPlan } from '../../shared/ipc/channels/deploy';

function Changes({ stack }: { stack: StackPlan }) {
  if (stack.action === 'delete')
    return (
      <span className="plan-change">
        its lane was removed from the design: the stack and all its resources are deleted
      </span>
    );
  if (stack.action === 'create')
    return (
      <span className="plan-change">
        creates {(stack.resources ?? []).length} resources: {(stack.resources ?? []).join(', ')}
      </span>
    );
  if (stack.changes === undefined)
    return <span className="plan-change muted">{stack.note ?? 'no preview'}</span>;
  const c = stack.changes;
  const parts = (
    [
      ['added', c.added],
      ['replaced', c.replaced],
      ['updated', c.updated],
      ['deleted', c.deleted],
      ['unchanged', c.unchanged],
    ] as const
  ).filter(([, list]) => list.length > 0);
  if (parts.length === 0) return <span className="plan-change muted">no resources</span>;
  return (
    <span className="plan-change">
      {parts.map(([kind, list]) => (
        <span key={kind} className={`plan-kind plan-${kind}`} title={list.join(', ')}>
          {kind} {list.length}: {list.join(', ')}
        </span>
      ))}
    </span>
  );
}

/** The plan of a deploy: its waves, each stack created or updated, and Heat's preview of the changes. */
export function PlanSummary({
  plan,
  operation,
}: {
  plan: DeployPlan;
  operation: 'deploy' | 'destroy';
}) {
  const byLane = new Map(plan.stacks.map((s) => [s.lane, s]));
  const waves = operation === 'deploy' ? plan.waves : [...plan.waves].reverse();
  const seen = new Set<string>();
  return (
    <ol className="plan-waves" data-testid="deploy-plan">
      {waves.map((wave, i) => {
        // a destroy deletes the design's stacks only; removed lanes' stacks are a deploy's to delete
        const steps = wave.filter(
          (s) => operation === 'deploy' || (!seen.has(s.lane) && s.action !== 'delete'),
        );
        for (const s of steps) seen.add(s.lane);
        if (steps.length === 0) return null;
        return (
          <li key={i} className="plan-wave">
            <div className="plan-wave-title">
              {steps.every((s) => s.action === 'delete') && operation === 'deploy'
                ? 'To delete (lanes removed from the design), after the other waves'
                : `Wave ${i + 1}${steps.length > 1 ? ' (in parallel)' : ''}`}
            </div>
            <ul>
              {steps.map((step) => {
                const stack = byLane.get(step.lane);
                const exists = stack?.action === 'update';
                const verb = operation === 'destroy' ? (exists ? 'delete' : 'absent') : step.action;
                return (
                  <li
                    key={`${step.lane}-${step.pass}`}
                    className="plan-step"
                    data-testid={`plan-step-${step.lane}`}
                  >
                    <span className={`plan-verb verb-${verb}`}>{verb}</span>
                    <b>{step.stack}</b>{' '}
                    <span className="muted">
                      in {step.regionName} (lane {step.lane}
                      {step.passes > 1 ? `, pass ${step.pass} of ${step.passes}` : ''})
                    </span>
                    {operation === 'deploy' && stack !== undefined && step.pass === step.passes && (
                      <div>
                        <Changes stack={stack} />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
