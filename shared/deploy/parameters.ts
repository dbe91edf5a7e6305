/**
 * Parameter values for one step: cross-region inputs from earlier stacks' outputs plus the user's
 * values, encoded for the declared parameter type (Heat takes strings; `json` gets JSON text,
 * `comma_delimited_list` a joined list). Pure.
 */
import type { HotTemplate, Plan, PlanInput, PlanStep } from '../compile/types';
import { inputsOfStep } from './schedule';

export type ParameterValue = string | number | boolean;

function declaredType(template: HotTemplate | undefined, name: string): string {
  const params = template?.['parameters'];
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return 'string';
  const p = params[name];
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return 'string';
  return typeof p['type'] === 'string' ? p['type'] : 'string';
}

/** Encode a value (an output's value, any JSON) for a parameter of type `type`. */
export function encodeParameter(type: string, value: unknown): ParameterValue {
  switch (type) {
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value ?? null);
    case 'comma_delimited_list':
      return Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(',')
        : String(value ?? '');
    case 'number':
      return typeof value === 'number' ? value : String(value ?? '');
    case 'boolean':
      return typeof value === 'boolean' ? value : String(value ?? '');
    default:
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return JSON.stringify(value ?? null);
  }
}

export interface StepParameters {
  parameters: Record<string, ParameterValue>;
  /** Inputs whose source stack has no such output (yet). */
  missing: PlanInput[];
}

export function parametersForStep(
  plan: Plan,
  step: PlanStep,
  template: HotTemplate | undefined,
  outputsByLane: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  userValues: Readonly<Record<string, string>> = {},
): StepParameters {
  const parameters: Record<string, ParameterValue> = {};
  const params = template?.['parameters'];
  const declared =
    typeof params === 'object' && params !== null && !Array.isArray(params)
      ? Object.keys(params)
      : [];
  for (const name of declared) {
    const v = userValues[name];
    if (v !== undefined) parameters[name] = v;
  }
  const missing: PlanInput[] = [];
  for (const input of inputsOfStep(plan, step, template)) {
    const outputs = outputsByLane[input.fromLane];
    if (
      outputs === undefined ||
      !(input.output in outputs) ||
      (outputs[input.output] === null && input.optional === true)
    ) {
      // an optional input (conditional resource) keeps the parameter's default
      if (input.optional !== true) missing.push(input);
      continue;
    }
    parameters[input.parameter] = encodeParameter(
      declaredType(template, input.parameter),
      outputs[input.output],
    );
  }
  return { parameters, missing };
}
