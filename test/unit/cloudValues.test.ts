// The pure parts of picking from the cloud: the lookup table (paths, answers), search, what a pick
// writes, the literals validate-on-cloud checks (nested in lists and maps, never intrinsics) and the
// warning for a value the region lacks; the lane header's drift mark and the inspector's pick target.
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../electron/catalog/bundled';
import {
  CLOUD_LOOKUPS,
  cloudLookupOf,
  filterCloudValues,
  hasCloudValue,
  lookupPath,
  pickedValue,
  valuesFromAnswer,
} from '../../shared/catalog/cloudLookups';
import { parseDesign } from '../../shared/design/parse';
import { cloudLiterals, notInCloud, valuesUnchecked } from '../../shared/validate/cloudLiterals';
import { driftMarkOf } from '../../renderer/deploy/laneDrift';
import { cloudPickFor } from '../../renderer/inspector/schemaFields';

const catalog = bundledCatalog();

const design = parseDesign(`isotherm: 1
name: picks
heat_template_version: 2021-04-16
regions:
  one: {region_name: RegionOne}
  two: {region_name: RegionTwo, cloud: other}
resources:
  net:
    type: OS::Neutron::Net
    region: one
  vm:
    type: OS::Nova::Server
    region: one
    properties:
      flavor: m1.tiny
      image: {get_param: image}
      key_name: ''
      networks: [{network: public}, {network: {get_resource: net}}, {port: p-1}]
  sg:
    type: OS::Neutron::Port
    region: two
    properties: {network: ext, fixed_ips: [{subnet: s-1, ip_address: 10.0.0.5}]}
outputs: {}
layout: {}
`).design!;

describe('cloud lookups', () => {
  it('every lookup is for a custom_constraint that the catalog uses', () => {
    const used = JSON.stringify(catalog.types);
    for (const c of Object.keys(CLOUD_LOOKUPS))
      expect(used).toContain(`"custom_constraint":"${c}"`);
    expect(cloudLookupOf('ip_addr')).toBeUndefined();
    expect(cloudLookupOf('__proto__')).toBeUndefined();
    expect(cloudLookupOf(undefined)).toBeUndefined();
  });

  it('adds the API version unless the endpoint already has it', () => {
    const net = cloudLookupOf('neutron.network')!;
    expect(lookupPath(net, 'http://h:9696')).toBe('/v2.0/networks');
    expect(lookupPath(net, 'http://h:9696/v2.0/')).toBe('/networks');
    expect(lookupPath(cloudLookupOf('glance.image')!, 'http://h:9292')).toBe(
      '/v2/images?limit=1000',
    );
    expect(lookupPath(cloudLookupOf('nova.flavor')!, 'http://h:8774/v2.1')).toBe('/flavors');
    expect(lookupPath(cloudLookupOf('octavia.pool')!, 'http://h:9876')).toBe('/v2/lbaas/pools');
  });

  it('reads answers (sorted by name, wrapped key pairs, no item without id) and never throws', () => {
    expect(
      valuesFromAnswer(cloudLookupOf('nova.flavor')!, {
        flavors: [
          { id: '2', name: 'm1.small' },
          { id: '1', name: 'm1.tiny' },
          { name: 'no-id' },
          null,
          7,
        ],
      }),
    ).toEqual([
      { id: '2', name: 'm1.small' },
      { id: '1', name: 'm1.tiny' },
    ]);
    expect(
      valuesFromAnswer(cloudLookupOf('nova.keypair')!, {
        keypairs: [{ keypair: { name: 'mine', fingerprint: 'x' } }],
      }),
    ).toEqual([{ id: 'mine', name: 'mine' }]);
    for (const body of [undefined, null, 'x', { flavors: 'no' }, { other: [] }])
      expect(valuesFromAnswer(cloudLookupOf('nova.flavor')!, body)).toEqual([]);
  });

  const values = [
    { id: 'aaa-1', name: 'cirros' },
    { id: 'bbb-2', name: 'ubuntu jammy' },
    { id: 'ccc-3', name: 'ubuntu jammy' },
    { id: 'ddd-4', name: '' },
  ];

  it('searches by every word in name or id, case-insensitively', () => {
    expect(filterCloudValues(values, '').map((v) => v.id)).toEqual([
      'aaa-1',
      'bbb-2',
      'ccc-3',
      'ddd-4',
    ]);
    expect(filterCloudValues(values, 'JAMMY ubu').map((v) => v.id)).toEqual(['bbb-2', 'ccc-3']);
    expect(filterCloudValues(values, 'ccc').map((v) => v.id)).toEqual(['ccc-3']);
    expect(filterCloudValues(values, 'cirros zzz')).toEqual([]);
  });

  it('a pick writes the name when it is unique, else the id; a value matches by name or id', () => {
    expect(pickedValue(values, values[0]!)).toBe('cirros');
    expect(pickedValue(values, values[1]!)).toBe('bbb-2');
    expect(pickedValue(values, values[3]!)).toBe('ddd-4');
    expect(hasCloudValue(values, 'cirros')).toBe(true);
    expect(hasCloudValue(values, 'ccc-3')).toBe(true);
    expect(hasCloudValue(values, '')).toBe(false);
    expect(hasCloudValue(values, 'fedora')).toBe(false);
  });
});

