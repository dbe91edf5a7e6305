import { describe, expect, it } from 'vitest';
import { cycleThrough, isCyclic, stronglyConnected } from '../design/graph';
import {
  crossRefBaseName,
  parseCrossLaneParameterDescription,
  crossLaneParameterDescription,
  sanitizeName,
  claimUniqueName,
} from './naming';
import { rewriteValue } from './rewrite';

describe('graph', () => {
  it('finds strongly connected components, dependencies first', () => {
    // 0 -> 1 -> 2 -> 1, 3 -> 0, 4 alone
    const edges = [[1], [2], [1], [0], []];
    const comps = stronglyConnected(5, edges);
    expect(comps).toEqual([[1, 2], [0], [3], [4]]);
    expect(comps.map((c) => isCyclic(c, edges))).toEqual([true, false, false, false]);
    expect(isCyclic([0], [[0]])).toBe(true);
  });

  it('names a shortest cycle through the smallest node', () => {
    const edges = [[1], [2, 0], [0]];
    expect(cycleThrough([0, 1, 2], edges)).toEqual([0, 1, 0]);
    expect(cycleThrough([0, 1, 2], [[1], [2], [0]])).toEqual([0, 1, 2, 0]);
    expect(cycleThrough([3], [[], [], [], [3]])).toEqual([3, 3]);
  });

  it('handles long chains without exhausting the stack', () => {
    const n = 100_000;
    const edges = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [0]));
    expect(stronglyConnected(n, edges)).toHaveLength(1);
  });
});

describe('naming', () => {
  it('builds deterministic, sanitized, collision-safe names', () => {
    expect(crossRefBaseName('get_resource', 'db')).toBe('db_id');
    expect(crossRefBaseName('get_attr', 'srv', ['networks', 'private', 0])).toBe(
      'srv_networks_private_0',
    );
    expect(crossRefBaseName('get_attr', 'grp', ['resource.0.ip'])).toBe('grp_resource_0_ip');
    expect(crossRefBaseName('get_attr', 'st', ['outputs', { get_param: 'key' }])).toBe(
      'st_outputs_key',
    );
    expect(crossRefBaseName('get_attr', 'st', ['outputs', { list_join: ['', ['a']] }])).toMatch(
      /^st_outputs_dyn[0-9a-f]{6}$/,
    );
    expect(crossRefBaseName('get_attr', 'db')).toBe('db_attributes');
    expect(sanitizeName('a b/c:ü')).toBe('a_b_c__');
    const taken = new Set(['x']);
    expect([
      claimUniqueName('x', taken),
      claimUniqueName('x', taken),
      claimUniqueName('y', taken),
    ]).toEqual(['x_2', 'x_3', 'y']);
  });

  it('parses the parameter description back (for the importer)', () => {
    expect(
      parseCrossLaneParameterDescription(crossLaneParameterDescription('db_value', 'east')),
    ).toEqual({ output: 'db_value', fromLane: 'east' });
    expect(parseCrossLaneParameterDescription('A parameter')).toBeUndefined();
    expect(parseCrossLaneParameterDescription(42)).toBeUndefined();
  });
});

describe('rewriteValue', () => {
  it('keeps keys such as __proto__ as own keys', () => {
    const value = JSON.parse(
      '{"__proto__": {"get_resource": "a"}, "k": [1, {"get_attr": ["a", "x"]}]}',
    );
    const out = rewriteValue(value, 'west', {
      laneOf: () => 'east',
      resolve: (s) => `${s.target}_${s.kind}`,
      unsupported: () => undefined,
    });
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(JSON.stringify(out)).toBe(
      '{"__proto__":{"get_param":"a_get_resource"},"k":[1,{"get_param":"a_get_attr"}]}',
    );
  });
});
