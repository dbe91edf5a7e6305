import { typeSchema } from '../catalog/catalog';
import type { Catalog } from '../catalog/types';
import { conditionNamesIn, ifConditionNamesIn, PSEUDO_PARAMETERS, visitGetParams } from '../hot';
import type { Design, HotValue } from '../design/model';
import { listResources, type ResourceList } from '../design/resourceList';
import { diag, type Diagnostic } from '../util/diagnostics';
import { CODES } from './codes';
import { isProviderTemplateType } from './resourceTypes';
import { didYouMean } from './suggest';

/** Unknown resource types (with the closest catalog type suggested). */
export function validateTypes(
  design: Design,
  catalog: Catalog,
  resources: ResourceList = listResources(design),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = Object.keys(catalog.types);
  for (const [id, r] of resources) {
    if (typeSchema(catalog, r.type) !== undefined) continue;
    if (isProviderTemplateType(r.type)) {
      out.push(
        diag(
          CODES.I_PROVIDER_TYPE,
          'info',
          `Resource '${id}' uses the template '${r.type}' as its type; its properties are not checked.`,
          { resource: id, path: ['type'] },
        ),
      );
      continue;
    }
    out.push(
      diag(
        CODES.E_UNKNOWN_TYPE,
        'error',
        `Resource '${id}' has type '${r.type}', which the catalog does not know.${didYouMean(r.type, names)} Pick a type from the palette.`,
        {
          resource: id,
          path: ['type'],
        },
      ),
    );
  }
  return out;
}

/** Every place a design holds values: [resource or undefined, path prefix, value]. */
function valueSites(
  design: Design,
  resources: ResourceList,
): [string | undefined, (string | number)[], HotValue][] {
  const sites: [string | undefined, (string | number)[], HotValue][] = [];
  for (const [id, r] of resources) {
    for (const key of [
      'properties',
      'metadata',
      'update_policy',
      'external_id',
      'condition',
    ] as const) {
      const v = r[key];
      if (v !== undefined) sites.push([id, [key], v as HotValue]);
    }
  }
  for (const [name, o] of Object.entries(design.outputs)) {
    sites.push([undefined, ['outputs', name, 'value'], o.value]);
    if (o.condition !== undefined)
      sites.push([undefined, ['outputs', name, 'condition'], o.condition]);
  }
  for (const [name, c] of Object.entries(design.conditions ?? {}))
    sites.push([undefined, ['conditions', name], c]);
  return sites;
}

/** Where a diagnostic of a value site points: its resource, if any, and the path. */
const siteAt = (resource: string | undefined, path: (string | number)[]) =>
  resource === undefined ? { path } : { resource, path };

/** Every condition name counts as known: validateNames collects them all, then checks them. */
const EVERY_NAME = { has: () => true } as unknown as ReadonlySet<string>;

/** get_param of undeclared parameters; condition names that are not declared. */
export function validateNames(
  design: Design,
  resources: ResourceList = listResources(design),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const params = Object.keys(design.parameters);
  const conditions = new Set(Object.keys(design.conditions ?? {}));
  for (const [resource, base, value] of valueSites(design, resources)) {
    visitGetParams(value, base, (name, path) => {
      if (
        typeof name !== 'string' ||
        PSEUDO_PARAMETERS.has(name) ||
        Object.prototype.hasOwnProperty.call(design.parameters, name)
      )
        return;
      out.push(
        diag(
          CODES.E_MISSING_PARAMETER,
          'error',
          `get_param '${name}' names no parameter of the design.${didYouMean(name, params)} Add it under parameters or fix the name.`,
          siteAt(resource, path),
        ),
      );
    });
    // condition names: `condition: name`, `if: [name, ...]`, and names inside not/and/or of other conditions
    const used = new Set<string>();
    if (base[base.length - 1] === 'condition' || base[0] === 'conditions')
      conditionNamesIn(value, EVERY_NAME, used);
    ifConditionNamesIn(value, EVERY_NAME, used);
    for (const name of used) {
      if (conditions.has(name)) continue;
      out.push(
        diag(
          CODES.E_MISSING_CONDITION,
          'error',
          `Condition '${name}' is not declared.${didYouMean(name, conditions)} Add it under conditions or fix the name.`,
          siteAt(resource, base),
        ),
      );
    }
  }
  return out;
}
