import type { DesignOutput, DesignResource, HotMap, HotValue } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import { clone, isMap } from '../hot';
import { emptyLane, type LaneTemplate } from './lane';

const TEMPLATE_KEYS = new Set([
  'heat_template_version',
  'description',
  'parameter_groups',
  'parameters',
  'resources',
  'outputs',
  'conditions',
]);
const ENVIRONMENT_KEYS = [
  'resource_registry',
  'parameter_defaults',
  'encrypted_param_names',
  'event_sinks',
  'parameter_merge_strategies',
];
const RESOURCE_KEYS = new Set([
  'type',
  'properties',
  'depends_on',
  'condition',
  'metadata',
  'deletion_policy',
  'update_policy',
  'external_id',
]);
const OUTPUT_KEYS = new Set(['value', 'description', 'condition']);

export interface LaneInput {
  laneId: string;
  regionName: string;
  template: unknown;
  cloud?: string;
}

/** Why `template` is not a HOT template, or undefined when it is one. */
function notHotReason(template: HotMap): string | undefined {
  if ('heat_template_version' in template) return undefined;
  if ('isotherm' in template || 'regions' in template)
    return 'it is an Isotherm design; open it instead of importing it';
  const env = ENVIRONMENT_KEYS.filter((k) => k in template);
  if (env.length > 0)
    return `it is a Heat environment file (it has ${env.join(', ')}), not a template; import the templates it points to`;
  if ('AWSTemplateFormatVersion' in template || 'Resources' in template)
    return 'it is a CloudFormation (CFN) template; only HOT templates can be imported';
  if (!('resources' in template)) return 'it has neither heat_template_version nor resources';
  return undefined;
}

/** Restore one input into a lane: every problem becomes a diagnostic, nothing throws. */
export function readLane(input: LaneInput, diagnostics: Diagnostic[]): LaneTemplate {
  const lane = emptyLane(input.laneId, input.regionName, input.cloud);
  const laneId = input.laneId;
  const t = input.template;
  if (!isMap(t as HotValue)) {
    const what =
      t === null || t === undefined ? 'empty' : Array.isArray(t) ? 'a list' : `a ${typeof t}`;
    diagnostics.push(
      diag(
        ImportCodes.NOT_A_MAP,
        'error',
        `The template for region ${laneId} is ${what}, not a map; nothing was imported from it.`,
        { lane: laneId },
      ),
    );
    return lane;
  }
  const template = t as HotMap;
  const reason = notHotReason(template);
  if (reason !== undefined) {
    diagnostics.push(
      diag(
        ImportCodes.NOT_HOT,
        'error',
        `The file for region ${laneId} is not a HOT template: ${reason}.`,
        { lane: laneId },
      ),
    );
    return lane;
  }
  lane.usable = true;
  const version = template.heat_template_version;
  if (version === undefined) {
    diagnostics.push(
      diag(
        ImportCodes.NO_VERSION,
        'warning',
        `The template for region ${laneId} has no heat_template_version; the design's default is used.`,
        { lane: laneId, path: ['heat_template_version'] },
      ),
    );
  } else if (typeof version === 'string' || typeof version === 'number') {
    lane.version = String(version);
  } else {
    diagnostics.push(
      diag(
        ImportCodes.BAD_SECTION,
        'error',
        'heat_template_version must be a date (e.g. 2021-04-16) or a release name; it was ignored.',
        { lane: laneId, path: ['heat_template_version'] },
      ),
    );
  }
  for (const key of Object.keys(template)) {
    if (!TEMPLATE_KEYS.has(key)) {
      diagnostics.push(
        diag(
          ImportCodes.UNKNOWN_KEY,
          'warning',
          `Top-level key "${key}" is not part of HOT; it was dropped.`,
          { lane: laneId, path: [key] },
        ),
      );
    }
  }
  const description = template.description;
  if (typeof description === 'string' || description === null) lane.description = description;
  else if (description !== undefined) {
    diagnostics.push(
      diag(ImportCodes.BAD_SECTION, 'error', 'description must be a string; it was dropped.', {
        lane: laneId,
        path: ['description'],
      }),
    );
  }
  const section = (key: string): HotMap => {
    const v = template[key];
    if (v === undefined || v === null) return {};
    if (isMap(v)) return v;
    diagnostics.push(
      diag(ImportCodes.BAD_SECTION, 'error', `Section "${key}" must be a map; it was skipped.`, {
        lane: laneId,
        path: [key],
      }),
    );
    return {};
  };
  for (const [name, def] of Object.entries(section('parameters'))) {
    if (isMap(def)) lane.parameters[name] = clone(def);
    else
      diagnostics.push(
        diag(
          ImportCodes.BAD_ENTRY,
          'error',
          `Parameter "${name}" must be a map (with at least a type); it was skipped.`,
          { lane: laneId, path: ['parameters', name] },
        ),
      );
  }
  const groups = template.parameter_groups;
  if (Array.isArray(groups)) lane.parameterGroups = clone(groups);
  else if (groups !== undefined && groups !== null) {
    diagnostics.push(
      diag(ImportCodes.BAD_SECTION, 'error', 'parameter_groups must be a list; it was skipped.', {
        lane: laneId,
        path: ['parameter_groups'],
      }),
    );
  }
  lane.conditions = clone(section('conditions'));
  const nulls = (
    ['parameter_groups', 'conditions', 'parameters', 'resources', 'outputs'] as const
  ).filter((k) => template[k] === null);
  if (nulls.length > 0) lane.nullSections = nulls;
  for (const [id, body] of Object.entries(section('resources'))) {
    const resource = readResource(id, body, laneId, diagnostics);
    if (resource !== undefined) lane.resources[id] = resource;
  }
  for (const [name, body] of Object.entries(section('outputs'))) {
    const output = readOutput(name, body, laneId, diagnostics);
    if (output !== undefined) lane.outputs[name] = output;
  }
  return lane;
}

