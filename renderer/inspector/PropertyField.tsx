import { customConstraintOf } from '../../shared/catalog/catalog';
import type { HeatPropertySchema } from '../../shared/catalog/types';
import type { HotValue } from '../../shared/design/model';
import { isMap } from '../../shared/hot';
import type { PathSegment } from '../../shared/design/refs';
import type { Diagnostic } from '../../shared/util/diagnostics';
import type { CloudPickTarget } from '../deploy/cloudValuesActions';
import { isScalarType, pathKey } from './schemaFields';
import { ValueEditor } from './ValueEditor';

export interface FieldEnv {
  resource: string;
  parameters: string[];
  candidatesFor: (schema: HeatPropertySchema) => string[];
  diagnostics: readonly Diagnostic[];
  /** Where a property's values can be picked from the cloud (undefined: no picker for it). */
  cloudPickFor?: (schema: HeatPropertySchema) => CloudPickTarget | undefined;
  set: (path: PathSegment[], value: HotValue | undefined) => void;
}

const startsWith = (
  path: readonly (string | number)[] | undefined,
  prefix: readonly PathSegment[],
) => path !== undefined && prefix.every((seg, i) => path[i] === seg);

/** Problems whose path is exactly this field (below `properties`). */
function fieldErrors(env: FieldEnv, path: PathSegment[]): Diagnostic[] {
  const full = ['properties', ...path];
  return env.diagnostics.filter(
    (d) => startsWith(d.path, full) && (d.path?.length ?? 0) === full.length,
  );
}

function Help({ schema }: { schema: HeatPropertySchema }) {
  if (schema.description === undefined || schema.description === '') return null;
  return <div className="field-help">{schema.description}</div>;
}

interface FieldProps {
  env: FieldEnv;
  name: string;
  path: PathSegment[];
  schema: HeatPropertySchema;
  value: HotValue | undefined;
  depth?: number;
}

export function PropertyField(props: FieldProps) {
  const { env, path, schema, depth = 0 } = props;
  const errors = fieldErrors(env, path);
  return (
    <div
      className={`field depth-${depth}${errors.some((e) => e.severity === 'error') ? ' has-error' : ''}`}
    >
      <FieldLabel name={props.name} schema={schema} />
      <FieldBody {...props} depth={depth} />
      {errors.map((e, i) => (
        <div key={i} className={`field-${e.severity}`} data-code={e.code}>
          {e.message}
        </div>
      ))}
      {depth === 0 && <Help schema={schema} />}
    </div>
  );
}

function FieldLabel({ name, schema }: { name: string; schema: HeatPropertySchema }) {
  return (
    <label className="field-label" title={schema.description}>
      {name}
      {schema.required === true && (
        <span className="required" title="required">
          *
        </span>
      )}
      <span className="field-type">{String(schema.type)}</span>
    </label>
  );
}

/** A list, a map with a schema, a map of scalars (two levels deep at most), or one value editor. */
function FieldBody(props: FieldProps & { depth: number }) {
  const { env, name, path, schema, value, depth } = props;
  const type = String(schema.type);
  const plain = value === undefined || (type === 'list' ? Array.isArray(value) : isMap(value));
  if (depth < 2 && plain) {
    if (type === 'list') return <ListField {...props} />;
    if (
      type === 'map' &&
      schema.schema !== undefined &&
      Object.keys(schema.schema).some((k) => k !== '*')
    )
      return <SchemaMapField {...props} />;
    if (
      type === 'map' &&
      (value === undefined ||
        Object.values(value as object).every((v) => typeof v !== 'object' || v === null))
    )
      return <ScalarMapField {...props} />;
  }
  return <ItemEditor env={env} path={path} schema={schema} value={value} label={name} />;
}

function ListField({ env, name, path, schema, value, depth }: FieldProps & { depth: number }) {
  const list = (value as HotValue[] | undefined) ?? [];
  const itemSchema: HeatPropertySchema = schema.schema?.['*'] ?? { type: 'string' };
  return (
    <div className="list-field" data-field-path={pathKey(['properties', ...path])}>
      {list.map((v, i) => (
        <div className="list-row" key={i}>
          <div className="list-row-body">
            {isScalarType(String(itemSchema.type)) ? (
              <ItemEditor
                env={env}
                path={[...path, i]}
                schema={itemSchema}
                value={v}
                label={`${name}[${i}]`}
              />
            ) : (
              <PropertyField
                env={env}
                name={`${name}[${i}]`}
                path={[...path, i]}
                schema={itemSchema}
                value={v}
                depth={depth + 1}
              />
            )}
          </div>
          <button
            className="icon-btn"
            aria-label={`Remove ${name}[${i}]`}
            title="Remove"
            onClick={() => env.set([...path, i], undefined)}
          >
            −
          </button>
        </div>
      ))}
      <button
        className="btn btn-small"
        onClick={() => env.set([...path, list.length], String(itemSchema.type) === 'map' ? {} : '')}
      >
        + Add item
      </button>
    </div>
  );
}

/** A map whose keys the schema names: one field per key. */
function SchemaMapField({ env, path, schema, value, depth }: FieldProps & { depth: number }) {
  const map = (value as Record<string, HotValue> | undefined) ?? {};
  return (
    <div className="map-field">
      {Object.entries(schema.schema ?? {})
        .filter(([k]) => k !== '*')
        .map(([k, s]) => (
          <PropertyField
            key={k}
            env={env}
            name={k}
            path={[...path, k]}
            schema={s}
            value={map[k]}
            depth={depth + 1}
          />
        ))}
    </div>
  );
}

/** A free map of scalar values: key, value, remove; and a new key. */
function ScalarMapField({ env, name, path, value }: FieldProps) {
  const map = (value as Record<string, HotValue> | undefined) ?? {};
  return (
    <div className="list-field">
      {Object.entries(map).map(([k, v]) => (
        <div className="list-row" key={k}>
          <span className="map-key">{k}</span>
          <div className="list-row-body">
            <ItemEditor
              env={env}
              path={[...path, k]}
              schema={{ type: 'string' }}
              value={v}
              label={`${name}.${k}`}
            />
          </div>
          <button
            className="icon-btn"
            aria-label={`Remove ${name}.${k}`}
            onClick={() => env.set([...path, k], undefined)}
          >
            −
          </button>
        </div>
      ))}
      <NewKey onAdd={(k) => env.set([...path, k], '')} existing={Object.keys(map)} />
    </div>
  );
}

function ItemEditor({
  env,
  path,
  schema,
  value,
  label,
}: {
  env: FieldEnv;
  path: PathSegment[];
  schema: HeatPropertySchema;
  value: HotValue | undefined;
  label: string;
}) {
  return (
    <ValueEditor
      fieldPath={pathKey(['properties', ...path])}
      label={label}
      schema={schema}
      value={value}
      parameters={env.parameters}
      candidates={env.candidatesFor(schema)}
      referenceable={customConstraintOf(schema) !== undefined}
      cloudPick={env.cloudPickFor?.(schema)}
      onChange={(v) => env.set(path, v)}
    />
  );
}

function NewKey({ onAdd, existing }: { onAdd: (key: string) => void; existing: string[] }) {
  return (
    <form
      className="new-key"
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('key') as HTMLInputElement;
        const k = input.value.trim();
        if (k !== '' && !existing.includes(k)) onAdd(k);
        input.value = '';
      }}
    >
      <input name="key" placeholder="new key" aria-label="New key" />
      <button className="btn btn-small" type="submit">
        + Add
      </button>
    </form>
  );
}
