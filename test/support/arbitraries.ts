/**
 * fast-check arbitraries for valid designs (test support, shared by load/save, compile and import tests).
 * Values include the strings YAML likes to misread (`yes`, `2021-04-16`, `0777`, `~`...), multi-line
 * scripts, keys that need quoting, and cross-region get_resource/get_attr references.
 */
import fc from 'fast-check';
import {
  OUTPUT_KEYS,
  LANE_KEYS,
  RESOURCE_KEYS,
  TOP_LEVEL_KEYS,
} from '../../shared/design/fileObject';
import { DESIGN_FORMAT_VERSION } from '../../shared/design/model';
import type {
  Design,
  DesignOutput,
  DesignResource,
  HotMap,
  HotValue,
  Position,
  Lane,
} from '../../shared/design/model';

export const TRICKY_STRINGS = [
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'true',
  'null',
  '~',
  '',
  ' ',
  '2021-04-16',
  '2013-05-23T10:00:00Z',
  '0777',
  '0x1F',
  '1e3',
  '1_000',
  '.inf',
  '.nan',
  '12:30',
  '-',
  '- x',
  'a: b',
  '#not a comment',
  'x # y',
  '@at',
  '`tick',
  '!tag',
  '&anchor',
  '*alias',
  '{a: 1}',
  '[1]',
  "it's",
  '"quoted"',
  'tab\there',
  'trailing ',
  ' leading',
  'ünïcödé ✓',
  '#!/bin/bash\necho "$HOME"\n',
  'line1\nline2',
  'line\n\n  indented\n',
  'ends with spaces  \nnext',
] as const;

export const TRICKY_KEYS = [
  'yes',
  '123',
  '0777',
  'a b',
  'key: colon',
  '-dash',
  'ünï',
  '__proto__',
  'toString',
  'null',
  '~',
  '',
] as const;

export const idArbitrary = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
const keyArbitrary = fc.oneof(
  { weight: 6, arbitrary: idArbitrary },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const stringArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

export const scalarArbitrary: fc.Arbitrary<HotValue> = fc.oneof<fc.Arbitrary<HotValue>[]>(
  stringArbitrary,
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);

function mapOf<T>(
  keys: fc.Arbitrary<string>,
  values: fc.Arbitrary<T>,
  maxKeys: number,
): fc.Arbitrary<Record<string, T>> {
  return fc
    .uniqueArray(fc.tuple(keys, values), { maxLength: maxKeys, selector: ([k]) => k })
    .map((entries) => {
      const out: Record<string, T> = {};
      for (const [k, v] of entries)
        Object.defineProperty(out, k, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return out;
    });
}

/** Any HOT value: scalars, lists and maps, nested up to `depth`, with references to `ids` where given. */
export function hotValueArbitrary(ids: readonly string[] = [], depth = 3): fc.Arbitrary<HotValue> {
  const refs: fc.Arbitrary<HotValue>[] =
    ids.length > 0
      ? [
          fc.constantFrom(...ids).map((id) => ({ get_resource: id })),
          fc
            .tuple(fc.constantFrom(...ids), idArbitrary)
            .map(([id, attr]) => ({ get_attr: [id, attr] })),
        ]
      : [];
  const leaf = fc.oneof(scalarArbitrary, ...refs);
  if (depth <= 0) return leaf;
  const inner = hotValueArbitrary(ids, depth - 1);
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 4 }) },
    { weight: 1, arbitrary: mapOf(keyArbitrary, inner, 4) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('str_replace', 'list_join', 'if', 'yaql', 'repeat', 'map_merge'),
          inner,
        )
        .map(([fn, args]) => ({ [fn]: args })),
    },
  );
}

export function hotMapArbitrary(
  ids: readonly string[] = [],
  depth = 2,
  maxKeys = 5,
): fc.Arbitrary<HotMap> {
  return mapOf(keyArbitrary, hotValueArbitrary(ids, depth), maxKeys);
}

/** Extra (unknown) keys: none, or a few that do not collide with the known ones. */
function extraArbitrary(known: readonly string[]): fc.Arbitrary<HotMap | undefined> {
  const keys = fc.stringMatching(/^x-[a-z]{1,6}$/).filter((k) => !known.includes(k));
  return fc.option(
    mapOf(keys, hotValueArbitrary([], 1), 2).filter((m) => Object.keys(m).length > 0),
    { nil: undefined, freq: 4 },
  );
}

