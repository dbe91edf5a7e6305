import { describe, expect, it } from 'vitest';
import { emptyDesign, type Design, type DesignResource } from '../design/model';
import { layoutDesign, layoutLane, NODE_HEIGHT, NODE_WIDTH } from './layout';

function design(resources: Record<string, DesignResource>): Design {
  const d = emptyDesign('t');
  d.regions = [
    { id: 'a', region_name: 'A' },
    { id: 'b', region_name: 'B' },
  ];
  d.resources = resources;
  return d;
}

const overlap = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.abs(p.x - q.x) < NODE_WIDTH && Math.abs(p.y - q.y) < NODE_HEIGHT;

describe('layout', () => {
  const d = design({
    net: { type: 'OS::Neutron::Net', region: 'a' },
    sub: {
      type: 'OS::Neutron::Subnet',
      region: 'a',
      properties: { network: { get_resource: 'net' } },
    },
    port: {
      type: 'OS::Neutron::Port',
      region: 'a',
      properties: {
        network: { get_resource: 'net' },
        fixed_ips: [{ subnet: { get_resource: 'sub' } }],
      },
    },
    lone: { type: 'OS::Heat::None', region: 'a' },
    far: {
      type: 'OS::Heat::Value',
      region: 'b',
      properties: { value: { get_attr: ['port', 'fixed_ips'] } },
      depends_on: 'far2',
    },
    far2: { type: 'OS::Heat::None', region: 'b' },
  });

  it('places dependencies left of their dependents, lane-relative from 0,0, without overlaps', async () => {
    const pos = await layoutDesign(d);
    expect(Object.keys(pos).sort()).toEqual(['far', 'far2', 'lone', 'net', 'port', 'sub']);
    expect(pos.net!.x).toBeLessThan(pos.sub!.x);
    expect(pos.sub!.x).toBeLessThan(pos.port!.x);
    expect(pos.far2!.x).toBeLessThan(pos.far!.x);
    for (const lane of ['a', 'b']) {
      const ids = Object.keys(d.resources).filter((id) => d.resources[id]!.region === lane);
      expect(Math.min(...ids.map((id) => pos[id]!.x))).toBe(0);
      expect(Math.min(...ids.map((id) => pos[id]!.y))).toBe(0);
      for (const i of ids)
        for (const j of ids) if (i !== j) expect(overlap(pos[i]!, pos[j]!)).toBe(false);
    }
  });

  it('lays out one lane alone, top-down when asked, and is deterministic', async () => {
    const down = await layoutLane(d, 'a', { direction: 'DOWN' });
    expect(Object.keys(down).sort()).toEqual(['lone', 'net', 'port', 'sub']);
    expect(down.net!.y).toBeLessThan(down.sub!.y);
    expect(await layoutLane(d, 'a', { direction: 'DOWN' })).toEqual(down);
    expect(await layoutLane(d, 'nope')).toEqual({});
  });
});
