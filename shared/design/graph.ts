/**
 * Small directed-graph algorithms over nodes 0..n-1 (adjacency lists: `edges[a]` = nodes `a` depends on).
 * Iterative, so that long chains of thousands of resources do not exhaust the call stack.
 */

/** Strongly connected components (Tarjan). Components come out in reverse topological order: dependencies first. */
export function stronglyConnected(n: number, edges: readonly (readonly number[])[]): number[][] {
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [node: number, next: number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      const out = edges[v] ?? [];
      if (i < out.length) {
        frame[1] = i + 1;
        const w = out[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component.push(w);
        } while (w !== v);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}

/** Is this component a cycle (more than one node, or one node depending on itself)? */
export function isCyclic(
  component: readonly number[],
  edges: readonly (readonly number[])[],
): boolean {
  const only = component[0];
  return component.length > 1 || (only !== undefined && (edges[only] ?? []).includes(only));
}

/**
 * One concrete cycle inside a cyclic component, starting and ending at its smallest node
 * (breadth-first, so the cycle named is a shortest one through that node): [a, b, c, a].
 */
export function cycleThrough(
  component: readonly number[],
  edges: readonly (readonly number[])[],
): number[] {
  const inside = new Set(component);
  const start = component.reduce((a, b) => Math.min(a, b));
  const parent = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of edges[v] ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(parent.get(path[0]!)!);
        return [...path, start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
