import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, LIMITS, parseLayout, serializeLayout, withSize } from './panelLayout';

describe('panel layout', () => {
  it('round-trips through its stored text', () => {
    const l = { ...withSize(DEFAULT_LAYOUT, 'side', 500), paletteCollapsed: true };
    expect(parseLayout(serializeLayout(l))).toEqual(l);
  });

  it('restores bad stored values to defaults or limits', () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('{not json')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('[1]')).toEqual(DEFAULT_LAYOUT);
    const l = parseLayout(
      JSON.stringify({ palette: 5, side: 'wide', bottom: 1e9, sideCollapsed: 'yes' }),
    );
    expect(l.palette).toBe(LIMITS.palette[0]);
    expect(l.side).toBe(DEFAULT_LAYOUT.side);
    expect(l.bottom).toBe(LIMITS.bottom[1]);
    expect(l.sideCollapsed).toBe(false);
  });

  it('keeps sizes within limits', () => {
    expect(withSize(DEFAULT_LAYOUT, 'inspectorShare', 2).inspectorShare).toBe(
      LIMITS.inspectorShare[1],
    );
    expect(withSize(DEFAULT_LAYOUT, 'palette', 300.4).palette).toBe(300);
  });
});