const nameArbitrary = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const RESOURCE_TYPES = [
  'OS::Heat::RandomString',
  'OS::Heat::Value',
  'OS::Heat::None',
  'OS::Heat::TestResource',
  'OS::Nova::Server',
  'OS::Neutron::Net',
  'OS::Neutron::Port',
];

function strip<T extends object>(value: T): T {
  for (const key of Object.keys(value))
    if ((value as Record<string, unknown>)[key] === undefined)
      delete (value as Record<string, unknown>)[key];
  return value;
}

const lanesArbitrary: fc.Arbitrary<Lane[]> = fc
  .uniqueArray(idArbitrary, { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            region_name: fc.constantFrom('RegionOne', 'RegionTwo', 'regionThree'),
            cloud: fc.option(nameArbitrary, { nil: undefined }),
            stack: fc.option(nameArbitrary, { nil: undefined }),
            extra: extraArbitrary(LANE_KEYS),
          })
          .map((r): Lane => strip({ id, ...r })),
      ),
    ),
  );

function resourceArbitrary(
  laneIds: readonly string[],
  ids: readonly string[],
): fc.Arbitrary<DesignResource> {
  return fc
    .record(
      {
        type: fc.constantFrom(...RESOURCE_TYPES),
        region: fc.constantFrom(...laneIds),
        properties: hotMapArbitrary(ids),
        depends_on: fc.oneof(
          fc.constantFrom(...ids),
          fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
        ),
        condition: fc.oneof(
          idArbitrary.map((c): HotValue => c),
          fc.boolean(),
        ),
        metadata: hotValueArbitrary(ids, 2),
        update_policy: hotMapArbitrary([], 1, 2),
        deletion_policy: fc.constantFrom('Delete', 'Retain', 'Snapshot'),
        external_id: idArbitrary,
        extra: extraArbitrary(RESOURCE_KEYS),
      },
      { requiredKeys: ['type', 'region'] },
    )
    .map((r) => strip(r as DesignResource));
}

function outputArbitrary(
  laneIds: readonly string[],
  ids: readonly string[],
): fc.Arbitrary<DesignOutput> {
  return fc
    .record(
      {
        value: hotValueArbitrary(ids, 2),
        description: stringArbitrary,
        condition: idArbitrary,
        region: fc.constantFrom(...laneIds),
        extra: extraArbitrary(OUTPUT_KEYS),
      },
      { requiredKeys: ['value'] },
    )
    .map((o) => strip(o as DesignOutput));
}

const positionArbitrary: fc.Arbitrary<Position> = fc.record({
  x: fc.integer({ min: -100_000, max: 100_000 }),
  y: fc.integer({ min: -100_000, max: 100_000 }),
});

/** A valid design: lanes, resources in those lanes referencing each other (also across lanes), outputs, layout. */
export function designArbitrary(options: { maxResources?: number } = {}): fc.Arbitrary<Design> {
  return fc
    .tuple(lanesArbitrary, fc.uniqueArray(idArbitrary, { maxLength: options.maxResources ?? 6 }))
    .chain(([lanes, ids]) => {
      const laneIds = lanes.map((r) => r.id);
      const refIds = ids.length > 0 ? ids : ['missing'];
      return fc
        .record(
          {
            name: nameArbitrary,
            description: stringArbitrary,
            heat_template_version: fc.constantFrom('2021-04-16', '2018-08-31', 'wallaby'),
            parameters: mapOf(
              idArbitrary,
              hotMapArbitrary([], 1, 3).map((p) => ({ type: 'string', ...p })),
              3,
            ),
            parameter_groups: fc.array(hotValueArbitrary([], 1), { maxLength: 2 }),
            conditions: hotMapArbitrary([], 1, 2),
            resources: fc.tuple(
              ...ids.map((id) => resourceArbitrary(laneIds, refIds).map((r) => [id, r] as const)),
            ),
            outputs: mapOf(idArbitrary, outputArbitrary(laneIds, refIds), 3),
            layout: fc
              .subarray(ids)
              .chain((placed) =>
                fc.tuple(...placed.map((id) => positionArbitrary.map((p) => [id, p] as const))),
              ),
            extra: extraArbitrary(TOP_LEVEL_KEYS),
          },
          {
            requiredKeys: [
              'name',
              'heat_template_version',
              'parameters',
              'resources',
              'outputs',
              'layout',
            ],
          },
        )
        .map((d): Design => {
          const { resources, layout, ...rest } = d;
          return strip({
            isotherm: DESIGN_FORMAT_VERSION,
            ...rest,
            regions: lanes,
            resources: Object.fromEntries(resources),
            layout: Object.fromEntries(layout),
          } as Design);
        });
    });
}
