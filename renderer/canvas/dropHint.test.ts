import { describe, expect, it } from 'vitest';
import { bindingsFor } from '../../shared/design/ops';
import { miniCatalog, twoLaneDesign } from '../../shared/design/ops/testFixtures';
import { dropHint } from './dropHint';

describe('dropHint', () => {
  it('names the one property a drop binds, else says a chooser asks', () => {
    const d = twoLaneDesign();
    const c = miniCatalog();
    expect(dropHint(bindingsFor(d, c, 'port', 'net'))).toBe('binds network');
    expect(dropHint({ fitting: [], attributes: [{ name: 'value' }], attributeTargets: [] })).toBe(
      'choose an attribute or depends_on',
    );
    expect(dropHint({ fitting: [], attributes: [], attributeTargets: [] })).toBe('depends_on only');
    const two = { path: ['a'], label: 'a', required: false };
    expect(
      dropHint({ fitting: [two, { ...two, label: 'b' }], attributes: [], attributeTargets: [] }),
    ).toBe('choose: 2 properties fit');
  });
});
