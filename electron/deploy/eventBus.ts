/** Typed publish/subscribe for deploy status events: `subscribe(cb)` returns its unsubscribe. */
import type { DeployEvent, DeployListener, Unsubscribe } from '../../shared/deploy/events';

export class DeployEventBus {
  private readonly listeners = new Set<DeployListener>();

  subscribe(listener: DeployListener): Unsubscribe {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(event: DeployEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch {
        // a listener's failure must not stop a deploy
      }
    }
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
