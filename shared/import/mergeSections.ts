import type { HotMap, HotValue } from '../design/model';
import { DEFAULT_HEAT_TEMPLATE_VERSION } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import { canonical, isMap } from '../hot';
import type { LaneTemplate } from './lane';
import { newestVersion } from './versions';

/** Template-wide sections merged across lanes: heat_template_version, description, parameter_groups. */

/** The description the compiler writes when a design has none: `Isotherm design <name>, region <lane>` (or the parent's). */
export const GENERATED_DESCRIPTION =
  /^Isotherm design (.+?)(?:, region \S+|: one stack per region)$/;

/** The design name a compiler-written description carries, if all lanes agree. */
export function generatedName(lanes: readonly LaneTemplate[]): string | undefined {
  const names = new Set(
    lanes.map((l) =>
      typeof l.description === 'string'
        ? GENERATED_DESCRIPTION.exec(l.description)?.[1]
        : undefined,
    ),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

export function mergeVersion(lanes: readonly LaneTemplate[], diagnostics: Diagnostic[]): string {
  const versions = lanes.flatMap((l) => (l.version !== undefined ? [l.version] : []));
  const newest = newestVersion(versions) ?? DEFAULT_HEAT_TEMPLATE_VERSION;
  const distinct = [...new Set(versions)];
  if (distinct.length > 1) {
    diagnostics.push(
      diag(
        ImportCodes.VERSION_MERGED,
        'info',
        `The templates use different heat_template_versions (${distinct.join(', ')}); the design uses the newest, ${newest}, for every region.`,
        { path: ['heat_template_version'] },
      ),
    );
  }
  return newest;
}

export function mergeDescription(
  lanes: readonly LaneTemplate[],
  diagnostics: Diagnostic[],
): string | null | undefined {
  const described = lanes.filter(
    (l) => typeof l.description === 'string' && !GENERATED_DESCRIPTION.test(l.description),
  );
  const first = described[0];
  // `description: null` is kept when no template has a description of its own
  if (first === undefined) return lanes.some((l) => l.description === null) ? null : undefined;
  const others = described.filter((l) => l.description !== first.description);
  if (others.length > 0) {
    diagnostics.push(
      diag(
        ImportCodes.DESCRIPTION_MERGED,
        'info',
        `The templates have different descriptions; the design keeps the one of ${first.hidden === true ? 'the parent template' : `region ${first.id}`} (dropped: ${others.map((l) => l.id).join(', ')}).`,
        { path: ['description'] },
      ),
    );
  }
  return first.description;
}

/**
 * parameter_groups of all lanes: groups with the same label and description are one group (each lane's template
 * holds the part of it the lane uses), their parameter lists merged keeping every lane's order; other groups are
 * kept once each.
 */
export function mergeGroups(lanes: readonly LaneTemplate[]): HotValue[] {
  const groups: HotValue[] = [];
  const byKey = new Map<string, { group: HotMap; lists: HotValue[][] }>();
  for (const group of lanes.flatMap((l) => l.parameterGroups)) {
    if (isMap(group) && Array.isArray(group.parameters) && typeof group.label === 'string') {
      const key = canonical({ ...group, parameters: null });
      const seen = byKey.get(key);
      if (seen !== undefined) {
        seen.lists.push(group.parameters);
        continue;
      }
      const entry = { group: { ...group }, lists: [group.parameters] };
      byKey.set(key, entry);
      groups.push(entry.group);
    } else if (!groups.some((g) => canonical(g) === canonical(group))) {
      groups.push(group);
    }
  }
  for (const { group, lists } of byKey.values()) group.parameters = mergeSequences(lists);
  return groups;
}

/**
 * One list holding every item of `lists`, in an order that keeps each list's order where they agree (a topological
 * sort of "comes before", ties broken by first appearance): subsequences of one list merge back into it.
 */
export function mergeSequences(lists: readonly (readonly HotValue[])[]): HotValue[] {
  const keys: string[] = [];
  const items = new Map<string, HotValue>();
  const after = new Map<string, Set<string>>();
  const before = new Map<string, number>();
  for (const list of lists) {
    list.forEach((item, i) => {
      const k = canonical(item);
      if (!items.has(k)) {
        items.set(k, item);
        keys.push(k);
        after.set(k, new Set());
        before.set(k, 0);
      }
      const prev = i > 0 ? canonical(list[i - 1]!) : undefined;
      if (prev !== undefined && prev !== k && !after.get(prev)!.has(k)) {
        after.get(prev)!.add(k);
        before.set(k, before.get(k)! + 1);
      }
    });
  }
  const out: HotValue[] = [];
  const done = new Set<string>();
  while (done.size < keys.length) {
    // the first item nothing pending comes before; on contradicting orders, the first item left
    const next =
      keys.find((k) => !done.has(k) && before.get(k) === 0) ?? keys.find((k) => !done.has(k))!;
    done.add(next);
    out.push(items.get(next)!);
    for (const k of after.get(next)!) before.set(k, before.get(k)! - 1);
  }
  return out;
}
