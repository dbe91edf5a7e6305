import type { Catalog } from '../catalog/types';
import type { Design } from '../design/model';
import { referencesByResource, type ResourceRefs } from '../design/refs';
import { listResources, type ResourceList } from '../design/resourceList';
import type { Diagnostic } from '../util/diagnostics';
import { validateCycles } from './cycles';
import { validateNames, validateTypes } from './names';
import { validatePluginRules } from './plugins';
import { validateProperties } from './properties';
import { validateReferences } from './references';
import { validateLanes } from './regions';
import { validateTypeSupport } from './support';
import { validateTemplateVersion } from './templateVersion';

/**
 * Every problem of a design that can be found without a cloud (codes: ./codes.ts). Pure; never throws on a
 * restored design. Values computed by intrinsic functions are checked only where their result type is known.
 * `resources` and `byResource`: the design's resources and their references when the caller has them already
 * (compile does).
 */
export function validate(
  design: Design,
  catalog: Catalog,
  byResource?: ResourceRefs,
  resources: ResourceList = listResources(design),
): Diagnostic[] {
  byResource ??= referencesByResource(design, resources);
  return [
    ...validateTemplateVersion(design),
    ...validateLanes(design, resources),
    ...validateTypes(design, catalog, resources),
    ...validateTypeSupport(design, catalog, resources),
    ...validateProperties(design, catalog, resources),
    ...validatePluginRules(design, catalog, resources),
    ...validateReferences(design, catalog, byResource),
    ...validateNames(design, resources),
    ...validateCycles(design, byResource),
  ];
}
