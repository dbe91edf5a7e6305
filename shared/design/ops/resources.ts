import type { Design, DesignResource, HotValue, Position } from '../model';
import type { PathSegment } from '../refs';
import { setInMap } from './hotPath';
import { baseIdOfType, isValidId, uniqueId } from './ids';
import { pruneOutputRefs, pruneResourceRefs, renameInResource, renameTargets } from './rewrite';

/** Resource operations. All pure: Design in, Design out; an impossible request returns the design unchanged. */

export interface NewResource {
  type: string;
  lane: string;
  position?: Position;
  /** Wanted id; made unique. Defaults to one derived from the type (`server`, `server_2`...). */
  id?: string;
  properties?: DesignResource['properties'];
}

export function freeResourceId(design: Design, base: string): string {
  return uniqueId(base, (id) => Object.prototype.hasOwnProperty.call(design.resources, id));
}

export function addResource(design: Design, spec: NewResource): { design: Design; id: string } {
  const id = freeResourceId(
    design,
    spec.id !== undefined && isValidId(spec.id) ? spec.id : baseIdOfType(spec.type),
  );
  const resource: DesignResource = { type: spec.type, region: spec.lane };
  if (spec.properties !== undefined) resource.properties = spec.properties;
  const layout =
    spec.position !== undefined
      ? { ...design.layout, [id]: roundPosition(spec.position) }
      : design.layout;
  return { design: { ...design, resources: { ...design.resources, [id]: resource }, layout }, id };
}

export function roundPosition(p: Position): Position {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

/**
 * Remove resources and every reference to them: their depends_on entries, and property references
 * (the property is left empty so the validator marks a required one). An output whose whole value
 * pointed at a removed resource is removed too.
 */
export function removeResources(design: Design, ids: readonly string[]): Design {
  const gone = new Set(ids.filter((id) => design.resources[id] !== undefined));
  if (gone.size === 0) return design;
  const drop = (target: string) => gone.has(target);
  const resources: Record<string, DesignResource> = {};
  for (const [id, r] of Object.entries(design.resources))
    if (!gone.has(id)) resources[id] = pruneResourceRefs(id, r, drop);
  const outputs: Design['outputs'] = {};
  for (const [name, o] of Object.entries(design.outputs)) {
    const kept = pruneOutputRefs(o, drop);
    if (kept !== undefined) outputs[name] = kept;
  }
  const layout = Object.fromEntries(Object.entries(design.layout).filter(([id]) => !gone.has(id)));
  return { ...design, resources, outputs, layout };
}

/** Why `to` cannot be the new name of `from`, or undefined when it can. */
export function renameProblem(design: Design, from: string, to: string): string | undefined {
  if (design.resources[from] === undefined) return `No resource named ${from}.`;
  if (!isValidId(to)) return 'Use letters, digits, _ . - (not starting with a digit).';
  if (to !== from && design.resources[to] !== undefined) return `${to} already exists.`;
  return undefined;
}

/** Rename a resource, rewriting every reference to it and its layout key; the order of resources is kept. */
export function renameResource(design: Design, from: string, to: string): Design {
  if (from === to || renameProblem(design, from, to) !== undefined) return design;
  const rename = (id: string) => (id === from ? to : id);
  const resources: Record<string, DesignResource> = {};
  for (const [id, r] of Object.entries(design.resources))
    resources[rename(id)] = renameInResource(r, rename);
  const outputs = Object.fromEntries(
    Object.entries(design.outputs).map(([name, o]) => [
      name,
      { ...o, value: renameTargets(o.value, rename) ?? null },
    ]),
  );
  const layout = Object.fromEntries(
    Object.entries(design.layout).map(([id, p]) => [rename(id), p]),
  );
  return { ...design, resources, outputs, layout };
}

/** Move a resource on the canvas and/or to another lane. */
export function moveResource(
  design: Design,
  id: string,
  to: { position?: Position; lane?: string },
): Design {
  const r = design.resources[id];
  if (r === undefined) return design;
  let next = design;
  if (
    to.lane !== undefined &&
    to.lane !== r.region &&
    design.regions.some((l) => l.id === to.lane)
  ) {
    next = { ...next, resources: { ...next.resources, [id]: { ...r, region: to.lane } } };
  }
  if (to.position !== undefined) {
    const p = roundPosition(to.position);
    const was = design.layout[id];
    if (was === undefined || was.x !== p.x || was.y !== p.y)
      next = { ...next, layout: { ...next.layout, [id]: p } };
  }
  return next;
}

/** Set (or with `undefined`, remove) a value below a resource's `properties`. */
export function setProperty(
  design: Design,
  id: string,
  path: readonly PathSegment[],
  value: HotValue | undefined,
): Design {
  const r = design.resources[id];
  if (r === undefined || path.length === 0) return design;
  const properties = setInMap(r.properties ?? undefined, path, value);
  const next: DesignResource = { ...r, properties };
  if (Object.keys(properties).length === 0) delete next.properties;
  return { ...design, resources: { ...design.resources, [id]: next } };
}

/** Replace fields of a resource other than its properties (type, depends_on, metadata, policies...). */
export function patchResource(
  design: Design,
  id: string,
  patch: Partial<Omit<DesignResource, 'region'>>,
): Design {
  const r = design.resources[id];
  if (r === undefined) return design;
  const next: DesignResource = { ...r, ...patch };
  for (const [k, v] of Object.entries(next))
    if (v === undefined) delete (next as unknown as Record<string, unknown>)[k];
  return { ...design, resources: { ...design.resources, [id]: next } };
}
