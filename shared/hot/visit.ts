import type { HotValue, PathSegment } from './value';
import { isMap } from './value';

/** What a visitor returns for a node: `'skip'` does not descend into it. */
export type VisitResult = void | 'skip';

/** A list or map being visited: its keys (a list's are its indexes, not listed), how many, the next one. */
interface Frame {
  node: HotValue[] | { [key: string]: HotValue };
  keys: string[] | undefined;
  size: number;
  next: number;
}

const frameOf = (node: HotValue): Frame | undefined => {
  if (Array.isArray(node)) return { node, keys: undefined, size: node.length, next: 0 };
  if (!isMap(node)) return undefined;
  const keys = Object.keys(node);
  return { node, keys, size: keys.length, next: 0 };
};

/**
 * THE visitor of HOT values: calls `visit(node, path)` on every node of `value`, depth-first, parents before
 * children, in document order. Iterative and linear (one path array, pushed and popped), so no input is deep
 * enough to exhaust the call stack. `path` is only valid during the call: copy it (`[...path]`) to keep it.
 */
export function visitHot(
  value: HotValue | undefined,
  visit: (node: HotValue, path: readonly PathSegment[]) => VisitResult,
  basePath: readonly PathSegment[] = [],
): void {
  if (value === undefined) return;
  const path = [...basePath];
  if (visit(value, path) === 'skip') return;
  const root = frameOf(value);
  const frames: Frame[] = root === undefined ? [] : [root];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.size) {
      frames.pop();
      if (frames.length > 0) path.pop();
      continue;
    }
    const key: PathSegment = frame.keys === undefined ? frame.next : frame.keys[frame.next]!;
    frame.next += 1;
    const child = (frame.node as Record<PathSegment, HotValue>)[key]!;
    path.push(key);
    const inner = visit(child, path) === 'skip' ? undefined : frameOf(child);
    if (inner === undefined) path.pop();
    else frames.push(inner);
  }
}
