import { useEffect, useMemo, useRef } from 'react';
import { typeSchema } from '../../shared/catalog/catalog';
import type { HeatPropertySchema } from '../../shared/catalog/types';
import { moveResource, renameProblem, renameResource, setProperty } from '../../shared/design/ops';
import { appStore, useApp } from '../store/appStore';
import { diagnosticsOf, selectDiagnostics } from '../store/selectors';
import type { AppState } from '../store/types';
import { CommitInput } from '../ui/CommitInput';
import { ServiceIcon, serviceColor } from '../ui/ServiceIcon';
import { serviceOf } from '../../shared/catalog/catalog';
import { PropertyField, type FieldEnv } from './PropertyField';
import { cloudPickFor, orderedProperties, pathKey, referenceCandidates } from './schemaFields';
import { statusCloud } from '../deploy/cloudValuesActions';

const selectDesign = (s: AppState) => s.design;
const selectCatalog = (s: AppState) => s.catalog;
const selectFocus = (s: AppState) => s.focus;

/** The form for one resource, generated from its type's schema. */
export function ResourceInspector({ id }: { id: string }) {
  const design = useApp(selectDesign);
  const catalog = useApp(selectCatalog);
  const diagnostics = useApp(selectDiagnostics);
  const focus = useApp(selectFocus);
  const cloud = useApp(statusCloud);
  const root = useRef<HTMLDivElement>(null);
  const resource = design.resources[id];
  const schema =
    resource === undefined || catalog === null ? undefined : typeSchema(catalog, resource.type);
  const mine = useMemo(() => diagnosticsOf(diagnostics, id), [diagnostics, id]);

  useEffect(() => {
    if (focus === null || focus.resource !== id) return;
    const key = pathKey(focus.path);
    const el =
      root.current?.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(key)}"]`) ??
      root.current?.querySelector<HTMLElement>(`[data-field-path^="${CSS.escape(key)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, [focus, id]);

  if (resource === undefined) return null;
  const env: FieldEnv = {
    resource: id,
    parameters: Object.keys(design.parameters),
    candidatesFor: (s: HeatPropertySchema) => referenceCandidates(design, catalog, s, id),
    diagnostics: mine,
    cloudPickFor: cloudPickFor(design, resource.region, cloud),
    set: (path, value) =>
      appStore
        .getState()
        .apply(`Set ${id}.${path.join('.')}`, (d) => setProperty(d, id, path, value)),
  };
  const known = new Set(Object.keys(schema?.properties ?? {}));
  const unknown = Object.keys(resource.properties ?? {}).filter((k) => !known.has(k));
  const general = mine.filter(
    (d) => !(d.path?.[0] === 'properties' && d.path.length > 1 && known.has(String(d.path[1]))),
  );
  const service = serviceOf(resource.type);
  return (
    <div className="inspector-body" ref={root} data-testid="resource-inspector">
      <div className="inspector-head">
        <span style={{ color: serviceColor(service) }}>
          <ServiceIcon service={service} size={20} />
        </span>
        <div>
          <div className="inspector-type">{resource.type}</div>
          {schema?.description && (
            <div className="field-help">{schema.description.split('\n')[0]}</div>
          )}
        </div>
      </div>
      <div className="field">
        <label className="field-label">Name (resource id)</label>
        <CommitInput
          aria-label="Resource id"
          value={id}
          onCommit={(to) => {
            const problem = renameProblem(appStore.getState().design, id, to);
            if (problem !== undefined) return problem;
            appStore.getState().apply(`Rename ${id} to ${to}`, (d) => renameResource(d, id, to));
            appStore.getState().select([to]);
          }}
        />
      </div>
      <div className="field">
        <label className="field-label">Region lane</label>
        <select
          aria-label="Region lane"
          value={resource.region}
          onChange={(e) =>
            appStore
              .getState()
              .apply(`Move ${id} to ${e.target.value}`, (d) =>
                moveResource(d, id, { lane: e.target.value }),
              )
          }
        >
          {design.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.id} ({r.region_name})
            </option>
          ))}
        </select>
      </div>
      {general.length > 0 && (
        <div className="inspector-problems">
          {general.map((d, i) => (
            <div key={i} className={`field-${d.severity}`}>
              {d.path !== undefined && d.path.length > 0 ? <code>{d.path.join('.')}</code> : null}{' '}
              {d.message}
            </div>
          ))}
        </div>
      )}
      <div className="section-title">Properties</div>
      {schema === undefined && (
        <p className="muted">
          This type is not in the catalog: its properties are edited as YAML below.
        </p>
      )}
      {orderedProperties(schema?.properties ?? {}).map(([name, s]) => (
        <PropertyField
          key={name}
          env={env}
          name={name}
          path={[name]}
          schema={s}
          value={resource.properties?.[name]}
        />
      ))}
      {unknown.map((name) => (
        <PropertyField
          key={name}
          env={env}
          name={name}
          path={[name]}
          schema={{ type: 'any', description: 'Not in this type’s schema.' }}
          value={resource.properties?.[name]}
        />
      ))}
    </div>
  );
}
