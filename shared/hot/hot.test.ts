import { describe, expect, it } from 'vitest';
import {
  clone,
  deepEqual,
  getOwn,
  intrinsicCall,
  mapFromEntries,
  setOwn,
  transformHot,
  uniqueName,
  visitHot,
} from './index';
import type { HotValue, PathSegment } from './index';

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''];

describe('shared/hot: values safe for any key', () => {
  it('setOwn, mapFromEntries and clone keep hostile keys as own data and touch no prototype', () => {
    const map: Record<string, HotValue> = {};
    for (const k of HOSTILE) setOwn(map, k, k.length);
    expect(Object.keys(map)).toEqual(HOSTILE);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    const copy = clone({ a: [mapFromEntries(HOSTILE.map((k) => [k, k]))] });
    expect(Object.keys(copy.a[0]!)).toEqual(HOSTILE);
    expect(deepEqual(copy, { a: [mapFromEntries(HOSTILE.map((k) => [k, k]))] })).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getOwn({}, 'constructor')).toBeUndefined();
  });

  it('deepEqual ignores key order unless asked', () => {
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 }, { ordered: true })).toBe(false);
    expect(deepEqual({ a: 1 }, { toString: 1 })).toBe(false);
  });

  it('the visitor walks a value deeper than the call stack, in document order with paths', () => {
    let deep: HotValue = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    let depth = 0;
    visitHot(deep, (_node, path) => {
      depth = Math.max(depth, path.length);
    });
    expect(depth).toBe(200_000);
    const seen: PathSegment[][] = [];
    visitHot({ a: [1, { b: 2 }], c: 3 }, (_n, p) => void seen.push([...p]), ['root']);
    expect(seen).toEqual([
      ['root'],
      ['root', 'a'],
      ['root', 'a', 0],
      ['root', 'a', 1],
      ['root', 'a', 1, 'b'],
      ['root', 'c'],
    ]);
  });

  it('the transformer replaces nodes by path and keeps hostile keys', () => {
    const value = mapFromEntries<HotValue>([
      ['__proto__', { get_resource: 'x' }],
      ['y', [{ get_resource: 'x' }]],
    ]);
    const paths: string[] = [];
    const out = transformHot(value, (node, path) => {
      if (intrinsicCall(node)?.fn !== 'get_resource') return undefined;
      paths.push(path.join('.'));
      return { get_resource: 'z' };
    });
    expect(paths).toEqual(['__proto__', 'y.0']);
    expect(Object.keys(out as object)).toEqual(['__proto__', 'y']);
    expect(JSON.stringify(out)).toBe(
      '{"__proto__":{"get_resource":"z"},"y":[{"get_resource":"z"}]}',
    );
  });

  it('uniqueName: with or without a suffix', () => {
    expect(uniqueName('a', new Set(['a', 'a_2']))).toBe('a_3');
    expect(uniqueName('a', new Set(['a']), 'east')).toBe('a_east');
    expect(uniqueName('a', new Set(['a', 'a_east']), 'east')).toBe('a_east_2');
  });
});
