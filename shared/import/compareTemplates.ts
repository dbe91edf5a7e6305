import type { HotMap, HotValue } from '../design/model';
import { canonical, hasOwn, intrinsicOf, isMap, visitHot } from '../hot';

/** One semantic difference between two HOT templates: where, and what. */
export interface TemplateDifference {
  /** e.g. `resources.web.properties`, `parameters.image`. */
  path: string;
  /** `missing` (in the second), `added` (only in the second) or `changed`. */
  kind: 'missing' | 'added' | 'changed';
  /** A parameter or condition that the first template declares but nothing in it uses (a compiler may drop it). */
  unused?: boolean;
}

const RESOURCE_KEYS = [
  'type',
  'properties',
  'depends_on',
  'condition',
  'metadata',
  'deletion_policy',
  'update_policy',
  'external_id',
] as const;

const mapOf = (v: HotValue | undefined): HotMap => (isMap(v) ? v : {});

/** depends_on as a set: its order means nothing to Heat. */
function dependsOn(v: HotValue | undefined): HotValue {
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  return [...new Set(list.map(String))].sort();
}

function resourceBody(v: HotValue | undefined): HotMap {
  const r = mapOf(v);
  const out: HotMap = {};
  for (const [k, value] of Object.entries(r))
    out[k] = k === 'depends_on' ? dependsOn(value) : value;
  if (isMap(out.properties) && Object.keys(out.properties).length === 0) delete out.properties;
  if (Array.isArray(out.depends_on) && out.depends_on.length === 0) delete out.depends_on;
  return out;
}

function usedNames(template: HotMap, fn: 'get_param' | 'condition'): Set<string> {
  const used = new Set<string>();
  const parts: HotValue[] = [template.resources ?? null, template.outputs ?? null];
  if (fn === 'get_param') parts.push(template.conditions ?? null);
  visitHot(parts, (node) => {
    const f = intrinsicOf(node);
    if (fn === 'get_param' && f?.fn === 'get_param') {
      const name = Array.isArray(f.args) ? f.args[0] : f.args;
      if (typeof name === 'string') used.add(name);
    }
    if (fn === 'condition') {
      if (f?.fn === 'if' && Array.isArray(f.args) && typeof f.args[0] === 'string')
        used.add(f.args[0]);
      if (isMap(node) && typeof node.condition === 'string') used.add(node.condition);
    }
  });
  if (fn === 'condition') {
    // conditions named by other used conditions
    const conditions = mapOf(template.conditions);
    for (let size = -1; size !== used.size;) {
      size = used.size;
      for (const name of [...used])
        visitHot(conditions[name], (n) => {
          if (typeof n === 'string' && hasOwn(conditions, n)) used.add(n);
        });
    }
  }
  return used;
}

function compareSection(
  a: HotMap,
  b: HotMap,
  section: string,
  normalize: (v: HotValue | undefined) => HotValue,
  unused: Set<string> | undefined,
  out: TemplateDifference[],
): void {
  for (const [name, value] of Object.entries(a)) {
    const path = `${section}.${name}`;
    if (!(name in b))
      out.push({
        path,
        kind: 'missing',
        ...(unused !== undefined && !unused.has(name) ? { unused: true } : {}),
      });
    else if (canonical(normalize(value)) !== canonical(normalize(b[name])))
      out.push({ path, kind: 'changed' });
  }
  for (const name of Object.keys(b))
    if (!(name in a)) out.push({ path: `${section}.${name}`, kind: 'added' });
}

/**
 * The semantic differences between two HOT templates (key order ignored, depends_on as a set): resources (type,
 * properties, dependencies and every other key), parameters, conditions, outputs, parameter_groups and
 * heat_template_version. The description is not compared (a compiler may fill in one).
 */
export function compareTemplates(a: HotMap, b: HotMap): TemplateDifference[] {
  const out: TemplateDifference[] = [];
  const id = (v: HotValue | undefined) => v ?? null;
  if (String(a.heat_template_version) !== String(b.heat_template_version))
    out.push({ path: 'heat_template_version', kind: 'changed' });
  const resA = mapOf(a.resources);
  const resB = mapOf(b.resources);
  for (const [rid, body] of Object.entries(resA)) {
    if (!(rid in resB)) {
      out.push({ path: `resources.${rid}`, kind: 'missing' });
      continue;
    }
    const x = resourceBody(body);
    const y = resourceBody(resB[rid]);
    for (const key of new Set([...RESOURCE_KEYS, ...Object.keys(x), ...Object.keys(y)])) {
      if (canonical(x[key]) !== canonical(y[key]))
        out.push({
          path: `resources.${rid}.${key}`,
          kind: key in x ? (key in y ? 'changed' : 'missing') : 'added',
        });
    }
  }
  for (const rid of Object.keys(resB))
    if (!(rid in resA)) out.push({ path: `resources.${rid}`, kind: 'added' });
  compareSection(
    mapOf(a.parameters),
    mapOf(b.parameters),
    'parameters',
    id,
    usedNames(a, 'get_param'),
    out,
  );
  compareSection(
    mapOf(a.conditions),
    mapOf(b.conditions),
    'conditions',
    id,
    usedNames(a, 'condition'),
    out,
  );
  compareSection(mapOf(a.outputs), mapOf(b.outputs), 'outputs', id, undefined, out);
  const groups = (t: HotMap) => (Array.isArray(t.parameter_groups) ? t.parameter_groups : []);
  if (canonical(groups(a)) !== canonical(groups(b)))
    out.push({ path: 'parameter_groups', kind: 'changed' });
  return out;
}
