import type { HeatPropertySchema } from '../../shared/catalog/types';
import type { HotValue } from '../../shared/design/model';
import type { CloudPickTarget } from '../deploy/cloudValuesActions';
import { CommitInput, CommitTextArea } from '../ui/CommitInput';
import { CloudValuePicker } from './CloudValuePicker';
import {
  allowedValuesOf,
  fromYamlText,
  literalFromText,
  modeOf,
  toYamlText,
  type ValueMode,
} from './schemaFields';

export interface ValueEditorProps {
  /** `properties.network` etc., for focusing from the problems panel. */
  fieldPath: string;
  label: string;
  schema: HeatPropertySchema;
  value: HotValue | undefined;
  parameters: string[];
  /** Resources a get_resource here may point at. */
  candidates: string[];
  /** Offer the resource picker (the property has a custom_constraint, or already holds a get_resource). */
  referenceable: boolean;
  /** The cloud and lane region whose values of the property's custom_constraint may be picked (none offline). */
  cloudPick?: CloudPickTarget;
  onChange: (value: HotValue | undefined) => void;
}

const MODE_LABELS: Record<ValueMode, string> = {
  literal: 'Value',
  param: 'Parameter',
  resource: 'Resource',
  expression: 'Expression',
};

function LiteralEditor({ fieldPath, label, schema, value, onChange }: ValueEditorProps) {
  const allowed = allowedValuesOf(schema);
  const type = String(schema.type);
  if (type === 'boolean') {
    const checked = value === true || value === 'true';
    return (
      <select
        aria-label={label}
        data-field-path={fieldPath}
        value={value === undefined ? '' : String(checked)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}
      >
        <option value="">
          {schema.default !== undefined ? `default (${String(schema.default)})` : '—'}
        </option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  }
  if (allowed !== undefined) {
    return (
      <select
        aria-label={label}
        data-field-path={fieldPath}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => {
          const picked = allowed.find((a) => String(a) === e.target.value);
          onChange(e.target.value === '' ? undefined : (picked as HotValue));
        }}
      >
        <option value="">
          {schema.default !== undefined ? `default (${String(schema.default)})` : '—'}
        </option>
        {allowed.map((a) => (
          <option key={String(a)} value={String(a)}>
            {String(a)}
          </option>
        ))}
      </select>
    );
  }
  if (type === 'string' || type === 'integer' || type === 'number') {
    const text =
      value === undefined || value === null
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    return (
      <CommitInput
        aria-label={label}
        data-field-path={fieldPath}
        inputMode={type === 'string' ? 'text' : 'decimal'}
        placeholder={schema.default !== undefined ? String(schema.default) : ''}
        value={text}
        onCommit={(t) => onChange(literalFromText(t, type))}
      />
    );
  }
  return <ExpressionEditor {...{ fieldPath, label, value, onChange }} />;
}

function ExpressionEditor({
  fieldPath,
  label,
  value,
  onChange,
}: Pick<ValueEditorProps, 'fieldPath' | 'label' | 'value' | 'onChange'>) {
  return (
    <CommitTextArea
      aria-label={label}
      data-field-path={fieldPath}
      value={toYamlText(value)}
      rows={Math.min(8, Math.max(1, toYamlText(value).split('\n').length))}
      onCommit={(t) => {
        const r = fromYamlText(t);
        if ('error' in r) return r.error;
        onChange(r.value);
      }}
    />
  );
}

/** Edit one value: a literal of the schema's type, a design parameter, a resource, or any expression as YAML. */
export function ValueEditor(props: ValueEditorProps) {
  const { value, onChange, parameters, candidates, referenceable, label, fieldPath } = props;
  const mode = modeOf(value);
  const modes: ValueMode[] = [
    'literal',
    'param',
    ...(referenceable || mode === 'resource' ? (['resource'] as const) : []),
    'expression',
  ];
  const switchMode = (m: ValueMode) => {
    if (m === mode) return;
    if (m === 'literal') onChange(undefined);
    if (m === 'param')
      onChange(parameters[0] !== undefined ? { get_param: parameters[0] } : undefined);
    if (m === 'resource')
      onChange(candidates[0] !== undefined ? { get_resource: candidates[0] } : undefined);
    if (m === 'expression') onChange(value ?? { get_param: parameters[0] ?? 'name' });
  };
  let editor;
  if (mode === 'param') {
    const current = (value as { get_param: string }).get_param;
    editor = (
      <select
        aria-label={label}
        data-field-path={fieldPath}
        value={current}
        onChange={(e) => onChange({ get_param: e.target.value })}
      >
        {!parameters.includes(current) && <option value={current}>{current} (missing)</option>}
        {parameters.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    );
  } else if (mode === 'resource') {
    const current = (value as { get_resource: string }).get_resource;
    editor = (
      <select
        aria-label={label}
        data-field-path={fieldPath}
        value={current}
        onChange={(e) => onChange({ get_resource: e.target.value })}
      >
        {!candidates.includes(current) && <option value={current}>{current}</option>}
        {candidates.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  } else if (mode === 'expression') editor = <ExpressionEditor {...props} />;
  else if (referenceable && value === undefined && candidates.length > 0) {
    editor = (
      <select
        aria-label={label}
        data-field-path={fieldPath}
        value=""
        onChange={(e) =>
          onChange(e.target.value === '' ? undefined : { get_resource: e.target.value })
        }
      >
        <option value="">— pick a resource —</option>
        {candidates.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  } else editor = <LiteralEditor {...props} />;
  return (
    <div className="value-editor">
      <div className="value-input">{editor}</div>
      {mode === 'literal' && props.cloudPick !== undefined && (
        <CloudValuePicker target={props.cloudPick} label={label} onPick={(v) => onChange(v)} />
      )}
      <select
        className="mode-select"
        aria-label={`${label}: kind of value`}
        value={mode}
        onChange={(e) => switchMode(e.target.value as ValueMode)}
        title="Value, design parameter, resource or expression"
      >
        {modes.map((m) => (
          <option key={m} value={m}>
            {MODE_LABELS[m]}
          </option>
        ))}
      </select>
    </div>
  );
}
