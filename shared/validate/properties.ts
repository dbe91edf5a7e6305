import { customConstraintOf, typeSchema } from '../catalog/catalog';
import type { Catalog, HeatPropertySchema, ResourceTypeSchema } from '../catalog/types';
import { intrinsicCall, isMap } from '../hot';
import type { Design, HotMap, HotValue } from '../design/model';
import { listResources, type ResourceList } from '../design/resourceList';
import { diag, type Diagnostic } from '../util/diagnostics';
import { CODES } from './codes';
import { constraintViolation } from './constraints';
import { resourceLabel, typeNames } from './label';
import { hasOpenProperties } from './resourceTypes';
import { didYouMean } from './suggest';
import { hiddenProperty, propertySupportWarning, replacedByPresent } from './support';
import { fitsType, kindOf } from './valueType';

type Path = (string | number)[];

interface Ctx {
  design: Design;
  catalog: Catalog;
  type: ResourceTypeSchema;
  id: string;
  label: string;
  out: Diagnostic[];
}

const describePath = (path: Path) =>
  path
    .slice(1)
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  list: 'a list',
  map: 'a map',
  comma_delimited_list: 'a comma-separated list',
};

/** Checks a map of property values against a map of property schemas (top level, or a nested `map` schema). */
function checkMap(
  ctx: Ctx,
  values: HotMap,
  schemas: Record<string, HeatPropertySchema>,
  path: Path,
): void {
  for (const key of Object.keys(values)) {
    const value = values[key]!;
    const schema = Object.prototype.hasOwnProperty.call(schemas, key)
      ? schemas[key]
      : path.length === 1
        ? hiddenProperty(ctx.type, key)
        : undefined;
    if (schema === undefined) {
      const where = path.length > 1 ? `'${describePath(path)}' of ${ctx.label}` : ctx.label;
      ctx.out.push(
        diag(
          CODES.E_UNKNOWN_PROPERTY,
          'error',
          `${where} has no property '${key}'.${didYouMean(key, Object.keys(schemas))} Remove it or rename it.`,
          {
            resource: ctx.id,
            path: [...path, key],
          },
        ),
      );
      continue;
    }
    const at = [...path, key];
    const warning = propertySupportWarning(ctx.type, {
      resource: ctx.id,
      label: ctx.label,
      show: () => describePath(at),
      path: at,
    });
    if (warning !== undefined) ctx.out.push(warning);
    checkValue(ctx, value, schema, at);
  }
  const replaced = replacedByPresent(ctx.type, values, path);
  for (const key of Object.keys(schemas)) {
    const schema = schemas[key]!;
    const value = values[key];
    if (
      !schema.required ||
      replaced.has(key) ||
      (value !== undefined && value !== null) ||
      (schema.default !== undefined && schema.default !== null)
    )
      continue;
    const targets =
      customConstraintOf(schema) === undefined
        ? []
        : (ctx.catalog.constraintTargets[customConstraintOf(schema)!] ?? []);
    const how =
      targets.length > 0
        ? `draw an edge to a ${typeNames(targets)} or set it in the inspector`
        : 'set it in the inspector';
    ctx.out.push(
      diag(
        CODES.E_MISSING_PROPERTY,
        'error',
        `Property '${describePath([...path, key])}' of ${ctx.label} is required: ${how}.`,
        {
          resource: ctx.id,
          path: [...path, key],
        },
      ),
    );
  }
}

function checkCustomTarget(
  ctx: Ctx,
  value: HotValue,
  schema: HeatPropertySchema,
  path: Path,
): void {
  const call = intrinsicCall(value);
  const cc = customConstraintOf(schema);
  if (call?.fn !== 'get_resource' || typeof call.args !== 'string' || cc === undefined) return;
  const targets = ctx.catalog.constraintTargets[cc];
  const targetType = ctx.design.resources[call.args]?.type;
  if (
    targets === undefined ||
    targets.length === 0 ||
    targetType === undefined ||
    targets.includes(targetType)
  )
    return;
  ctx.out.push(
    diag(
      CODES.W_CONSTRAINT_TARGET,
      'warning',
      `Property '${describePath(path)}' of ${ctx.label} expects a ${typeNames(targets)} (${cc}), but '${call.args}' is a ${typeNames([targetType])}.`,
      { resource: ctx.id, path },
    ),
  );
}

function checkValue(ctx: Ctx, value: HotValue, schema: HeatPropertySchema, path: Path): void {
  if (value === null) return;
  const literal = intrinsicCall(value) === undefined;
  const kind = kindOf(value);
  if (kind !== undefined && !fitsType(value, kind, schema.type, literal)) {
    const shown =
      literal && kind !== 'list' && kind !== 'map'
        ? ` (${JSON.stringify(value)})`
        : literal
          ? ''
          : ` (${Object.keys(value as HotMap)[0]} gives ${TYPE_WORDS[kind] ?? kind})`;
    ctx.out.push(
      diag(
        CODES.E_PROPERTY_TYPE,
        'error',
        `Property '${describePath(path)}' of ${ctx.label} must be ${TYPE_WORDS[schema.type] ?? schema.type}, not ${TYPE_WORDS[kind] ?? kind}${shown}.`,
        {
          resource: ctx.id,
          path,
        },
      ),
    );
    return;
  }
  if (!literal) {
    checkCustomTarget(ctx, value, schema, path);
    return;
  }
  for (const c of schema.constraints ?? []) {
    const why = constraintViolation(value, c);
    if (why === undefined) continue;
    ctx.out.push(
      diag(
        CODES.E_CONSTRAINT,
        'error',
        `Property '${describePath(path)}' of ${ctx.label} is invalid: ${why}${c.description ? ` (${c.description})` : ''}.`,
        {
          resource: ctx.id,
          path,
        },
      ),
    );
  }
  const nested = schema.schema;
  if (nested === undefined) return;
  if (schema.type === 'list' && Array.isArray(value)) {
    const item = nested['*'];
    if (item !== undefined) value.forEach((v, i) => checkValue(ctx, v, item, [...path, i]));
  } else if (schema.type === 'map' && isMap(value) && Object.keys(nested).length > 0) {
    checkMap(ctx, value, nested, path);
  }
}

/** Properties of every resource whose type the catalog knows: unknown, missing, wrong type, constraints. */
export function validateProperties(
  design: Design,
  catalog: Catalog,
  resources: ResourceList = listResources(design),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, r] of resources) {
    const schema = typeSchema(catalog, r.type);
    if (schema === undefined || hasOpenProperties(r.type)) continue;
    const ctx: Ctx = { design, catalog, type: schema, id, label: resourceLabel(id, r.type), out };
    const props = r.properties ?? {};
    if (intrinsicCall(props) !== undefined) continue; // properties computed as a whole (e.g. get_param)
    checkMap(ctx, props, schema.properties, ['properties']);
  }
  return out;
}
