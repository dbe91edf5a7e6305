import fc from 'fast-check';
import {
  emptyDesign,
  type Design,
  type DesignResource,
  type HotValue,
} from '../../shared/design/model';

/** fast-check arbitrary for designs with references among their resources (tests only). */
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const lanes = ['east', 'west', 'north'];

const ref = (targets: string[]): fc.Arbitrary<HotValue> =>
  fc.oneof(
    fc.constantFrom(...targets).map((t): HotValue => ({ get_resource: t })),
    fc
      .tuple(fc.constantFrom(...targets), fc.constantFrom('value', 'name'))
      .map(([t, a]): HotValue => ({ get_attr: [t, a] })),
  );

const value = (targets: string[]): fc.Arbitrary<HotValue> =>
  fc.oneof(
    fc.string({ maxLength: 5 }),
    fc.integer(),
    ref(targets),
    fc.array(fc.oneof(ref(targets), fc.string({ maxLength: 3 })), { maxLength: 3 }),
    fc.record({ k: ref(targets), s: fc.string({ maxLength: 3 }) }),
  );

export const arbitraryDesign: fc.Arbitrary<Design> = fc
  .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length })
  .chain((names) =>
    fc
      .tuple(
        fc.tuple(
          ...names.map(() =>
            fc.record(
              {
                type: fc.constantFrom('OS::Heat::Value', 'OS::Heat::RandomString'),
                region: fc.constantFrom(...lanes),
                properties: fc.dictionary(fc.constantFrom('value', 'length', 'x'), value(names), {
                  maxKeys: 3,
                }),
                depends_on: fc.uniqueArray(fc.constantFrom(...names), { maxLength: 2 }),
              },
              { requiredKeys: ['type', 'region'] },
            ),
          ),
        ),
        fc.dictionary(
          fc.constantFrom('o1', 'o2'),
          value(names).map((v) => ({ value: v })),
          { maxKeys: 2 },
        ),
      )
      .map(([rs, outputs]) => {
        const resources: Record<string, DesignResource> = {};
        names.forEach((n, i) => {
          const r = rs[i] as DesignResource & { depends_on?: string[] };
          resources[n] = {
            ...r,
            ...(r.depends_on !== undefined && r.depends_on.length === 0
              ? { depends_on: undefined }
              : {}),
          };
          if (resources[n]!.depends_on === undefined) delete resources[n]!.depends_on;
        });
        const layout = Object.fromEntries(names.map((n, i) => [n, { x: i * 10, y: i * 5 }]));
        return {
          ...emptyDesign('prop'),
          regions: lanes.map((id) => ({ id, region_name: id.toUpperCase() })),
          resources,
          outputs,
          layout,
        };
      }),
  );
