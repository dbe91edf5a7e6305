import type { HotMap, HotValue } from '../design/model';
import { clone, deepEqual, intrinsicOf, uniqueName, visitHot } from '../hot';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import type { LaneTemplate } from './lane';
import type { RemoteStack } from './nestedStacks';
import { translateParentValue, unguard } from './nestedTranslate';
import { mapGetParams, mapGroupParameters, renameParameters } from './rewrite';
import { plainReference, substitute, usesParam } from './wiring';

const PSEUDO_PARAMETERS = new Set(['OS::stack_name', 'OS::stack_id', 'OS::project_id']);

/** Is `value` free of intrinsic functions (a literal a parameter default can hold)? */
function isLiteral(value: HotValue): boolean {
  let literal = true;
  visitHot(value, (node) => {
    const f = intrinsicOf(node);
    if (
      f !== undefined &&
      /^(get_|str_|list_|map_|if$|repeat$|digest$|yaql$|equals$|not$|and$|or$|contains$|filter$|resource_facade$)/.test(
        f.fn,
      )
    )
      literal = false;
  });
  return literal;
}

/** Give `lane` the parent's definition of parameter `name`, moving a different one of its own aside first. */
function adoptParameter(
  lane: LaneTemplate,
  parent: LaneTemplate,
  name: string,
  diagnostics: Diagnostic[],
): void {
  if (PSEUDO_PARAMETERS.has(name)) return;
  const def = parent.parameters[name];
  const own = lane.parameters[name];
  if (own !== undefined && def !== undefined && !deepEqual(own, def)) {
    const to = uniqueName(
      name,
      new Set([...Object.keys(lane.parameters), ...Object.keys(parent.parameters)]),
      lane.id,
    );
    renameParameters(lane, new Map([[name, to]]));
    diagnostics.push(
      diag(
        ImportCodes.PARAMETER_RENAMED,
        'info',
        `Parameter "${name}" of stack ${lane.id} differs from the parent's parameter of that name; it was renamed "${to}".`,
        { lane: lane.id, path: ['parameters', to] },
      ),
    );
  }
  if (def !== undefined) lane.parameters[name] = clone(def);
}

function paramNames(value: HotValue): string[] {
  const names = new Set<string>();
  visitHot(value, (node) => {
    const f = intrinsicOf(node);
    if (f?.fn === 'get_param') {
      const n = Array.isArray(f.args) ? f.args[0] : f.args;
      if (typeof n === 'string') names.add(n);
    }
  });
  return [...names];
}

function dropParameter(lane: LaneTemplate, name: string): void {
  delete lane.parameters[name];
  lane.parameterGroups = lane.parameterGroups.map((g) =>
    mapGroupParameters(g, (p) => (p === name ? undefined : p)),
  );
}

/** Fill child parameter `param` of `lane` with `value` (already translated to the design's scope). */
function fillParameter(
  lane: LaneTemplate,
  parent: LaneTemplate,
  param: string,
  value: HotValue,
  diagnostics: Diagnostic[],
): boolean {
  const direct = intrinsicOf(value);
  if (direct?.fn === 'get_param' && typeof direct.args === 'string') {
    const to = direct.args;
    if (to === param) {
      // the child's parameter takes the parent's definition (the one a user fills in)
      if (parent.parameters[to] !== undefined) lane.parameters[to] = clone(parent.parameters[to]);
    } else {
      dropParameter(lane, param);
      adoptParameter(lane, parent, to, diagnostics);
      mapGetParams(lane, (name, path) =>
        name === param ? { get_param: path.length === 0 ? to : [to, ...path] } : undefined,
      );
    }
    return true;
  }
  if (isLiteral(value)) {
    lane.parameters[param] = { ...lane.parameters[param], default: clone(value) };
    return true;
  }
  if (usesParam(lane.conditions, param)) return false;
  let fits = true;
  mapGetParams(lane, (name, path, node) => {
    if (name === param && substitute(value, path) === undefined) fits = false;
    return node;
  });
  if (!fits) return false;
  dropParameter(lane, param);
  // first make room for the parent's parameters the value reads, then put the value in
  for (const name of paramNames(value)) adoptParameter(lane, parent, name, diagnostics);
  mapGetParams(lane, (name, path) => (name === param ? substitute(value, path) : undefined));
  return true;
}

/** What linking shares: the parent, its stacks and their child templates (by stack id), what was read. */
interface Link {
  parent: LaneTemplate;
  stacks: readonly RemoteStack[];
  children: readonly LaneTemplate[];
  lanes: Map<string, LaneTemplate>;
  /** Child outputs the parent reads (`${lane}\0${output}`). */
  consumed: Set<string>;
  diagnostics: Diagnostic[];
}

type Translated = ReturnType<typeof translateParentValue>;

/**
 * Model-2 linking, once resource ids are unique: each stack's `parameters` fill the child's parameters (a stack
 * output becomes a cross-region reference, a parent parameter a design parameter, a literal a default); the
 * parent's own resources and outputs read the children's outputs directly. Child outputs that only fed another
 * child go (the compiler makes them again).
 */
export function linkNested(
  parent: LaneTemplate,
  stacks: readonly RemoteStack[],
  children: readonly LaneTemplate[],
  diagnostics: Diagnostic[],
): void {
  const lanes = new Map(stacks.map((s, i) => [s.id, children[i]!]));
  const link: Link = { parent, stacks, children, lanes, consumed: new Set(), diagnostics };
  // everything is translated before any child changes
  const translated = translateStackParameters(link);
  const parentOutputs = Object.entries(parent.outputs).map(([name, o]) => ({
    name,
    o,
    t: translateParentValue(o.value, lanes),
  }));
  stacks.forEach((stack, i) => fillStackParameters(link, stack, children[i]!, translated));
  for (const [id, resource] of Object.entries(parent.resources))
    rewireParentResource(link, id, resource);
  keepParentOutputs(link, parentOutputs);
  dropConsumedOutputs(link);
}

