import { describe, expect, it } from 'vitest';
import { designReferences } from '../refs';
import { addLane, moveLane, removeLane, renameLane } from './lanes';
import {
  addResource,
  moveResource,
  removeResources,
  renameProblem,
  renameResource,
  setProperty,
} from './resources';
import { bindingsFor, connect, disconnect } from './connect';
import { copyFragment, duplicate, paste } from './clipboard';
import { baseIdOfType } from './ids';
import { miniCatalog, twoLaneDesign } from '../../../test/support/testFixtures';

describe('lanes', () => {
  it('adds, renames (resources follow), reorders', () => {
    let d = addLane(twoLaneDesign(), { id: 'north', region_name: 'RegionThree' }, 1);
    expect(d.regions.map((r) => r.id)).toEqual(['east', 'north', 'west']);
    d = renameLane(d, 'east', { id: 'south', region_name: 'R1' });
    expect(d.regions[0]).toEqual({ id: 'south', region_name: 'R1' });
    expect(d.resources.net!.region).toBe('south');
    expect(d.resources.val!.region).toBe('west');
    expect(renameLane(d, 'south', { id: 'west' })).toBe(d);
    d = moveLane(d, 'south', 2);
    expect(d.regions.map((r) => r.id)).toEqual(['north', 'west', 'south']);
  });

  it('removes a lane deleting its resources and the references to them', () => {
    const d = removeLane(twoLaneDesign(), 'east', { kind: 'delete' });
    expect(d.regions.map((r) => r.id)).toEqual(['west']);
    expect(Object.keys(d.resources)).toEqual(['val']);
    expect(d.resources.val!.properties).toBeUndefined();
    expect(d.resources.val!.depends_on).toBeUndefined();
    expect(d.outputs).toEqual({ both: { value: ['x'] } });
    expect(designReferences(d)).toEqual([]);
  });

  it('removes a lane moving its resources', () => {
    const d = removeLane(twoLaneDesign(), 'east', { kind: 'move', to: 'west' });
    expect(Object.values(d.resources).map((r) => r.region)).toEqual(['west', 'west', 'west']);
    expect(designReferences(d)).toEqual(designReferences(twoLaneDesign()));
    expect(
      removeLane(twoLaneDesign(), 'east', { kind: 'move', to: 'nowhere' }).regions,
    ).toHaveLength(2);
  });
});

describe('resources', () => {
  it('derives unique ids from the type', () => {
    expect(baseIdOfType('OS::Nova::Server')).toBe('server');
    expect(baseIdOfType('OS::Neutron::FloatingIPAssociation')).toBe('floating_ip_association');
    let d = twoLaneDesign();
    const a = addResource(d, {
      type: 'OS::Neutron::Net',
      lane: 'west',
      position: { x: 1.4, y: 2.6 },
    });
    expect(a.id).toBe('net_2');
    d = a.design;
    expect(d.layout.net_2).toEqual({ x: 1, y: 3 });
    expect(addResource(d, { type: 'OS::Neutron::Net', lane: 'west' }).id).toBe('net_3');
  });

  it('removes a required reference leaving the property empty', () => {
    const d = removeResources(twoLaneDesign(), ['net']);
    expect(d.resources.port!.properties).toBeUndefined();
    expect(d.resources.val!.depends_on).toBeUndefined();
    expect(d.layout.net).toBeUndefined();
    expect(d.outputs.both).toEqual({ value: ['x'] });
  });

  it('renames every reference and the layout key, keeping order', () => {
    const d = renameResource(twoLaneDesign(), 'port', 'nic');
    expect(Object.keys(d.resources)).toEqual(['net', 'nic', 'val']);
    expect(d.resources.val!.properties).toEqual({ value: { get_attr: ['nic', 'mac_address'] } });
    expect(d.outputs.mac!.value).toEqual({ get_attr: ['nic', 'mac_address'] });
    expect(d.layout.nic).toEqual({ x: 200, y: 20 });
    expect(renameProblem(d, 'nic', 'net')).toMatch(/exists/);
    expect(renameProblem(d, 'nic', '1x')).toBeDefined();
    expect(renameResource(d, 'nic', 'net')).toBe(d);
  });

  it('moves to another lane and sets nested properties', () => {
    let d = moveResource(twoLaneDesign(), 'net', { lane: 'west', position: { x: 5, y: 6 } });
    expect(d.resources.net!.region).toBe('west');
    expect(d.layout.net).toEqual({ x: 5, y: 6 });
    d = setProperty(d, 'port', ['fixed_ips', 0, 'ip_address'], '10.0.0.5');
    expect(d.resources.port!.properties!.fixed_ips).toEqual([{ ip_address: '10.0.0.5' }]);
    d = setProperty(d, 'port', ['fixed_ips'], undefined);
    expect(Object.keys(d.resources.port!.properties!)).toEqual(['network']);
  });
});

