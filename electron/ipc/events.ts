import type { AppEvent, EventName, EventPayload } from '../../shared/ipc/contract';
import { eventChannels } from '../../shared/ipc/contract';

export type EventSink = (event: AppEvent) => void;

/**
 * Events from the Node side to the renderer(s). Transports subscribe a sink (Electron: webContents.send;
 * browser fallback: each SSE stream); `subscribe` returns the unsubscribe (a disposable, STYLE.md 15).
 * Payloads are validated against the contract before they leave.
 */
export class EventHub {
  private readonly sinks = new Set<EventSink>();

  subscribe(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => {
      this.sinks.delete(sink);
    };
  }

  get size(): number {
    return this.sinks.size;
  }

  emit<K extends EventName>(kind: K, payload: EventPayload<K>): void {
    const parsed = eventChannels[kind].parse(payload) as EventPayload<K>;
    const event = { kind, payload: parsed } as AppEvent;
    for (const sink of [...this.sinks]) sink(event);
  }
}
