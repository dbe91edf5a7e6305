import { typeSchema } from '../catalog/catalog';
import type { Catalog } from '../catalog/types';
import type { Design } from '../design/model';
import { designReferences, type Reference, type ResourceRefs } from '../design/refs';
import { diag, type Diagnostic } from '../util/diagnostics';
import { CODES } from './codes';
import { resourceLabel } from './label';
import { hasAttribute } from './resourceTypes';
import { didYouMean } from './suggest';
import { attributeSupportWarning } from './support';

function subject(
  design: Design,
  ref: Reference,
): { where: string; at: { resource?: string; path: (string | number)[] } } {
  if (ref.from === null)
    return { where: `output '${ref.output}'`, at: { path: ['outputs', ref.output!, ...ref.path] } };
  return {
    where: resourceLabel(ref.from, design.resources[ref.from]?.type),
    at: { resource: ref.from, path: ref.path },
  };
}

/** get_resource / get_attr / depends_on naming a missing resource; get_attr naming an attribute the type lacks. */
export function validateReferences(
  design: Design,
  catalog: Catalog,
  byResource?: ResourceRefs,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ref of designReferences(design, byResource)) {
    const { where, at } = subject(design, ref);
    const target = design.resources[ref.target];
    if (
      target === undefined ||
      !Object.prototype.hasOwnProperty.call(design.resources, ref.target)
    ) {
      out.push(
        diag(
          CODES.E_MISSING_RESOURCE,
          'error',
          `${where} uses ${ref.kind} '${ref.target}', but there is no resource '${ref.target}'.${didYouMean(ref.target, Object.keys(design.resources))} Draw the edge again or remove the reference.`,
          at,
        ),
      );
      continue;
    }
    const attribute = ref.attribute?.[0];
    if (ref.kind !== 'get_attr' || typeof attribute !== 'string') continue;
    const schema = typeSchema(catalog, target.type);
    if (hasAttribute(catalog, target.type, attribute)) {
      const targetLabel = resourceLabel(ref.target, target.type);
      const warning =
        schema &&
        attributeSupportWarning(schema, attribute, { subject: where, target: targetLabel, at });
      if (warning) out.push(warning);
      continue;
    }
    const names = Object.keys(schema?.attributes ?? {});
    out.push(
      diag(
        CODES.E_MISSING_ATTRIBUTE,
        'error',
        `${where} reads attribute '${attribute}' of ${resourceLabel(ref.target, target.type)}, which has no such attribute.${didYouMean(attribute, names)}${names.length > 0 ? ` Its attributes: ${names.join(', ')}.` : ''}`,
        at,
      ),
    );
  }
  return out;
}
