import type { HotValue } from '../design/model';
import { intrinsicOf, uniqueName } from '../hot';

/**
 * Naming conventions of the generated cross-region values (the importer reverses them):
 *
 * - A cross-region `{get_resource: db}` becomes output `db_id` of the source region's template and parameter
 *   `db_id` of the receiving region's template: output and parameter always have the same name.
 * - A cross-region `{get_attr: [db, a, b]}` becomes `db_a_b`; `{get_attr: [db]}` (all attributes) `db_attributes`.
 *   A dynamic path segment `{get_param: p}` is named after the parameter (`db_p`); any other computed segment
 *   `dyn<hash>`.
 * - Characters other than letters, digits, `_` and `-` become `_`.
 * - A name already taken by a design parameter, a design output, or another generated value gets `_2`, `_3`, ...
 *   (generated values are named in the order of their base names, so the choice does not depend on the order of
 *   resources in the file).
 * - The parameter's description is `Isotherm: output <name> of region <lane>` (see `crossRegionParameterDescription`),
 *   and the output's value is the original reference.
 */

export function sanitizeName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9_-]/g, '_');
  return clean === '' ? '_' : clean;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint for names. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function segmentName(segment: HotValue): string {
  if (typeof segment === 'string' || typeof segment === 'number' || typeof segment === 'boolean')
    return String(segment);
  const call = intrinsicOf(segment);
  if (call?.fn === 'get_param') {
    const args = call.args;
    if (typeof args === 'string') return args;
    if (Array.isArray(args) && args.every((a) => typeof a === 'string' || typeof a === 'number'))
      return args.join('_');
  }
  return `dyn${shortHash(JSON.stringify(segment)).slice(0, 6)}`;
}

/** The name a cross-region reference gets before collisions are resolved. */
export function crossRefBaseName(
  kind: 'get_resource' | 'get_attr',
  target: string,
  attribute: readonly HotValue[] = [],
): string {
  if (kind === 'get_resource') return sanitizeName(`${target}_id`);
  if (attribute.length === 0) return sanitizeName(`${target}_attributes`);
  return sanitizeName([target, ...attribute.map(segmentName)].join('_'));
}

/** `base`, or `base_2`, `base_3`, ... : the first one not in `taken` (which it is then added to). */
export function claimUniqueName(base: string, taken: Set<string>): string {
  const name = uniqueName(base, taken);
  taken.add(name);
  return name;
}

const PARAMETER_DESCRIPTION = /^Isotherm: output (\S+) of region (\S+)$/;

/** Description of a parameter that receives output `output` of region `fromRegion`. */
export function crossLaneParameterDescription(output: string, fromLane: string): string {
  return `Isotherm: output ${output} of region ${fromLane}`;
}

/** The inverse of `crossRegionParameterDescription`, for the importer. */
export function parseCrossLaneParameterDescription(
  description: unknown,
): { output: string; fromLane: string } | undefined {
  if (typeof description !== 'string') return undefined;
  const m = PARAMETER_DESCRIPTION.exec(description);
  return m === null ? undefined : { output: m[1]!, fromLane: m[2]! };
}

const OUTPUT_DESCRIPTION_PREFIX = 'Isotherm: value for region';

/** Description of a generated output that feeds the regions `consumers`. */
export function crossLaneOutputDescription(consumers: readonly string[]): string {
  return `${OUTPUT_DESCRIPTION_PREFIX}${consumers.length > 1 ? 's' : ''} ${consumers.join(', ')}`;
}

/** Is this a generated cross-region output (by its description)? */
export function isCrossLaneOutputDescription(description: unknown): boolean {
  return typeof description === 'string' && description.startsWith(OUTPUT_DESCRIPTION_PREFIX);
}
