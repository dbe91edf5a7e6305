import { memo, useMemo } from 'react';
import type { Plan } from '../../../shared/compile/types';
import { roundedPath } from '../../canvas/routing/svgPath';
import { labelSize } from '../../canvas/routing/labelSpot';
import { BOX_W, planPicture } from './planLayout';

/** What the deploy will do with a lane's stack, where known (deploy confirmation). */
export type StepVerb = 'create' | 'update' | 'delete' | 'absent';

/**
 * The plan as a picture: waves as columns, the stacks (and their passes) in them, arrows for the values that
 * flow from one stack's outputs into another's parameters. An SVG, scrolled when larger than its box.
 */
export const PlanPicture = memo(function PlanPicture({
  plan,
  verbs,
}: {
  plan: Plan;
  verbs?: ReadonlyMap<string, StepVerb>;
}) {
  const p = useMemo(() => planPicture(plan), [plan]);
  if (p.steps.length === 0)
    return <p className="muted pad">No stacks to deploy: add resources to a lane.</p>;
  return (
    <div className="plan-picture" data-testid="plan-picture">
      <svg
        width={p.width}
        height={p.height}
        viewBox={`0 0 ${p.width} ${p.height}`}
        role="img"
        aria-label={`Plan: ${p.columns.length} waves, ${p.steps.length} steps`}
      >
        <defs>
          <marker
            id="plan-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto-start-reverse"
          >
            <path d="M0 0 L10 5 L0 10 z" className="plan-arrowhead" />
          </marker>
        </defs>
        {p.columns.map((c) => (
          <g key={c.title + c.x}>
            <rect
              className="plan-col"
              x={c.x - 10}
              y={6}
              width={BOX_W + 20}
              height={p.height - 12}
              rx={8}
            />
            <text className="plan-col-title" x={c.x} y={28}>
              {c.title}
            </text>
          </g>
        ))}
        {p.flows.map((f) => (
          <path
            key={`${f.from}>${f.to}`}
            d={roundedPath(f.points)}
            className={`plan-flow${f.values.length === 0 ? ' is-order' : ''}`}
            markerEnd="url(#plan-arrow)"
          >
            <title>
              {f.values.length === 0
                ? `${f.to} waits for ${f.from}`
                : `${f.from} → ${f.to}: ${f.values.join(', ')}`}
            </title>
          </path>
        ))}
        {p.steps.map((s) => {
          const verb = verbs?.get(s.lane);
          return (
            <g key={s.key} data-testid={`plan-box-${s.key}`}>
              <title>{[`${s.stack} in ${s.regionName}`, ...s.inputs].join('\n')}</title>
              <rect className="plan-box" x={s.x} y={s.y} width={s.w} height={s.h} rx={7} />
              <text className="plan-box-title" x={s.x + 10} y={s.y + 20}>
                {s.lane}
                {s.passes > 1 ? ` · pass ${s.pass}/${s.passes}` : ''}
              </text>
              <text className="plan-box-sub" x={s.x + 10} y={s.y + 37}>
                {verb !== undefined ? `${verb} ` : ''}
                {s.stack}
              </text>
              <text className="plan-box-sub" x={s.x + 10} y={s.y + 51}>
                {s.regionName}
              </text>
              {s.lines.map((line, i) => (
                <text key={i} className="plan-box-input" x={s.x + 10} y={s.y + 67 + i * 14}>
                  {line}
                </text>
              ))}
            </g>
          );
        })}
        {p.flows.map((f) => {
          const size = labelSize(f.text);
          return (
            <g key={`label-${f.from}>${f.to}`} className="plan-flow-label">
              <title>{f.values.length === 0 ? 'waits for it' : f.values.join('\n')}</title>
              <rect
                x={f.label.x - size.w / 2}
                y={f.label.y - size.h / 2}
                width={size.w}
                height={size.h}
                rx={4}
              />
              <text x={f.label.x} y={f.label.y + 4} textAnchor="middle">
                {f.text}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
});