function readResource(
  id: string,
  body: HotValue,
  lane: string,
  diagnostics: Diagnostic[],
): DesignResource | undefined {
  const where = { resource: id, region: lane };
  if (!isMap(body)) {
    diagnostics.push(
      diag(
        ImportCodes.BAD_RESOURCE,
        'error',
        `Resource "${id}" must be a map with a type; it was skipped.`,
        where,
      ),
    );
    return undefined;
  }
  if (typeof body.type !== 'string' || body.type === '') {
    diagnostics.push(
      diag(
        ImportCodes.BAD_RESOURCE,
        'error',
        `Resource "${id}" has no type; it was skipped. Add a "type:" (e.g. OS::Heat::None) and import again.`,
        { ...where, path: ['type'] },
      ),
    );
    return undefined;
  }
  const resource: DesignResource = { type: body.type, region: lane };
  const bad = (key: string, expected: string) =>
    diagnostics.push(
      diag(
        ImportCodes.BAD_RESOURCE_KEY,
        'error',
        `"${key}" of resource "${id}" must be ${expected}; it was dropped.`,
        { ...where, path: [key] },
      ),
    );
  for (const [key, value] of Object.entries(body)) {
    if (key === 'type' || value === undefined) continue;
    switch (key) {
      case 'properties':
        if (isMap(value) || value === null) resource.properties = clone(value);
        else bad(key, 'a map');
        break;
      case 'depends_on':
        if (typeof value === 'string') resource.depends_on = value;
        else if (Array.isArray(value) && value.every((d) => typeof d === 'string'))
          resource.depends_on = [...(value as string[])];
        else if (value === null) resource.depends_on = null;
        else bad(key, 'a resource id or a list of resource ids');
        break;
      case 'deletion_policy':
        if (typeof value === 'string' || value === null) resource.deletion_policy = value;
        else bad(key, 'Delete, Retain or Snapshot');
        break;
      case 'condition':
      case 'metadata':
      case 'update_policy':
      case 'external_id':
        resource[key] = clone(value);
        break;
      default:
        if (key === 'region' || key === 'extra') {
          diagnostics.push(
            diag(
              ImportCodes.UNKNOWN_KEY,
              'warning',
              `Resource "${id}" has a key "${key}", which HOT does not know and a design reserves; it was dropped.`,
              { ...where, path: [key] },
            ),
          );
        } else if (!RESOURCE_KEYS.has(key)) {
          diagnostics.push(
            diag(
              ImportCodes.UNKNOWN_KEY,
              'warning',
              `Resource "${id}" has a key "${key}" that HOT does not know (Heat will reject it); it is kept as it is.`,
              { ...where, path: [key] },
            ),
          );
          resource.extra = { ...resource.extra, [key]: clone(value) };
        }
    }
  }
  return resource;
}

function readOutput(
  name: string,
  body: HotValue,
  lane: string,
  diagnostics: Diagnostic[],
): DesignOutput | undefined {
  if (!isMap(body) || !('value' in body)) {
    diagnostics.push(
      diag(
        ImportCodes.BAD_ENTRY,
        'error',
        `Output "${name}" must be a map with a value; it was skipped.`,
        { lane, path: ['outputs', name] },
      ),
    );
    return undefined;
  }
  const output: DesignOutput = { value: clone(body.value!) };
  if (typeof body.description === 'string' || body.description === null)
    output.description = body.description;
  if (body.condition !== undefined) output.condition = clone(body.condition);
  for (const key of Object.keys(body)) {
    const badDescription =
      key === 'description' && typeof body.description !== 'string' && body.description !== null;
    if (!OUTPUT_KEYS.has(key) || badDescription) {
      diagnostics.push(
        diag(
          ImportCodes.UNKNOWN_KEY,
          'warning',
          `Output "${name}" has a key "${key}" a design cannot keep; it was dropped.`,
          { lane, path: ['outputs', name, key] },
        ),
      );
    }
  }
  return output;
}
