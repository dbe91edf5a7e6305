import { describe, expect, it } from 'vitest';
import { compiled, designOf, exampleText } from '../../../test/support/designs';
import { overlaps } from '../../canvas/routing/types';
import { planPicture } from './planLayout';

const pictureOf = (file: string) => {
  const { plan } = compiled(designOf(exampleText(file)));
  return { plan, picture: planPicture(plan) };
};

describe('planPicture', () => {
  it('puts each wave in its own column, its stacks one below the other, none overlapping', () => {
    const { plan, picture } = pictureOf('three-region-chain.isotherm.yaml');
    expect(picture.columns).toHaveLength(plan.waves.length);
    const xs = picture.steps.map((s) => s.x);
    expect(new Set(xs).size).toBe(plan.waves.length);
    for (const a of picture.steps)
      for (const b of picture.steps) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(picture.width).toBeGreaterThan(Math.max(...picture.steps.map((s) => s.x + s.w)));
  });

  it('draws the values flowing between stacks, from the producer to the receiver', () => {
    const { plan, picture } = pictureOf('web-two-regions.isotherm.yaml');
    expect(plan.inputs.length).toBeGreaterThan(0);
    const carried = picture.flows.flatMap((f) => f.values).sort();
    expect(carried).toEqual(plan.inputs.map((i) => i.parameter).sort());
    for (const f of picture.flows) {
      const from = picture.steps.find((s) => s.key === f.from)!;
      const to = picture.steps.find((s) => s.key === f.to)!;
      expect(from.x).toBeLessThan(to.x); // values flow forward, wave to wave
      expect(f.points[0]!.x).toBe(from.x + from.w);
      expect(f.points[f.points.length - 1]!.x).toBe(to.x);
    }
    const receiver = picture.steps.find((s) => s.lane === plan.inputs[0]!.lane)!;
    expect(receiver.inputs.some((t) => t.startsWith(plan.inputs[0]!.parameter))).toBe(true);
  });

  it('shows the passes of lanes that depend on each other as separate steps', () => {
    const { plan, picture } = pictureOf('site-to-site-vpn.isotherm.yaml');
    const multi = plan.stacks.filter((s) => s.passes > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const s of multi)
      expect(picture.steps.filter((p) => p.lane === s.lane)).toHaveLength(s.passes);
    // a later pass waits for the other side's earlier pass
    expect(picture.flows.some((f) => f.to.endsWith('#2'))).toBe(true);
  });
});
