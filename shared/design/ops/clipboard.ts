import type { Design, DesignResource, Position } from '../model';
import { freeResourceId } from './resources';
import { pruneResourceRefs, renameInResource } from './rewrite';

/** Copy, paste and duplicate: a fragment of resources with their layout, pasted with fresh ids. */
export interface Fragment {
  resources: Record<string, DesignResource>;
  layout: Record<string, Position>;
}

export function copyFragment(design: Design, ids: readonly string[]): Fragment {
  const resources: Record<string, DesignResource> = {};
  const layout: Record<string, Position> = {};
  for (const id of ids) {
    const r = design.resources[id];
    if (r === undefined) continue;
    resources[id] = r;
    const p = design.layout[id];
    if (p !== undefined) layout[id] = p;
  }
  return { resources, layout };
}

export interface PasteOptions {
  /** Added to every position. */
  offset?: Position;
  /** Put all pasted resources into this lane (else each keeps its lane when it exists, or goes to the first lane). */
  lane?: string;
}

/**
 * Paste a fragment with new ids. References among pasted resources follow the new ids; references to
 * resources that exist in the design are kept; other references are removed.
 */
export function paste(
  design: Design,
  fragment: Fragment,
  options: PasteOptions = {},
): { design: Design; ids: Record<string, string> } {
  const lanes = new Set(design.regions.map((r) => r.id));
  const fallbackLane = options.lane ?? design.regions[0]?.id;
  if (fallbackLane === undefined) return { design, ids: {} };
  const idMap: Record<string, string> = {};
  let taken: Design = design;
  for (const id of Object.keys(fragment.resources)) {
    const fresh = freeResourceId(taken, id);
    idMap[id] = fresh;
    taken = { ...taken, resources: { ...taken.resources, [fresh]: fragment.resources[id]! } };
  }
  const rename = (id: string) => idMap[id] ?? id;
  const dangling = (target: string) =>
    idMap[target] === undefined && design.resources[target] === undefined;
  const resources = { ...design.resources };
  const layout = { ...design.layout };
  const dx = options.offset?.x ?? 0;
  const dy = options.offset?.y ?? 0;
  for (const [id, r] of Object.entries(fragment.resources)) {
    const fresh = idMap[id]!;
    const lane = options.lane ?? (lanes.has(r.region) ? r.region : fallbackLane);
    resources[fresh] = {
      ...renameInResource(pruneResourceRefs(id, r, dangling), rename),
      region: lane,
    };
    const p = fragment.layout[id];
    if (p !== undefined) layout[fresh] = { x: Math.round(p.x + dx), y: Math.round(p.y + dy) };
  }
  return { design: { ...design, resources, layout }, ids: idMap };
}

export function duplicate(
  design: Design,
  ids: readonly string[],
  offset: Position = { x: 30, y: 30 },
) {
  return paste(design, copyFragment(design, ids), { offset });
}
