import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { testDesign } from '../../test/support/testDesign';
import { emptyDesign, type HotMap } from '../design/model';
import { parseDesign } from '../design/parse';
import { validate } from '../validate/validate';
import { compile } from './compile';
import { exportNested } from './nested';

// Compile and validate against the catalog snapshot taken from a real Heat (assets/catalog/heat-zed.json).
const catalog = bundledCatalog();
const examplesDir = fileURLToPath(new URL('../../assets/examples/', import.meta.url));
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.isotherm.yaml'))
  .sort();

function example(file: string) {
  const parsed = parseDesign(readFileSync(`${examplesDir}${file}`, 'utf8'));
  expect(parsed.design, `${file}: ${JSON.stringify(parsed.diagnostics)}`).not.toBeNull();
  return parsed.design!;
}
const stepsOf = (waves: { lane: string; pass: number }[][]) =>
  waves.map((w) => w.map((s) => `${s.lane}#${s.pass}`));

describe('the examples, compiled with the bundled catalog', () => {
  it('there are examples', () => expect(examples.length).toBeGreaterThanOrEqual(5));

  for (const file of examples) {
    it(`${file}: no error, one template per lane, every lane in the plan`, () => {
      const design = example(file);
      const result = compile(design, catalog);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(Object.keys(result.templates)).toEqual(design.regions.map((r) => r.id));
      expect(
        result.plan.waves
          .flat()
          .filter((s) => s.pass === 1)
          .map((s) => s.lane)
          .sort(),
      ).toEqual(design.regions.map((r) => r.id).sort());
    });
  }

  it('the site-to-site VPN deploys both sides in two passes, the nested export refuses it', () => {
    const design = example('site-to-site-vpn.isotherm.yaml');
    const result = compile(design, catalog);
    expect(stepsOf(result.plan.waves)).toEqual([
      ['east#1', 'west#1'],
      ['east#2', 'west#2'],
    ]);
    expect(exportNested(design, result).diagnostics.map((d) => d.code)).toEqual(['E_NESTED_CYCLE']);
  });

  it('the three-region chain deploys in three waves, and exports to a parent template', () => {
    const design = example('three-region-chain.isotherm.yaml');
    const result = compile(design, catalog);
    expect(stepsOf(result.plan.waves)).toEqual([['east#1'], ['west#1'], ['south#1']]);
    const nested = exportNested(design, result);
    expect(nested.diagnostics).toEqual([]);
    expect(Object.keys(nested.parent.resources as object)).toEqual(['east', 'west', 'south']);
  });
});

describe('validate with the bundled catalog', () => {
  it('asks for the network of a port, naming the types an edge may go to', () => {
    const design = testDesign({
      regions: { east: 'R1' },
      resources: { port1: { type: 'OS::Neutron::Port', region: 'east' } },
    });
    const ds = validate(design, catalog);
    expect(ds.map((d) => d.code)).toEqual(['E_MISSING_PROPERTY']);
    expect(ds[0]!.message).toBe(
      "Property 'network' of Port 'port1' is required: draw an edge to a VPC, Net or ProviderNet or set it in the inspector.",
    );
  });

  it('warns when a port is bound to a subnet instead of a network', () => {
    const design = testDesign({
      regions: { east: 'R1' },
      resources: {
        net: { type: 'OS::Neutron::Net', region: 'east' },
        sub: {
          type: 'OS::Neutron::Subnet',
          region: 'east',
          properties: { network: { get_resource: 'net' }, cidr: '10.0.0.0/24' },
        },
        port: {
          type: 'OS::Neutron::Port',
          region: 'east',
          properties: { network: { get_resource: 'sub' } },
        },
      },
    });
    expect(validate(design, catalog).map((d) => `${d.code} ${d.resource}`)).toEqual([
      'W_CONSTRAINT_TARGET port',
    ]);
  });

  it("accepts Heat's own defaults for every property of every type (checks the type rules against real schemas)", () => {
    const design = emptyDesign('defaults');
    design.regions = [{ id: 'a', region_name: 'R' }];
    for (const [type, schema] of Object.entries(catalog.types)) {
      const properties: HotMap = {};
      for (const [name, p] of Object.entries(schema.properties))
        if (p.default !== undefined && p.default !== null) properties[name] = p.default as HotMap;
      design.resources[type.replace(/:/g, '_')] = { type, region: 'a', properties };
    }
    // defaults alone leave required choices unmade (a required property, one of subnetpool/cidr...), and some
    // types and defaults are deprecated or hidden in Heat: those diagnostics are expected here
    const expected =
      /^(E_MISSING_PROPERTY|E_PROPERTY_UNSPECIFIED|E_PROPERTY_RULE|W_DEPRECATED_\w+)$/;
    const problems = validate(design, catalog).filter((d) => !expected.test(d.code));
    // Heat itself declares `default: {}` on this list property (Heat would refuse that value too)
    expect(problems.map((d) => `${d.code} ${d.resource}.${d.path?.join('.')}`)).toEqual([
      'E_PROPERTY_TYPE OS__Neutron__NetworkGateway.properties.connections',
    ]);
    expect(Object.keys(design.resources).length).toBeGreaterThan(150);
  });
});
