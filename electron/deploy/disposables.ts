/**
 * Disposables (VS Code's lifecycle pattern, small): pollers, timers and subscriptions register
 * where they are created and are released together. A module-wide count lets tests assert that
 * nothing leaked after a run.
 */

export type Disposable = () => void;

let live = 0;

/** How many registered disposables are still alive in this process (tests assert 0 after a run). */
export function liveDisposables(): number {
  return live;
}

export class DisposableStore {
  private readonly items = new Set<Disposable>();
  private disposed = false;

  /** Register `d`; returns a function that disposes just that one. */
  add(d: Disposable): Disposable {
    if (this.disposed) {
      d();
      return () => {};
    }
    this.items.add(d);
    live += 1;
    return () => {
      if (this.items.delete(d)) {
        live -= 1;
        d();
      }
    };
  }

  get size(): number {
    return this.items.size;
  }

  dispose(): void {
    this.disposed = true;
    for (const d of [...this.items]) {
      this.items.delete(d);
      live -= 1;
      try {
        d();
      } catch {
        // a disposer must not stop the others
      }
    }
  }
}
