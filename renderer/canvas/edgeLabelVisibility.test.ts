import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPinned, selectedSetOf } from './edgeLabelVisibility';

describe('edge label visibility', () => {
  it('pins a label while its edge or one of its endpoints is selected, and only then', () => {
    const none = { selected: [], selectedEdge: null };
    expect(labelPinned(none, 'e1', 'a', 'b')).toBe(false);
    expect(labelPinned({ selected: [], selectedEdge: 'e1' }, 'e1', 'a', 'b')).toBe(true);
    expect(labelPinned({ selected: [], selectedEdge: 'e2' }, 'e1', 'a', 'b')).toBe(false);
    expect(labelPinned({ selected: ['a'], selectedEdge: null }, 'e1', 'a', 'b')).toBe(true);
    expect(labelPinned({ selected: ['c', 'b'], selectedEdge: null }, 'e1', 'a', 'b')).toBe(true);
    expect(labelPinned({ selected: ['c', 'd'], selectedEdge: null }, 'e1', 'a', 'b')).toBe(false);
  });

  it('agrees with a plain membership test for any selection', () => {
    const name = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.array(name),
        name,
        name,
        fc.option(fc.constantFrom('e1', 'e2')),
        (selected, source, target, selectedEdge) => {
          const expected =
            selectedEdge === 'e1' || selected.includes(source) || selected.includes(target);
          expect(labelPinned({ selected, selectedEdge }, 'e1', source, target)).toBe(expected);
        },
      ),
    );
  });

  it('builds the selection set once per selection array', () => {
    const selected = ['x', 'y'];
    const first = selectedSetOf(selected);
    expect(selectedSetOf(selected)).toBe(first);
    expect([...first]).toEqual(['x', 'y']);
    expect(selectedSetOf(['x', 'y'])).not.toBe(first);
  });
});
