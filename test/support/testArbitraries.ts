import fc from 'fast-check';
import type {
  Design,
  DesignOutput,
  DesignResource,
  HotMap,
  HotValue,
} from '../../shared/design/model';

/**
 * Random multi-lane designs without cross-lane cycles: a resource refers only to earlier resources of its lane or to
 * resources of earlier lanes, in properties (nested in list_join/str_replace), depends_on (same lane) and outputs.
 */
export const designArb: fc.Arbitrary<Design> = fc
  .record({
    lanes: fc.integer({ min: 1, max: 4 }),
    counts: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
    seeds: fc.array(fc.nat(1000), { minLength: 60, maxLength: 60 }),
    paramDefaults: fc.array(fc.option(fc.string({ maxLength: 4 }), { nil: undefined }), {
      minLength: 3,
      maxLength: 3,
    }),
    outputs: fc.integer({ min: 0, max: 3 }),
    conditional: fc.boolean(),
  })
  .map(({ lanes, counts, seeds, paramDefaults, outputs, conditional }) => {
    let k = 0;
    const next = (n: number) => seeds[k++ % seeds.length]! % n;
    const laneDefs = Array.from({ length: lanes }, (_, i) => ({
      id: `lane${i}`,
      region_name: `Region${i}`,
    }));
    const parameters: Record<string, HotMap> = {};
    paramDefaults.forEach(
      (d, i) =>
        (parameters[`p${i}`] =
          d === undefined ? { type: 'string' } : { type: 'string', default: d }),
    );
    const resources: Record<string, DesignResource> = {};
    const ids: string[] = [];
    const ref = (): HotValue => {
      if (ids.length === 0 || next(4) === 0) return { get_param: `p${next(3)}` };
      const target = ids[next(ids.length)]!;
      const type = resources[target]!.type;
      const shape = next(6);
      if (shape <= 1) return { get_resource: target };
      if (shape === 2) return { get_attr: [target] };
      if (shape === 3) return { get_attr: [target, { get_param: `p${next(3)}` }] };
      return { get_attr: [target, type === 'OS::Heat::None' ? 'show' : 'value'] };
    };
    laneDefs.forEach((lane, li) => {
      const laneStart = ids.length;
      for (let j = 0; j < counts[li]!; j++) {
        const id = `r${li}_${j}`;
        const shape = next(4);
        let resource: DesignResource;
        if (shape === 0) resource = { type: 'OS::Heat::None', region: lane.id };
        else if (shape === 1)
          resource = {
            type: 'OS::Heat::RandomString',
            region: lane.id,
            properties: { length: 8 + next(8), salt: ref() },
          };
        else if (shape === 2)
          resource = {
            type: 'OS::Heat::Value',
            region: lane.id,
            properties: { value: { list_join: ['-', [ref(), ref(), 'x']] } },
          };
        else
          resource = {
            type: 'OS::Heat::Value',
            region: lane.id,
            properties: { value: { str_replace: { template: 'a=$A', params: { $A: ref() } } } },
          };
        if (ids.length > laneStart && next(3) === 0)
          resource.depends_on = [ids[laneStart + next(ids.length - laneStart)]!];
        if (conditional && next(5) === 0) resource.condition = 'on';
        resources[id] = resource;
        ids.push(id);
      }
    });
    const outs: Record<string, DesignOutput> = {};
    for (let i = 0; i < outputs; i++) {
      outs[`o${i}`] = {
        value: ref(),
        ...(next(2) === 0 ? { description: `out ${i}` } : {}),
        ...(conditional && next(3) === 0 ? { condition: 'on' } : {}),
      };
    }
    const design: Design = {
      isotherm: 1,
      name: 'prop',
      heat_template_version: '2021-04-16',
      regions: laneDefs,
      parameters,
      ...(conditional ? { conditions: { on: { equals: [{ get_param: 'p0' }, 'yes'] } } } : {}),
      ...(next(2) === 0
        ? { parameter_groups: [{ label: 'first', parameters: ['p0', 'p1'] }] }
        : {}),
      resources,
      outputs: outs,
      layout: {},
    };
    return design;
  });
