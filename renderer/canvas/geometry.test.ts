import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../shared/design/model';
import { NODE_H, NODE_W, autoPosition, resourcePositions } from './geometry';

describe('resourcePositions', () => {
  it('puts a resource without a saved place on a free slot, not on a placed resource', () => {
    const d = emptyDesign('t');
    d.regions = [{ id: 'a', region_name: 'RegionOne' }];
    d.resources = {
      placed: { type: 'OS::Heat::None', region: 'a' },
      fromYaml: { type: 'OS::Heat::None', region: 'a' },
      another: { type: 'OS::Heat::None', region: 'a' },
    };
    d.layout = { placed: autoPosition(1) };
    const p = resourcePositions(d);
    expect([...p.keys()]).toEqual(['placed', 'fromYaml', 'another']);
    const all = [...p.values()];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i]!;
        const b = all[j]!;
        expect(Math.abs(a.x - b.x) >= NODE_W || Math.abs(a.y - b.y) >= NODE_H).toBe(true);
      }
    expect(p.get('fromYaml')).toEqual(autoPosition(0));
    expect(p.get('another')).toEqual(autoPosition(2));
  });
});
