/**
 * What the deployer and the CLI never print: values of hidden parameters. Two kinds:
 * - outputs of a stack that feed a `hidden: true` parameter of another lane's template (the
 *   compiler marks cross-region secrets so, see shared/compile/secrets.ts): shown as REDACTED;
 * - values the user gave for `hidden: true` parameters: replaced wherever they appear in a string.
 * Pure; the deployer keeps the real values for itself and redacts only what it publishes.
 */
import type { CompileResult, HotTemplate } from '../compile/types';
import type { DeployEvent } from './events';

export const REDACTED = '******';

/** Values shorter than this are not searched for in text (they would match everywhere). */
const MIN_SECRET_LENGTH = 3;

export interface Redactor {
  /** Output names (by source lane id) whose values are secrets. */
  secretOutputs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Values of hidden parameters to blank out of any text. */
  secretValues: readonly string[];
}

function hiddenNames(template: HotTemplate | undefined, into: Set<string>): void {
  const params = template?.['parameters'];
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return;
  for (const [name, def] of Object.entries(params)) {
    if (typeof def === 'object' && def !== null && !Array.isArray(def) && def['hidden'] === true)
      into.add(name);
  }
}

/** The redactor of a compiled design, with the parameter values given for a run. */
export function redactorFor(
  compiled: Pick<CompileResult, 'plan' | 'templates' | 'passTemplates'>,
  parameters: Readonly<Record<string, unknown>> = {},
): Redactor {
  const byLane = new Map<string, Set<string>>();
  for (const lane of Object.keys(compiled.templates)) {
    const names = new Set<string>();
    hiddenNames(compiled.templates[lane], names);
    for (const t of compiled.passTemplates[lane] ?? []) hiddenNames(t, names);
    byLane.set(lane, names);
  }
  const secretOutputs = new Map<string, Set<string>>();
  for (const input of compiled.plan.inputs) {
    if (!byLane.get(input.lane)?.has(input.parameter)) continue;
    const set = secretOutputs.get(input.fromLane) ?? new Set<string>();
    set.add(input.output);
    secretOutputs.set(input.fromLane, set);
  }
  const hidden = new Set([...byLane.values()].flatMap((s) => [...s]));
  const secretValues = [...hidden]
    .map((n) => parameters[n])
    .filter(
      (v): v is string | number =>
        (typeof v === 'string' || typeof v === 'number') && String(v).length >= MIN_SECRET_LENGTH,
    )
    .map(String);
  return { secretOutputs, secretValues };
}

/** A lane's outputs as they may be shown. */
export function redactOutputs(
  redactor: Redactor,
  lane: string,
  outputs: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const secret = redactor.secretOutputs.get(lane);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(outputs))
    out[k] = secret?.has(k) === true ? REDACTED : redactValue(redactor, v);
  return out;
}

/** Any value with the hidden parameters' values blanked out of its strings. */
export function redactValue(redactor: Redactor, value: unknown): unknown {
  if (redactor.secretValues.length === 0) return value;
  if (typeof value === 'string')
    return redactor.secretValues.reduce((s, secret) => s.split(secret).join(REDACTED), value);
  if (Array.isArray(value)) return value.map((v) => redactValue(redactor, v));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(redactor, v)]));
  return value;
}

/** An event as it may be published: secret outputs replaced, hidden values blanked out. */
export function redactEvent(redactor: Redactor, event: DeployEvent): DeployEvent {
  if (event.kind === 'outputs')
    return { ...event, outputs: redactOutputs(redactor, event.lane, event.outputs) };
  return redactor.secretValues.length === 0 ? event : (redactValue(redactor, event) as DeployEvent);
}