describe('literals validate-on-cloud checks', () => {
  const literals = cloudLiterals(design, catalog);
  const seen = literals.map((l) => [
    l.resource,
    l.path.join('.'),
    l.constraint,
    l.value,
    l.regionName,
  ]);

  it('finds constrained string literals in properties, lists and maps, with the lane region', () => {
    expect(seen).toEqual(
      expect.arrayContaining([
        ['vm', 'properties.flavor', 'nova.flavor', 'm1.tiny', 'RegionOne'],
        ['vm', 'properties.networks.0.network', 'neutron.network', 'public', 'RegionOne'],
        ['vm', 'properties.networks.2.port', 'neutron.port', 'p-1', 'RegionOne'],
        ['sg', 'properties.network', 'neutron.network', 'ext', 'RegionTwo'],
        ['sg', 'properties.fixed_ips.0.subnet', 'neutron.subnet', 's-1', 'RegionTwo'],
      ]),
    );
    expect(literals.find((l) => l.resource === 'sg')?.cloud).toBe('other');
  });

  it('skips intrinsics, empty strings and unconstrained properties', () => {
    expect(seen.filter(([r, p]) => r === 'vm' && p === 'properties.image')).toEqual([]);
    expect(seen.filter(([, p]) => p === 'properties.key_name')).toEqual([]);
    expect(seen.filter(([, p]) => p === 'properties.networks.1.network')).toEqual([]);
    expect(seen).toHaveLength(5);
  });

  it('warns, naming the value and the region, only when the region lacks it', () => {
    const flavor = literals.find((l) => l.constraint === 'nova.flavor')!;
    expect(notInCloud(flavor, [{ id: '1', name: 'm1.tiny' }], 'dev')).toBeUndefined();
    expect(notInCloud(flavor, [{ id: 'm1.tiny', name: 'x' }], 'dev')).toBeUndefined();
    expect(notInCloud(flavor, [{ id: '2', name: 'm1.small' }], 'dev')).toEqual({
      code: 'W_NOT_IN_CLOUD',
      severity: 'warning',
      message: expect.stringMatching(
        /^"m1\.tiny" is not among the flavors of region RegionOne on dev/,
      ),
      resource: 'vm',
      path: ['properties', 'flavor'],
      lane: 'one',
    });
  });
});

it('says which values could not be checked, and why, on the lane', () => {
  const flavor = cloudLiterals(design, catalog).find((l) => l.constraint === 'nova.flavor')!;
  expect(valuesUnchecked(flavor, 'Region RegionOne has no compute (Nova) service.')).toEqual({
    code: 'I_CLOUD_VALUES_UNCHECKED',
    severity: 'info',
    message:
      'The flavors named in lane one were not checked against region RegionOne: Region RegionOne has no compute (Nova) service.',
    lane: 'one',
  });
});

describe('the inspector and the lane headers', () => {
  const flavor = catalog.types['OS::Nova::Server']!.properties['flavor']!;
  const name = catalog.types['OS::Nova::Server']!.properties['name']!;

  it('offers a pick only with a cloud, for constraints with a lookup, in the lane region and cloud', () => {
    expect(cloudPickFor(design, 'one', 'dev')(flavor)).toEqual({
      cloud: 'dev',
      region: 'RegionOne',
      constraint: 'nova.flavor',
    });
    expect(cloudPickFor(design, 'two', 'dev')(flavor)).toMatchObject({
      cloud: 'other',
      region: 'RegionTwo',
    });
    expect(cloudPickFor(design, 'one', null)(flavor)).toBeUndefined();
    expect(cloudPickFor(design, 'one', 'dev')(name)).toBeUndefined();
    expect(cloudPickFor(design, 'gone', 'dev')(flavor)).toBeUndefined();
  });

  it('marks a changed or deleted stack with what changed and when', () => {
    const lane = { lane: 'one', regionName: 'RegionOne', stack: 'picks-one', exists: true };
    expect(driftMarkOf(lane, 't0')).toBeUndefined();
    const changed = driftMarkOf(
      { ...lane, drift: { kind: 'changed', message: 'updated outside Isotherm at T1', at: 'T1' } },
      't0',
    );
    expect(changed).toMatchObject({ kind: 'changed', label: 'changed outside Isotherm' });
    expect(changed?.title).toMatch(
      /^Stack picks-one in RegionOne was changed outside Isotherm since its last deploy \(at T1\): updated/,
    );
    expect(
      driftMarkOf({ ...lane, exists: false, drift: { kind: 'deleted', message: 'gone' } }, 't0')
        ?.label,
    ).toBe('deleted outside Isotherm');
  });
});
