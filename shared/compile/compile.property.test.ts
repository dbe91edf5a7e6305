import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, DesignResource, HotMap, HotValue } from '../design/model';
import { intrinsicOf, isMap, PSEUDO_PARAMETERS, visitGetParams } from '../hot';
import { valueReferences } from '../design/refs';
import { testCatalog } from '../../test/support/testCatalog';
import { compile } from './compile';
import { parseCrossLaneParameterDescription } from './naming';
import { testDesign } from '../../test/support/testDesign';
import type { CompileResult, HotTemplate } from './types';

const catalog = testCatalog();
const LANES = ['east', 'west', 'south', 'north'];

/** A reference to resource `r`, wrapped in a random intrinsic. */
const refTo = (r: string): fc.Arbitrary<HotValue> =>
  fc
    .oneof(
      fc.constant<HotValue>({ get_resource: r }),
      fc.constant<HotValue>({ get_attr: [r, 'value'] }),
      fc.constant<HotValue>({ get_attr: [r, 'show', 'id'] }),
    )
    .chain((ref) =>
      fc.oneof(
        fc.constant(ref),
        fc.constant<HotValue>({ str_replace: { template: 'x=$X', params: { $X: ref } } }),
        fc.constant<HotValue>({ list_join: [',', [ref, { get_param: 'p' }]] }),
        fc.constant<HotValue>({ if: ['on', ref, 'none'] }),
        fc.constant<HotValue>({ map_merge: [{ a: ref }, { b: 1 }] }),
        fc.constant<HotValue>({ yaql: { expression: '$.data.x', data: { x: ref } } }),
        fc.constant<HotValue>({ repeat: { for_each: { '%v%': [ref] }, template: '%v%' } }),
      ),
    );

