import { useEffect, useMemo, useRef, useState } from 'react';
import { bindingsFor, connect, type Binding } from '../../shared/design/ops';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';

const selectDesign = (s: AppState) => s.design;
const selectCatalog = (s: AppState) => s.catalog;

/** The small chooser of how an edge A -> B is written: a fitting property, an attribute of B, or depends_on. */
export function ConnectChooser({
  from,
  to,
  at,
}: {
  from: string;
  to: string;
  at: { x: number; y: number };
}) {
  const design = useApp(selectDesign);
  const catalog = useApp(selectCatalog);
  const options = useMemo(
    () => (catalog === null ? null : bindingsFor(design, catalog, from, to)),
    [design, catalog, from, to],
  );
  const [attribute, setAttribute] = useState('');
  const popover = useRef<HTMLDivElement>(null);
  // keyboard users land on the first choice (the chooser may open from the Connect command)
  useEffect(() => popover.current?.querySelector<HTMLElement>('button, select')?.focus(), []);
  const [target, setTarget] = useState('');
  const close = () => appStore.getState().openDialog(null);
  const bind = (binding: Binding, label: string) => {
    appStore.getState().apply(label, (d) => connect(d, from, to, binding));
    close();
  };
  if (options === null) return null;
  const attr = attribute || options.attributes[0]?.name || '';
  const prop = target || options.attributeTargets[0]?.label || '';
  const left = Math.min(at.x, window.innerWidth - 340);
  const top = Math.min(at.y, window.innerHeight - 320);
  return (
    <div
      className="popover-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && close()}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <div
        className="popover"
        ref={popover}
        style={{ left, top }}
        role="dialog"
        aria-label={`Connect ${from} to ${to}`}
      >
        <div className="popover-title">
          {from} → {to}
        </div>
        {options.fitting.length > 0 && (
          <div className="popover-section">
            <div className="popover-caption">Property referencing {to}</div>
            {options.fitting.map((f) => (
              <button
                key={f.label}
                className="choice"
                onClick={() =>
                  bind({ kind: 'property', path: f.path }, `Connect ${from}.${f.label} → ${to}`)
                }
              >
                <code>{f.label}</code>: get_resource{' '}
                {f.required && <span className="required">*</span>}
              </button>
            ))}
          </div>
        )}
        {options.attributes.length > 0 && options.attributeTargets.length > 0 && (
          <div className="popover-section">
            <div className="popover-caption">An attribute of {to} into a property</div>
            <div className="choice-row">
              <select
                aria-label="Attribute"
                value={attr}
                onChange={(e) => setAttribute(e.target.value)}
              >
                {options.attributes.map((a) => (
                  <option key={a.name} value={a.name} title={a.description}>
                    {a.name}
                  </option>
                ))}
              </select>
              <span>→</span>
              <select
                aria-label="Property"
                value={prop}
                onChange={(e) => setTarget(e.target.value)}
              >
                {options.attributeTargets.map((t) => (
                  <option key={t.label} value={t.label}>
                    {t.label}
                  </option>
                ))}
              </select>
              <button
                className="btn btn-small btn-primary"
                onClick={() => {
                  const t = options.attributeTargets.find((x) => x.label === prop);
                  if (t !== undefined)
                    bind(
                      { kind: 'attribute', path: t.path, attribute: attr },
                      `Connect ${from}.${prop} ← ${to}.${attr}`,
                    );
                }}
              >
                Bind
              </button>
            </div>
          </div>
        )}
        <div className="popover-section">
          <button
            className="choice"
            onClick={() => bind({ kind: 'depends_on' }, `${from} depends on ${to}`)}
          >
            <code>depends_on</code>: create {to} first
          </button>
        </div>
        <div className="popover-actions">
          <button className="btn btn-small" onClick={close}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
