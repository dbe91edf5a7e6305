/**
 * The runtime schema of a design file (format version 1), after migration and before restoring the model.
 * Only the structure Isotherm relies on is checked here; HOT semantics (types, properties, references)
 * belong to validation (shared/validate).
 */
import { z } from 'zod';
import { diag } from '../util/diagnostics';
import type { Diagnostic } from '../util/diagnostics';
import { FILE_CODES } from './codes';
import type { HotMap, HotValue } from './model';

/** Plain data as the YAML reader produces it (the reader already refused what is not). */
export function isHotValue(value: unknown): value is HotValue {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'string'
  )
    return true;
  if (Array.isArray(value)) return value.every(isHotValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value).every(isHotValue);
  return false;
}

const hotValue = z.custom<HotValue>(isHotValue, {
  error: (issue) => (issue.input === undefined ? 'missing value' : 'expected plain YAML data'),
});
const hotMap = z.record(z.string(), hotValue, {
  error: 'expected a map',
}) as unknown as z.ZodType<HotMap>;
const text = (what: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined
        ? `missing ${what}`
        : `expected ${what} (a string), found ${describe(issue.input)}`,
  });
const name = (what: string) => text(what).min(1, { error: `${what} must not be empty` });

export const laneFileSchema = z.looseObject(
  {
    region_name: name('the OpenStack region name'),
    cloud: name('a cloud name from clouds.yaml').optional(),
    stack: name('a stack name').optional(),
  },
  { error: 'expected a map like {region_name: RegionOne}' },
);

export const resourceFileSchema = z.looseObject(
  {
    type: name('the resource type'),
    region: name('a lane id from regions'),
    properties: hotMap.nullable().optional(),
    depends_on: z
      .union([name('a resource id'), z.array(name('a resource id'))], {
        error: 'expected a resource id or a list of them',
      })
      .nullable()
      .optional(),
    condition: hotValue.optional(),
    metadata: hotValue.optional(),
    update_policy: hotValue.optional(),
    deletion_policy: text('Delete, Retain or Snapshot').nullable().optional(),
    external_id: hotValue.optional(),
  },
  { error: 'expected a map with type and region' },
);

export const outputFileSchema = z.looseObject(
  {
    value: z.custom<HotValue>(isHotValue, {
      error: (issue) =>
        issue.input === undefined ? 'an output needs a value' : 'expected plain YAML data',
    }),
    description: text('a description').nullable().optional(),
    condition: hotValue.optional(),
    region: name('a lane id from regions').optional(),
  },
  { error: 'expected a map with a value' },
);

const mapOf = <T extends z.ZodType>(item: T, what: string) =>
  z.record(z.string(), item, { error: `expected a map of ${what}` });

/** The top level; `layout` is checked leniently by restore (positions are restored, not refused). */
export const designFileSchema = z.looseObject({
  isotherm: z.number().int().positive(),
  name: name('the design name').optional(),
  description: text('a description').nullable().optional(),
  heat_template_version: name('a HOT version such as 2021-04-16').optional(),
  regions: mapOf(laneFileSchema, 'lanes').nullable().optional(),
  parameters: mapOf(hotMap, 'parameters').nullable().optional(),
  parameter_groups: z
    .array(hotValue, { error: 'expected a list of parameter groups' })
    .nullable()
    .optional(),
  conditions: hotMap.nullable().optional(),
  resources: mapOf(resourceFileSchema, 'resources').nullable().optional(),
  outputs: mapOf(outputFileSchema, 'outputs').nullable().optional(),
  layout: hotValue.optional(),
});

export type DesignFile = z.output<typeof designFileSchema>;
export type LaneFile = z.output<typeof laneFileSchema>;
export type ResourceFile = z.output<typeof resourceFileSchema>;
export type OutputFile = z.output<typeof outputFileSchema>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

const SECTION_SCHEMAS = [
  ['regions', laneFileSchema],
  ['resources', resourceFileSchema],
  ['outputs', outputFileSchema],
] as const;

/** zod's records skip a `__proto__` key: its entry (an own key of the raw file) is checked here. */
function protoEntryIssues(raw: unknown): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  for (const [section, schema] of SECTION_SCHEMAS) {
    const map = (raw as Record<string, unknown>)[section];
    if (typeof map !== 'object' || map === null || !Object.hasOwn(map, '__proto__')) continue;
    const entry = Object.getOwnPropertyDescriptor(map, '__proto__')!.value as unknown;
    const checked = schema.safeParse(entry);
    if (!checked.success)
      for (const issue of checked.error.issues)
        issues.push({ path: [section, '__proto__', ...issue.path], message: issue.message });
  }
  return issues;
}

/** Validate a migrated raw file; every issue becomes an E_FILE_SCHEMA diagnostic with the path of the bad value. */
export function checkDesignFile(
  raw: unknown,
): { ok: true; file: DesignFile } | { ok: false; diagnostics: Diagnostic[] } {
  const result = designFileSchema.safeParse(raw);
  const issues = result.success ? protoEntryIssues(raw) : result.error.issues;
  if (issues.length === 0) return { ok: true, file: raw as DesignFile };
  const diagnostics = issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    // about a resource: the path is below it, as everywhere else (`db.properties: ...`)
    if (path[0] === 'resources' && typeof path[1] === 'string') {
      return diag(FILE_CODES.SCHEMA, 'error', issue.message, {
        resource: path[1],
        path: path.slice(2),
      });
    }
    return diag(FILE_CODES.SCHEMA, 'error', issue.message, { path });
  });
  return { ok: false, diagnostics };
}
