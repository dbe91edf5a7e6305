import type { Design, DesignResource, Lane } from '../model';
import { removeResources } from './resources';

/** Lane (region) operations. All pure: Design in, Design out; an impossible request returns the design unchanged. */

export function hasLane(design: Design, laneId: string): boolean {
  return design.regions.some((r) => r.id === laneId);
}

export function addLane(design: Design, lane: Lane, index = design.regions.length): Design {
  if (hasLane(design, lane.id)) return design;
  const lanes = [...design.regions];
  lanes.splice(Math.max(0, Math.min(index, lanes.length)), 0, lane);
  return { ...design, regions: lanes };
}

export type LanePatch = Partial<Pick<Lane, 'id' | 'region_name' | 'cloud' | 'stack'>>;

/** Change a lane's id and/or its OpenStack mapping; resources and outputs follow a new id. */
export function renameLane(design: Design, laneId: string, patch: LanePatch): Design {
  const lane = design.regions.find((r) => r.id === laneId);
  if (lane === undefined) return design;
  const newId = patch.id ?? laneId;
  if (newId !== laneId && hasLane(design, newId)) return design;
  const next: Lane = { ...lane, ...patch, id: newId };
  for (const key of ['cloud', 'stack'] as const)
    if (next[key] === '' || next[key] === undefined) delete next[key];
  const lanes = design.regions.map((r) => (r.id === laneId ? next : r));
  if (newId === laneId) return { ...design, regions: lanes };
  const resources: Record<string, DesignResource> = {};
  for (const [id, r] of Object.entries(design.resources))
    resources[id] = r.region === laneId ? { ...r, region: newId } : r;
  const outputs = Object.fromEntries(
    Object.entries(design.outputs).map(([name, o]) => [
      name,
      o.region === laneId ? { ...o, region: newId } : o,
    ]),
  );
  return { ...design, regions: lanes, resources, outputs };
}

/** Move a lane to position `toIndex` (clamped) in the order of the swimlanes. */
export function moveLane(design: Design, laneId: string, toIndex: number): Design {
  const from = design.regions.findIndex((r) => r.id === laneId);
  if (from < 0) return design;
  const lanes = [...design.regions];
  const [lane] = lanes.splice(from, 1);
  const to = Math.max(0, Math.min(toIndex, lanes.length));
  if (to === from) return design;
  lanes.splice(to, 0, lane!);
  return { ...design, regions: lanes };
}

/** What happens to the resources of a lane that is removed. */
export type RemoveLanePolicy = { kind: 'delete' } | { kind: 'move'; to: string };

export function resourcesInLane(design: Design, laneId: string): string[] {
  return Object.entries(design.resources)
    .filter(([, r]) => r.region === laneId)
    .map(([id]) => id);
}

export function removeLane(
  design: Design,
  laneId: string,
  policy: RemoveLanePolicy = { kind: 'delete' },
): Design {
  if (!hasLane(design, laneId)) return design;
  if (policy.kind === 'move' && (policy.to === laneId || !hasLane(design, policy.to)))
    return design;
  const members = resourcesInLane(design, laneId);
  let next: Design = design;
  if (policy.kind === 'delete') next = removeResources(design, members);
  else {
    const resources: Record<string, DesignResource> = {};
    for (const [id, r] of Object.entries(design.resources))
      resources[id] = r.region === laneId ? { ...r, region: policy.to } : r;
    next = { ...design, resources };
  }
  const outputs = Object.fromEntries(
    Object.entries(next.outputs).map(([name, o]) => {
      if (o.region !== laneId) return [name, o];
      const { region: _gone, ...rest } = o;
      return [name, policy.kind === 'move' ? { ...rest, region: policy.to } : rest];
    }),
  );
  return { ...next, regions: next.regions.filter((r) => r.id !== laneId), outputs };
}

/** A new lane id and region_name that are not used yet (`region_1`, `RegionOne`-style names are left to the user). */
/** The first `RegionN` (N from the lane count + 1) that no lane maps to yet: the default of a new lane. */
export function nextRegionName(design: Design): string {
  const used = new Set(design.regions.map((r) => r.region_name));
  for (let n = design.regions.length + 1; ; n++) if (!used.has(`Region${n}`)) return `Region${n}`;
}

export function nextLaneId(design: Design): string {
  for (let n = design.regions.length + 1; ; n++) {
    const id = `region_${n}`;
    if (!hasLane(design, id)) return id;
  }
}
