import type { z } from 'zod';
import { appRequests } from './channels/app';
import { cloudRequests } from './channels/cloud';
import { deployEvents, deployRequests } from './channels/deploy';
import { designRequests } from './channels/design';
import { fileRequests } from './channels/files';
import { menuEvents } from './channels/menu';
import { recoveryRequests } from './channels/recovery';
import type { IpcResult } from './errors';

/**
 * THE IPC contract (DESIGN.md "Layout"; STYLE.md 2-4): every operation the renderer may ask of the
 * Node side, and every event the Node side may send, with runtime schemas. The preload, the main
 * process, the browser fallback server and the renderer client are all generated from these maps.
 *
 * Adding an operation: define it in a `channels/<area>.ts` map (`op(requestSchema, responseSchema)`,
 * named `<group>.<operation>`) and spread that map here; then implement it in electron/ipc/handlers.ts
 * (the type checker lists the missing handler). Nothing else changes: transports and client follow.
 * Adding an event: same, in `eventChannels`; its payload is usually itself a tagged union on `kind`.
 */
export const requestChannels = {
  ...appRequests,
  ...fileRequests,
  ...recoveryRequests,
  ...designRequests,
  ...deployRequests,
  ...cloudRequests,
} as const;

export const eventChannels = {
  ...menuEvents,
  ...deployEvents,
} as const;

export type RequestChannels = typeof requestChannels;
export type EventChannels = typeof eventChannels;
export type RequestName = keyof RequestChannels & string;
export type EventName = keyof EventChannels & string;

/** What the caller sends (before defaults are applied). */
export type RequestOf<K extends RequestName> = z.input<RequestChannels[K]['request']>;
/** What the handler receives (after validation). */
export type ParsedRequestOf<K extends RequestName> = z.output<RequestChannels[K]['request']>;
export type ResponseOf<K extends RequestName> = z.output<RequestChannels[K]['response']>;
export type EventPayload<K extends EventName> = z.output<EventChannels[K]>;

/** An event as it travels: a tagged union on `kind` (the event channel name). */
export type AppEvent = { [K in EventName]: { kind: K; payload: EventPayload<K> } }[EventName];

export type RequestResult<K extends RequestName> = IpcResult<ResponseOf<K>>;

export const requestNames = Object.keys(requestChannels) as RequestName[];
export const eventNames = Object.keys(eventChannels) as EventName[];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(requestChannels, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(eventChannels, name);
}