describe('connect', () => {
  const catalog = miniCatalog();
  it('lists fitting properties, attributes and depends_on', () => {
    const d = addResource(twoLaneDesign(), { type: 'OS::Neutron::Subnet', lane: 'east' }).design;
    const o = bindingsFor(d, catalog, 'port', 'subnet');
    expect(o.fitting.map((f) => f.label)).toEqual(['fixed_ips[].subnet']);
    expect(o.fitting[0]!.path).toEqual(['fixed_ips', 0, 'subnet']);
    expect(bindingsFor(d, catalog, 'subnet', 'net').fitting.map((f) => f.label)).toEqual([
      'network',
    ]);
    expect(bindingsFor(d, catalog, 'val', 'net').attributes.map((a) => a.name)).toEqual([
      'name',
      'subnets',
    ]);
    expect(bindingsFor(d, catalog, 'val', 'val')).toEqual({
      fitting: [],
      attributes: [],
      attributeTargets: [],
    });
  });

  it('writes and removes references', () => {
    let d = addResource(twoLaneDesign(), { type: 'OS::Neutron::Subnet', lane: 'east' }).design;
    d = connect(d, 'subnet', 'net', { kind: 'property', path: ['network'] });
    expect(d.resources.subnet!.properties).toEqual({ network: { get_resource: 'net' } });
    d = connect(d, 'port', 'subnet', { kind: 'property', path: ['fixed_ips', 0, 'subnet'] });
    d = connect(d, 'port', 'subnet', { kind: 'property', path: ['fixed_ips', 1, 'subnet'] });
    expect(d.resources.port!.properties!.fixed_ips).toHaveLength(2);
    d = connect(d, 'val', 'subnet', { kind: 'depends_on' });
    expect(d.resources.val!.depends_on).toEqual(['net', 'subnet']);
    expect(connect(d, 'val', 'subnet', { kind: 'depends_on' })).toBe(d);
    d = connect(d, 'net', 'val', { kind: 'attribute', path: ['name'], attribute: 'value' });
    expect(d.resources.net!.properties).toEqual({ name: { get_attr: ['val', 'value'] } });
    const before = designReferences(d).length;
    for (const ref of designReferences(d)
      .filter((r) => r.target === 'subnet')
      .reverse())
      d = disconnect(d, ref);
    expect(designReferences(d)).toHaveLength(before - 3);
    expect(d.resources.port!.properties).toEqual({ network: { get_resource: 'net' } });
  });
});

describe('clipboard', () => {
  it('duplicates with fresh ids, internal references remapped, external ones kept', () => {
    const { design: d, ids } = duplicate(twoLaneDesign(), ['net', 'port']);
    expect(ids).toEqual({ net: 'net_2', port: 'port_2' });
    expect(d.resources.port_2!.properties).toEqual({ network: { get_resource: 'net_2' } });
    expect(d.layout.port_2).toEqual({ x: 230, y: 50 });
    const single = duplicate(twoLaneDesign(), ['port']).design;
    expect(single.resources.port_2!.properties).toEqual({ network: { get_resource: 'net' } });
  });

  it('pastes into another design dropping dangling references', () => {
    const frag = copyFragment(twoLaneDesign(), ['port', 'val']);
    const target = { ...twoLaneDesign(), resources: {}, layout: {}, outputs: {} };
    const { design: d } = paste(target, frag, { lane: 'west' });
    expect(d.resources.port!.properties).toBeUndefined();
    expect(d.resources.val!.properties).toEqual({ value: { get_attr: ['port', 'mac_address'] } });
    expect(d.resources.val!.depends_on).toBeUndefined();
    expect(Object.values(d.resources).every((r) => r.region === 'west')).toBe(true);
  });
});

describe('no-op edits return the same design', () => {
  it('moving to the same place changes nothing', () => {
    const d = twoLaneDesign();
    expect(moveResource(d, 'net', { position: { x: 10, y: 20 }, lane: 'east' })).toBe(d);
  });
});

describe('design fields', () => {
  it('renames a parameter with its get_param uses', async () => {
    const { renameParameter, setParameter } = await import('./designFields');
    let d = setParameter(twoLaneDesign(), 'image', { type: 'string', default: 'cirros' });
    d = setProperty(d, 'net', ['name'], { get_param: 'image' });
    d = setProperty(d, 'port', ['x'], { get_param: ['image', 0] });
    d = renameParameter(d, 'image', 'img');
    expect(Object.keys(d.parameters)).toEqual(['img']);
    expect(d.resources.net!.properties).toEqual({ name: { get_param: 'img' } });
    expect(d.resources.port!.properties!.x).toEqual({ get_param: ['img', 0] });
  });
});
