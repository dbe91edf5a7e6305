import type { ParameterField } from '../../shared/deploy/parameterFields';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';

const selectValues = (s: AppState) => s.deployParameters;

/**
 * The design's parameters in the deploy confirmation: required ones (no default) and overrides.
 * `hidden: true` parameters are password fields. Values stay in the session, never in the design.
 */
export function ParameterInputs({ fields }: { fields: readonly ParameterField[] }) {
  const values = useApp(selectValues);
  if (fields.length === 0) return null;
  return (
    <fieldset className="deploy-params" data-testid="deploy-params">
      <legend>Parameters</legend>
      {fields.map((f) => (
        <label key={f.name} className="deploy-param" title={f.description}>
          <span>
            {f.label}
            {f.required ? ' *' : ''}
          </span>
          <input
            type={f.hidden ? 'password' : 'text'}
            autoComplete={f.hidden ? 'new-password' : 'off'}
            aria-label={`Parameter ${f.name}`}
            data-testid={`param-${f.name}`}
            placeholder={f.required ? 'required' : f.hidden ? '(default)' : (f.defaultText ?? '')}
            value={values[f.name] ?? ''}
            onChange={(e) => appStore.getState().setDeployParameter(f.name, e.target.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}
