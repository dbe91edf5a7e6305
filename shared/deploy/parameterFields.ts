/**
 * The design's parameters as fields of the deploy confirmation: which need a value (no default),
 * which are secrets (`hidden: true`: password fields, never shown back), and which values go to the
 * deployer (entered ones only; an empty field keeps the default). Pure. Values live in the session
 * only, never in the design file.
 */
import type { Design } from '../design/model';

export interface ParameterField {
  name: string;
  type: string;
  label: string;
  description?: string;
  hidden: boolean;
  /** The default as text (what an empty field means), when there is one. */
  defaultText?: string;
  /** No default: the deploy needs a value. */
  required: boolean;
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function parameterFields(design: Pick<Design, 'parameters'>): ParameterField[] {
  return Object.entries(design.parameters ?? {}).map(([name, p]) => {
    const spec = (typeof p === 'object' && p !== null && !Array.isArray(p) ? p : {}) as Record<
      string,
      unknown
    >;
    const hasDefault = spec['default'] !== undefined && spec['default'] !== null;
    return {
      name,
      type: typeof spec['type'] === 'string' ? spec['type'] : 'string',
      label: typeof spec['label'] === 'string' && spec['label'] !== '' ? spec['label'] : name,
      ...(typeof spec['description'] === 'string' ? { description: spec['description'] } : {}),
      hidden: spec['hidden'] === true,
      ...(hasDefault && spec['hidden'] !== true ? { defaultText: asText(spec['default']) } : {}),
      required: !hasDefault,
    };
  });
}

/** The values to send: entered (non-empty) values of the design's parameters only. */
export function parameterValues(
  fields: readonly ParameterField[],
  entered: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = entered[f.name];
    if (v !== undefined && v !== '') out[f.name] = v;
  }
  return out;
}

/** Required parameters still without a value (the deploy waits for them). */
export function missingParameters(
  fields: readonly ParameterField[],
  entered: Readonly<Record<string, string>>,
): string[] {
  return fields.filter((f) => f.required && (entered[f.name] ?? '') === '').map((f) => f.name);
}
