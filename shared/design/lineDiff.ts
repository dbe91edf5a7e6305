/**
 * The lines two texts have in common (Myers' O(ND) diff), as index pairs. Bounded: beyond `maxEdits`
 * differences it gives up (returns null) rather than spend quadratic time and memory.
 */
export type LineMatch = [number, number];

export function commonLines(
  a: readonly string[],
  b: readonly string[],
  maxEdits = 2000,
): LineMatch[] | null {
  // lines as small integers: comparisons in the inner loop are then cheap
  const ids = new Map<string, number>();
  const intern = (line: string) => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    return id;
  };
  const A = Int32Array.from(a, intern);
  const B = Int32Array.from(b, intern);

  let start = 0;
  while (start < A.length && start < B.length && A[start] === B[start]) start++;
  let endA = A.length;
  let endB = B.length;
  while (endA > start && endB > start && A[endA - 1] === B[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(A.subarray(start, endA), B.subarray(start, endB), maxEdits);
  if (middle === null) return null;
  const matches: LineMatch[] = [];
  for (let i = 0; i < start; i++) matches.push([i, i]);
  for (const [i, j] of middle) matches.push([i + start, j + start]);
  for (let i = endA, j = endB; i < A.length; i++, j++) matches.push([i, j]);
  return matches;
}

function myers(a: Int32Array, b: Int32Array, maxEdits: number): LineMatch[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, maxEdits) && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
    }
    // keep the diagonals -d..d of this round for the way back
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) return null;

  const matches: LineMatch[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + d - 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      matches.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    matches.push([x, y]);
  }
  return matches.reverse();
}
