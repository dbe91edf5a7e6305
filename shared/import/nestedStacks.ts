import type { DesignResource, HotMap, HotValue } from '../design/model';
import { intrinsicOf, isMap } from '../hot';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import type { ReadFile } from './fileRefs';
import { emptyLane, type LaneTemplate } from './lane';
import { dirnameOf, parseTemplateText } from './parseText';
import { readLane } from './readLane';

/** An `OS::Heat::Stack` of a model-2 parent with `context.region_name`: one lane of the design. */
export interface RemoteStack {
  /** Resource id in the parent = lane id. */
  id: string;
  regionName: string;
  /** The `parameters` property: child parameter -> value in the parent's scope. */
  parameters: HotMap;
  /** The `template` property as written. */
  template: HotValue | undefined;
}

const KEPT_PROPERTIES = new Set(['context', 'template', 'parameters']);

function regionNameOf(
  id: string,
  value: HotValue,
  parent: LaneTemplate,
  diagnostics: Diagnostic[],
): string {
  if (typeof value === 'string') return value;
  const f = intrinsicOf(value);
  const param = f?.fn === 'get_param' && typeof f.args === 'string' ? f.args : undefined;
  const fallback = param !== undefined ? parent.parameters[param]?.default : undefined;
  if (typeof fallback === 'string') {
    diagnostics.push(
      diag(
        ImportCodes.NESTED_DROPPED,
        'info',
        `The region of stack "${id}" comes from parameter "${param}"; its default, ${fallback}, is the lane's region.`,
        { resource: id, path: ['properties', 'context', 'region_name'] },
      ),
    );
    return fallback;
  }
  diagnostics.push(
    diag(
      ImportCodes.NESTED_DROPPED,
      'warning',
      `The region of stack "${id}" is not a plain name; the lane's region is left empty: set it in the region settings.`,
      { resource: id, path: ['properties', 'context', 'region_name'] },
    ),
  );
  return '';
}

/** The remote stack a parent resource stands for, or undefined when it is an ordinary resource. */
export function remoteStackOf(
  id: string,
  resource: DesignResource,
  parent: LaneTemplate,
  diagnostics: Diagnostic[],
): RemoteStack | undefined {
  const props = resource.properties;
  if (
    resource.type !== 'OS::Heat::Stack' ||
    props === undefined ||
    props === null ||
    !isMap(props.context) ||
    props.context.region_name === undefined
  )
    return undefined;
  const where = { resource: id };
  const dropped = [
    ...Object.keys(props)
      .filter((k) => !KEPT_PROPERTIES.has(k))
      .map((k) => `property ${k}`),
    ...Object.keys(props.context)
      .filter((k) => k !== 'region_name')
      .map((k) => `context.${k}`),
    ...(
      [
        'depends_on',
        'condition',
        'metadata',
        'update_policy',
        'deletion_policy',
        'external_id',
        'extra',
      ] as const
    )
      .filter((k) => resource[k] !== undefined)
      .map((k) => k),
  ];
  if (dropped.length > 0) {
    diagnostics.push(
      diag(
        ImportCodes.NESTED_DROPPED,
        'warning',
        `Stack "${id}" becomes a lane; a lane has no place for its ${dropped.join(', ')}, which ${dropped.length > 1 ? 'were' : 'was'} dropped.`,
        where,
      ),
    );
  }
  const parameters = props.parameters;
  if (parameters !== undefined && parameters !== null && !isMap(parameters)) {
    diagnostics.push(
      diag(
        ImportCodes.BAD_RESOURCE_KEY,
        'error',
        `The parameters of stack "${id}" must be a map; they were ignored.`,
        { ...where, path: ['properties', 'parameters'] },
      ),
    );
  }
  return {
    id,
    regionName: regionNameOf(id, props.context.region_name, parent, diagnostics),
    parameters: isMap(parameters) ? parameters : {},
    template: props.template,
  };
}

/** Read a remote stack's template (through `readFile` for get_file) into a lane. */
export function readChildLane(
  stack: RemoteStack,
  readFile: ReadFile,
  diagnostics: Diagnostic[],
): LaneTemplate {
  const where = { resource: stack.id, region: stack.id, path: ['properties', 'template'] };
  const fail = (message: string) => {
    diagnostics.push(diag(ImportCodes.NOT_HOT, 'error', message, where));
    return emptyLane(stack.id, stack.regionName);
  };
  let template: HotValue | undefined = stack.template;
  let fileBase = '';
  const f = intrinsicOf(template);
  if (f?.fn === 'get_file' && typeof f.args === 'string') {
    const text = readFile(f.args);
    if (text === undefined)
      return fail(
        `The template of stack "${stack.id}", ${f.args}, was not found beside the parent; the lane is empty. Import again with the file in place.`,
      );
    const parsed = parseTemplateText(text, f.args);
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, region: stack.id })));
    template = parsed.template;
    fileBase = dirnameOf(f.args);
  } else if (typeof template === 'string') {
    const parsed = parseTemplateText(template, `the template of stack ${stack.id}`);
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, region: stack.id })));
    template = parsed.template;
  } else if (!isMap(template) || f !== undefined) {
    return fail(
      `The template of stack "${stack.id}" must be {get_file: <file>} or the template itself; the lane is empty.`,
    );
  }
  if (template === undefined) return emptyLane(stack.id, stack.regionName);
  const lane = readLane({ laneId: stack.id, regionName: stack.regionName, template }, diagnostics);
  lane.fileBase = fileBase;
  return lane;
}
