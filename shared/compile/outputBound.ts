import type { Design } from '../design/model';
import type { CrossRef, CrossRefSites } from './crossRefs';
import {
  descriptionLength,
  MAX_OUTPUT_CHARS,
  textSize,
  type LanePlan,
  type LaneText,
} from './outputBudget';
import { crossParameter, generatedOutput, templateDescription } from './template';

/**
 * An upper bound, known before any template is built, on what the post-build walk of outputBudget.ts counts:
 * `textSize` summed over every template compile will build. When the bound and plan.json/deploy.sh's estimate fit
 * in the budget, that walk cannot refuse, so compile skips it (the refusals stay exactly as they are).
 *
 * Why it is an upper bound. `textSize` counts a string as its length + 2, a list as 2 plus its items, a map as
 * each key's length + 4 plus its value, any other value as 8; so a map or list holding a subset of another's
 * entries (the same values, by reference) counts no more than it. A template (template.ts, `buildTemplate`) is a
 * map of these sections, bounded one by one:
 * - every section: its key and, were it null, 8 (`SECTIONS`);
 * - heat_template_version, description: the design's value, or `templateDescription` (counted as it is);
 * - parameter_groups, conditions: a subset of the design's (a group keeps a subset of its parameters);
 * - parameters: a subset of the design's, plus `crossParameter(ref)` under its name for each cross-region value
 *   the lane reads (counted in every template of each consumer lane);
 * - resources: resource r is in `copies` templates of its lane. Its body is r without `region` (extra's entries
 *   unwrapped, depends_on a subset), except that each cross-region get_resource/get_attr node is replaced by
 *   `{get_param: name}`, which counts name.length + 15 in place of a node counting at least 0. collectCrossRefs
 *   rewrote r with the same rewriter and counted those nodes (`sites`), so the entry counts at most
 *   id.length + 4 + textSize(r) + sites * (longest name + 15). resourcesText counted copies * textSize(r) in
 *   each lane's size, with passes * description length, completely when that size is within the budget;
 * - outputs (in a lane's last template only): each design output in one lane, its description, rewritten value
 *   and condition: at most textSize(design.outputs) plus the outputs' sites as above; each generated output in
 *   its source lane: its name + 4 + textSize(generatedOutput(ref)).
 */
export function templatesTextBound(
  design: Design,
  lanes: readonly LanePlan[],
  laneText: readonly LaneText[],
  crossRefs: readonly CrossRef[],
  sites: CrossRefSites,
): number {
  const counted = laneText.reduce((n, l) => n + l.size, 0);
  if (counted > MAX_OUTPUT_CHARS) return Infinity; // resourcesText stopped counting: refused before building
  const perSite = crossRefs.reduce((n, r) => Math.max(n, r.name.length), 0) + 15;
  const descriptions = lanes.reduce((n, l) => n + l.passes * descriptionLength(design), 0);
  return (
    counted -
    descriptions +
    sectionsBound(design, lanes) +
    resourcesBound(lanes, sites, perSite) +
    crossRefsBound(lanes, crossRefs) +
    textSize(design.outputs) +
    sites.outputs * perSite
  );
}

/** Each section's key and 8 for a null value. */
const SECTIONS = [
  'heat_template_version',
  'description',
  'parameter_groups',
  'parameters',
  'conditions',
  'resources',
  'outputs',
].reduce((n, key) => n + key.length + 4 + 8, 0);

/** What every template of a lane holds whatever its resources: sections, version, description, design parameters. */
function sectionsBound(design: Design, lanes: readonly LanePlan[]): number {
  const shared =
    SECTIONS +
    textSize(design.heat_template_version) +
    textSize(design.parameter_groups ?? null) +
    textSize(design.parameters) +
    textSize(design.conditions ?? null);
  let size = 0;
  for (const { lane, passes } of lanes)
    size += passes * (shared + textSize(templateDescription(design, lane)));
  return size;
}

/** What resources add to the copies * textSize(r) resourcesText counted: their keys, and rewritten references. */
function resourcesBound(lanes: readonly LanePlan[], sites: CrossRefSites, perSite: number): number {
  let size = 0;
  for (const { resources } of lanes)
    for (const { id, copies } of resources)
      size += copies * (id.length + 4 + (sites.resources.get(id) ?? 0) * perSite);
  return size;
}

/** Each cross-region value: its parameter in every template of the lanes reading it, its output in its source. */
function crossRefsBound(lanes: readonly LanePlan[], crossRefs: readonly CrossRef[]): number {
  const passes = new Map(lanes.map((l) => [l.lane, l.passes]));
  let size = 0;
  for (const ref of crossRefs) {
    const key = ref.name.length + 4;
    const templates = ref.consumers.reduce((n, lane) => n + (passes.get(lane) ?? 0), 0);
    size += templates * (key + textSize(crossParameter(ref)));
    size += key + textSize(generatedOutput(ref));
  }
  return size;
}
