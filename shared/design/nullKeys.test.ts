import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse';
import { serializeDesign } from './serialize';

/** A design file as serializeDesign renders it, with the keys HOT allows to be null written as null. */
const FILE = `isotherm: 1
name: shop
description: null
heat_template_version: 2021-04-16
regions:
  east: {region_name: RegionOne}
parameters: null
parameter_groups: null
conditions: null
resources:
  db:
    type: OS::Heat::RandomString
    region: east
    properties: null
    depends_on: null
    deletion_policy: null
outputs: null
`;

describe('design file: keys written as null', () => {
  it('parses them as null, without diagnostics', () => {
    const { design, diagnostics } = parseDesign(FILE);
    expect(diagnostics).toEqual([]);
    expect(design!.resources.db).toStrictEqual({
      type: 'OS::Heat::RandomString',
      region: 'east',
      properties: null,
      depends_on: null,
      deletion_policy: null,
    });
    expect([design!.description, design!.parameter_groups, design!.conditions]).toEqual([
      null,
      null,
      null,
    ]);
    expect(design!.nullSections).toEqual(['parameters', 'outputs']);
  });

  it('keeps `resources: null` too (a design with no resources yet)', () => {
    const text =
      'isotherm: 1\nname: shop\nheat_template_version: 2021-04-16\nregions: {}\nresources: null\n';
    const { design, diagnostics } = parseDesign(text);
    expect(diagnostics).toEqual([]);
    expect(serializeDesign(design!)).toBe(text);
  });

  it('serializes byte-identically, with and without the source', () => {
    const { design, source } = parseDesign(FILE);
    expect(serializeDesign(design!)).toBe(FILE);
    expect(serializeDesign(design!, source)).toBe(FILE);
  });
});