/** Random acyclic designs: resource i only references resources j < i; lanes and key order are random. */
const designs: fc.Arbitrary<Design> = fc
  .record({ laneCount: fc.integer({ min: 1, max: 4 }), size: fc.integer({ min: 1, max: 10 }) })
  .chain(({ laneCount, size }) => {
    const lanes = LANES.slice(0, laneCount);
    const resource = (i: number) =>
      fc.record({
        lane: fc.constantFrom(...lanes),
        refs:
          i === 0
            ? fc.constant<HotValue[]>([])
            : fc
                .uniqueArray(fc.integer({ min: 0, max: i - 1 }), { maxLength: 3 })
                .chain((js) => fc.tuple(...js.map((j) => refTo(`r${j}`)))),
        dependsOn:
          i === 0
            ? fc.constant<number[]>([])
            : fc.uniqueArray(fc.integer({ min: 0, max: i - 1 }), { maxLength: 2 }),
        conditional: fc.boolean(),
      });
    return fc.record({
      lanes: fc.constant(lanes),
      resources: fc.tuple(...Array.from({ length: size }, (_, i) => resource(i))),
      order: fc.shuffledSubarray(
        Array.from({ length: size }, (_, i) => i),
        { minLength: size, maxLength: size },
      ),
      outputs: fc.array(
        fc.record({
          target: fc.integer({ min: 0, max: size - 1 }),
          lane: fc.option(fc.constantFrom(...lanes), { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
    });
  })
  .map(({ lanes, resources, order, outputs }) => {
    const all: Record<string, DesignResource> = {};
    for (const i of order) {
      const r = resources[i]!;
      all[`r${i}`] =
        r.refs.length === 0
          ? {
              type: 'OS::Heat::RandomString',
              region: r.lane,
              ...(r.conditional ? { condition: 'on' } : {}),
            }
          : {
              type: 'OS::Heat::Value',
              region: r.lane,
              properties: { value: r.refs as HotValue[] },
              ...(r.dependsOn.length > 0 ? { depends_on: r.dependsOn.map((j) => `r${j}`) } : {}),
            };
    }
    const design = testDesign({
      regions: Object.fromEntries(lanes.map((l, i) => [l, `Region${i}`])),
      parameters: { p: { type: 'string', default: 'x' }, flag: { type: 'boolean', default: true } },
      conditions: { on: { equals: [{ get_param: 'flag' }, true] } },
      resources: all,
      outputs: Object.fromEntries(
        outputs.map((o, k) => [
          `out${k}`,
          {
            value: { get_attr: [`r${o.target}`, 'value'] },
            ...(o.lane !== undefined ? { region: o.lane } : {}),
          },
        ]),
      ),
    });
    return design;
  });

const mapOf = (v: HotValue | undefined): HotMap => (isMap(v) ? v : {});

/** Every template of a lane, pass 1 first (the last is `templates[lane]`). */
const templatesOf = (result: CompileResult, lane: string): HotTemplate[] => [
  ...(result.passTemplates[lane] ?? []),
  result.templates[lane]!,
];

/** Replaces each cross-region get_param by the value of the output it receives (the importer's reverse mapping). */
function resolveCrossParams(
  value: HotValue,
  template: HotTemplate,
  result: CompileResult,
): HotValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => resolveCrossParams(v, template, result));
  const call = intrinsicOf(value);
  if (call?.fn === 'get_param' && typeof call.args === 'string') {
    const source = parseCrossLaneParameterDescription(
      mapOf(mapOf(template.parameters)[call.args]).description,
    );
    if (source !== undefined)
      return mapOf(mapOf(result.templates[source.fromLane]!.outputs)[source.output]).value!;
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, resolveCrossParams(v, template, result)]),
  );
}

describe('compile: properties of random acyclic designs', () => {
  it('(a) templates are self-contained: references stay inside, every get_param is declared', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const result = compile(design, catalog);
        for (const lane of Object.keys(result.templates)) {
          for (const t of templatesOf(result, lane)) {
            const resources = mapOf(t.resources);
            const declared = mapOf(t.parameters);
            for (const section of [t.resources, t.outputs, t.conditions]) {
              valueReferences(section ?? null, [], (ref) =>
                expect(resources).toHaveProperty([ref.target]),
              );
              visitGetParams(section ?? null, [], (name) => {
                if (!PSEUDO_PARAMETERS.has(name as string))
                  expect(declared).toHaveProperty([name as string]);
              });
            }
            for (const body of Object.values(resources)) {
              expect(mapOf(body)).not.toHaveProperty('region');
              for (const dep of [mapOf(body).depends_on ?? []].flat())
                expect(resources).toHaveProperty([dep as string]);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('(b) every input reads an output that an earlier step has deployed', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const result = compile(design, catalog);
        const waveOf = new Map<string, number>();
        result.plan.waves.forEach((w, i) => w.forEach((s) => waveOf.set(`${s.lane}#${s.pass}`, i)));
        for (const input of result.plan.inputs) {
          expect(mapOf(result.templates[input.fromLane]!.outputs)).toHaveProperty([input.output]);
          const consumers = templatesOf(result, input.lane);
          consumers.forEach((t, p) => {
            if (!(input.parameter in mapOf(t.parameters))) return;
            expect(p + 1).toBeGreaterThanOrEqual(input.pass!);
            const wave = waveOf.get(`${input.lane}#${p + 1}`)!;
            const producer = templatesOf(result, input.fromLane).findIndex(
              (s) => input.output in mapOf(s.outputs),
            );
            expect(producer).toBeGreaterThanOrEqual(0);
            expect(waveOf.get(`${input.fromLane}#${producer + 1}`)!).toBeLessThan(wave);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('(c) every step comes after the steps it depends on; each stack runs its passes once, in order', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const result = compile(design, catalog);
        const waveOf = new Map<string, number>();
        result.plan.waves.forEach((w, i) => w.forEach((s) => waveOf.set(`${s.lane}#${s.pass}`, i)));
        expect(waveOf.size).toBe(result.plan.waves.flat().length);
        for (const stack of result.plan.stacks) {
          for (let p = 1; p <= stack.passes; p++)
            expect(waveOf.has(`${stack.lane}#${p}`)).toBe(true);
          expect((result.passTemplates[stack.lane] ?? []).length).toBe(stack.passes - 1);
        }
        result.plan.waves.forEach((wave, i) => {
          for (const step of wave) {
            for (const d of step.dependsOn ?? [])
              expect(waveOf.get(`${d.lane}#${d.pass}`)!).toBeLessThan(i);
            if (step.pass > 1) expect(waveOf.get(`${step.lane}#${step.pass - 1}`)!).toBeLessThan(i);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('(d) is deterministic', () => {
    fc.assert(
      fc.property(designs, (design) => {
        expect(compile(structuredClone(design), catalog)).toEqual(compile(design, catalog));
      }),
      { numRuns: 100 },
    );
  });

  it('(e) preserves meaning: resolving cross-region parameters gives back the design, and passes only grow', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const result = compile(design, catalog);
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        for (const [id, r] of Object.entries(design.resources)) {
          const all = templatesOf(result, r.region);
          const final = all[all.length - 1]!;
          const body = mapOf(mapOf(final.resources)[id]);
          expect(resolveCrossParams(body.properties ?? null, final, result)).toEqual(
            r.properties ?? null,
          );
          const sameLane = [r.depends_on ?? []]
            .flat()
            .filter((d) => design.resources[d]!.region === r.region);
          expect([body.depends_on ?? []].flat()).toEqual(sameLane);
          // once created, a resource is the same in every later pass (an update does not touch it)
          const first = all.findIndex((t) => id in mapOf(t.resources));
          for (const t of all.slice(first)) expect(mapOf(t.resources)[id]).toEqual(body);
        }
      }),
      { numRuns: 150 },
    );
  });
});
