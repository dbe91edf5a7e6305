/** Where an offset of the source text sits in a YAML document, as a path of keys and indexes. */
import { isCollection, isPair, isScalar } from 'yaml';

export function pathAtOffset(root: unknown, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = root;
  // iterative descent: at each level pick the item whose range holds the offset
  for (let guard = 0; guard < 10_000 && isCollection(node); guard++) {
    let next: unknown;
    node.items.forEach((item, i) => {
      if (next !== undefined) return;
      if (isPair(item)) {
        const value = item.value as { range?: [number, number, number] } | null;
        const key = item.key as { range?: [number, number, number] } | null;
        const start = key?.range?.[0] ?? value?.range?.[0];
        const end = value?.range?.[2] ?? key?.range?.[2];
        if (start !== undefined && end !== undefined && offset >= start && offset <= end) {
          path.push(isScalar(item.key) ? String(item.key.value) : i);
          next = item.value ?? null;
        }
      } else {
        const range = (item as { range?: [number, number, number] }).range;
        if (range && offset >= range[0] && offset <= range[2]) {
          path.push(i);
          next = item;
        }
      }
    });
    if (next === undefined) break;
    node = next;
  }
  return path;
}