/** Note the child outputs a value reads through `get_attr: [<stack>, outputs, <name>]`. */
function markConsumed(link: Link, value: HotValue): void {
  visitHot(value, (node) => {
    const f = intrinsicOf(node);
    if (
      f?.fn === 'get_attr' &&
      Array.isArray(f.args) &&
      link.lanes.has(f.args[0] as string) &&
      f.args[1] === 'outputs' &&
      typeof f.args[2] === 'string'
    )
      link.consumed.add(`${f.args[0]}\0${f.args[2]}`);
  });
}

/** Each stack's parameter values in the design's scope, by `${stack}\0${param}`. */
function translateStackParameters(link: Link): Map<string, Translated> {
  const translated = new Map<string, Translated>();
  link.stacks.forEach((stack, i) => {
    for (const [param, value] of Object.entries(stack.parameters)) {
      const fed = unguard(value, link.children[i]!.parameters[param], link.lanes);
      translated.set(`${stack.id}\0${param}`, translateParentValue(fed, link.lanes));
    }
  });
  return translated;
}

/** Fill the child's parameters from what its stack passes; say what could not be carried over. */
function fillStackParameters(
  link: Link,
  stack: RemoteStack,
  lane: LaneTemplate,
  translated: Map<string, Translated>,
): void {
  for (const [param, raw] of Object.entries(stack.parameters)) {
    const where = {
      resource: stack.id,
      region: stack.id,
      path: ['properties', 'parameters', param],
    };
    if (!lane.usable) continue;
    if (!(param in lane.parameters)) {
      link.diagnostics.push(
        diag(
          ImportCodes.NESTED_DROPPED,
          'warning',
          `Stack "${stack.id}" passes "${param}", which its template does not declare (Heat would refuse it); it was dropped.`,
          where,
        ),
      );
      continue;
    }
    const { value, problems } = translated.get(`${stack.id}\0${param}`)!;
    const ok =
      problems.length === 0 && fillParameter(lane, link.parent, param, value, link.diagnostics);
    if (!ok) {
      const why =
        problems.length > 0
          ? problems.join('; ')
          : 'it is used where that value cannot go (a condition or a path)';
      link.diagnostics.push(
        diag(
          ImportCodes.NOT_WIRED,
          'warning',
          `Parameter "${param}" of stack ${stack.id} stays a parameter: the value the parent gives it cannot be carried over (${why}).`,
          where,
        ),
      );
      continue;
    }
    markConsumed(link, raw);
    if (plainReference(value) !== undefined) {
      link.diagnostics.push(
        diag(
          ImportCodes.WIRED,
          'info',
          `Parameter "${param}" of stack ${stack.id} became the cross-region reference ${JSON.stringify(value)}.`,
          where,
        ),
      );
    }
  }
}

/** A parent resource reads the children's outputs directly, and no longer depends on the stacks. */
function rewireParentResource(
  link: Link,
  id: string,
  resource: LaneTemplate['resources'][string],
): void {
  for (const key of ['properties', 'metadata', 'update_policy', 'external_id'] as const) {
    const v = resource[key];
    if (v === undefined) continue;
    const t = translateParentValue(v, link.lanes);
    if (t.problems.length > 0)
      link.diagnostics.push(
        diag(
          ImportCodes.NOT_WIRED,
          'warning',
          `Resource "${id}" of the parent refers to ${t.problems.join('; ')}; that reference was kept as it is and will not resolve.`,
          { resource: id, path: [key] },
        ),
      );
    else {
      markConsumed(link, v);
      (resource as unknown as HotMap)[key] = t.value;
    }
  }
  const deps =
    typeof resource.depends_on === 'string' ? [resource.depends_on] : resource.depends_on;
  if (deps !== undefined && deps !== null && deps.some((d) => link.lanes.has(d))) {
    const kept = deps.filter((d) => !link.lanes.has(d));
    if (kept.length === 0) delete resource.depends_on;
    else resource.depends_on = kept;
  }
}

/** The parent's outputs that translate; a child output the parent re-exports under its name goes. */
function keepParentOutputs(
  link: Link,
  parentOutputs: { name: string; o: LaneTemplate['outputs'][string]; t: Translated }[],
): void {
  const outputs: LaneTemplate['outputs'] = {};
  for (const { name, o, t } of parentOutputs) {
    if (t.problems.length > 0) {
      link.diagnostics.push(
        diag(
          ImportCodes.NESTED_DROPPED,
          'warning',
          `Output "${name}" of the parent refers to ${t.problems.join('; ')}; it was dropped.`,
          { path: ['outputs', name] },
        ),
      );
      continue;
    }
    outputs[name] = { ...o, value: t.value };
    // the parent re-exports a child's output under the same name: one design output is enough
    for (const child of link.children)
      if (child.outputs[name] !== undefined && deepEqual(child.outputs[name]!.value, t.value))
        delete child.outputs[name];
  }
  link.parent.outputs = outputs;
}

/** Child outputs that only fed another child or the parent go (the compiler makes them again). */
function dropConsumedOutputs(link: Link): void {
  for (const key of link.consumed) {
    const [laneId, output] = key.split('\0') as [string, string];
    const lane = link.lanes.get(laneId)!;
    if (
      lane.outputs[output] !== undefined &&
      plainReference(lane.outputs[output].value) !== undefined &&
      !(output in link.parent.outputs)
    )
      delete lane.outputs[output];
  }
}
