/**
 * From a validated design file (plain data) to the model: defaults filled, unknown keys kept in `extra`
 * and reported, layout positions restored where they can be (a bad one is dropped with a warning: the
 * canvas places that node again).
 */
import { diag } from '../util/diagnostics';
import type { Diagnostic } from '../util/diagnostics';
import { FILE_CODES } from './codes';
import { OUTPUT_KEYS, LANE_KEYS, RESOURCE_KEYS, TOP_LEVEL_KEYS } from './fileObject';
import { DEFAULT_HEAT_TEMPLATE_VERSION, DESIGN_FORMAT_VERSION, NULL_SECTIONS } from './model';
import type {
  Design,
  DesignOutput,
  DesignResource,
  HotMap,
  HotValue,
  Position,
  Lane,
} from './model';
import { clone, isMap, setOwn } from '../hot/value';
import type { DesignFile, OutputFile, LaneFile, ResourceFile } from './schema';

export const DEFAULT_DESIGN_NAME = 'untitled';

type Where = { resource?: string; lane?: string };

/** The keys of `value` outside `known`, copied; each one reported once. */
function extraOf(
  value: Record<string, unknown>,
  known: readonly string[],
  path: (string | number)[],
  what: string,
  where: Where,
  out: Diagnostic[],
): HotMap | undefined {
  const extra: HotMap = {};
  for (const [key, v] of Object.entries(value)) {
    if (known.includes(key)) continue;
    setOwn(extra, key, clone(v as HotValue));
    out.push(
      diag(FILE_CODES.UNKNOWN_KEY, 'warning', `Unknown key "${key}" in ${what}: kept as it is.`, {
        path: [...path, key],
        ...where,
      }),
    );
  }
  return Object.keys(extra).length > 0 ? extra : undefined;
}

/** Copy the optional keys that are present (an explicit null included). */
function copyPresent<T extends object>(
  target: T,
  source: Record<string, unknown>,
  keys: readonly string[],
): void {
  for (const key of keys)
    if (source[key] !== undefined) (target as Record<string, unknown>)[key] = clone(source[key]);
}

function restoreLane(id: string, file: LaneFile, out: Diagnostic[]): Lane {
  const lane: Lane = { id, region_name: file.region_name };
  copyPresent(lane, file, ['cloud', 'stack']);
  const extra = extraOf(file, LANE_KEYS, ['regions', id], `lane "${id}"`, { lane: id }, out);
  if (extra) lane.extra = extra;
  return lane;
}

function restoreResource(id: string, file: ResourceFile, out: Diagnostic[]): DesignResource {
  const resource: DesignResource = { type: file.type, region: file.region };
  // `properties:` left empty (null) means no properties, as in HOT; it is kept, so the file reads back the same
  copyPresent(resource, file, [
    'properties',
    'depends_on',
    'condition',
    'metadata',
    'update_policy',
    'deletion_policy',
    'external_id',
  ]);
  const extra = extraOf(
    file,
    RESOURCE_KEYS,
    [],
    `resource "${id}" (Heat may refuse it)`,
    { resource: id },
    out,
  );
  if (extra) resource.extra = extra;
  return resource;
}

function restoreOutput(name: string, file: OutputFile, out: Diagnostic[]): DesignOutput {
  const output: DesignOutput = { value: clone(file.value) };
  copyPresent(output, file, ['description', 'condition', 'region']);
  const extra = extraOf(file, OUTPUT_KEYS, ['outputs', name], `output "${name}"`, {}, out);
  if (extra) output.extra = extra;
  return output;
}

function restoreLayout(raw: unknown, out: Diagnostic[]): Record<string, Position> {
  const layout: Record<string, Position> = {};
  if (raw === undefined || raw === null) return layout;
  if (!isMap(raw)) {
    out.push(
      diag(
        FILE_CODES.LAYOUT,
        'warning',
        'layout is not a map of positions: it is ignored and the canvas places every node again.',
        { path: ['layout'] },
      ),
    );
    return layout;
  }
  for (const [id, entry] of Object.entries(raw)) {
    const x = isMap(entry) ? entry.x : undefined;
    const y = isMap(entry) ? entry.y : undefined;
    if (
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y)
    ) {
      out.push(
        diag(
          FILE_CODES.LAYOUT,
          'warning',
          `The position of "${id}" is not {x: <number>, y: <number>}: it is dropped and the canvas places "${id}" again.`,
          { path: ['layout', id] },
        ),
      );
      continue;
    }
    const others = Object.keys(entry as object).filter((k) => k !== 'x' && k !== 'y');
    if (others.length > 0) {
      out.push(
        diag(
          FILE_CODES.LAYOUT,
          'warning',
          `The position of "${id}" has keys Isotherm does not keep (${others.join(', ')}): only x and y are kept.`,
          { path: ['layout', id] },
        ),
      );
    }
    setOwn(layout, id, { x, y });
  }
  return layout;
}

export function restoreDesign(file: DesignFile): { design: Design; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  if (file.name === undefined) {
    out.push(
      diag(
        FILE_CODES.NO_NAME,
        'warning',
        `The design has no name: "${DEFAULT_DESIGN_NAME}" is used (stack names start with it); add "name:" to choose one.`,
        { path: ['name'] },
      ),
    );
  }
  const design: Design = {
    isotherm: DESIGN_FORMAT_VERSION,
    name: file.name ?? DEFAULT_DESIGN_NAME,
    heat_template_version: file.heat_template_version ?? DEFAULT_HEAT_TEMPLATE_VERSION,
    regions: Object.entries(file.regions ?? {}).map(([id, r]) => restoreLane(id, r, out)),
    parameters: {},
    resources: {},
    outputs: {},
    layout: restoreLayout(file.layout, out),
  };
  if (file.description !== undefined) design.description = file.description;
  for (const [name, p] of Object.entries(file.parameters ?? {}))
    setOwn(design.parameters, name, clone(p));
  if (file.parameter_groups !== undefined) design.parameter_groups = clone(file.parameter_groups);
  if (file.conditions !== undefined) design.conditions = clone(file.conditions);
  for (const [id, r] of Object.entries(file.resources ?? {}))
    setOwn(design.resources, id, restoreResource(id, r, out));
  for (const [name, o] of Object.entries(file.outputs ?? {}))
    setOwn(design.outputs, name, restoreOutput(name, o, out));
  const nullSections = NULL_SECTIONS.filter((key) => file[key] === null);
  if (nullSections.length > 0) design.nullSections = nullSections;
  const extra = extraOf(file, TOP_LEVEL_KEYS, [], 'the design (top level)', {}, out);
  if (extra) design.extra = extra;
  return { design, diagnostics: out };
}
