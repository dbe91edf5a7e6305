/** A binary min-heap of (item, priority) pairs of numbers, for shortest-path searches. */
export class MinHeap {
  private items: number[] = [];
  private prios: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: number, prio: number): void {
    const { items, prios } = this;
    let i = items.length;
    items.push(item);
    prios.push(prio);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (prios[parent]! <= prio) break;
      items[i] = items[parent]!;
      prios[i] = prios[parent]!;
      i = parent;
    }
    items[i] = item;
    prios[i] = prio;
  }

  /** The item with the lowest priority and that priority; the heap must not be empty. */
  pop(): [number, number] {
    const { items, prios } = this;
    const top: [number, number] = [items[0]!, prios[0]!];
    const item = items.pop()!;
    const prio = prios.pop()!;
    const n = items.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && prios[r]! < prios[l]! ? r : l;
        if (prios[c]! >= prio) break;
        items[i] = items[c]!;
        prios[i] = prios[c]!;
        i = c;
      }
      items[i] = item;
      prios[i] = prio;
    }
    return top;
  }
}
