import type { EventName, EventPayload, RequestName, RequestOf, RequestResult } from './contract';
import { requestNames } from './contract';
import type { IpcResult } from './errors';

/**
 * The typed API, shaped from the contract: `api.file.open({ path })`, `api.catalog.get()`, ...
 * one method per request channel `<group>.<operation>`, each resolving to an `IpcResult`
 * (never rejecting for an expected failure), plus `on(event, listener) => unsubscribe`.
 */

type GroupOf<K extends string> = K extends `${infer G}.${string}` ? G : never;

/** Operations whose request has no required field may be called without an argument. */
export type ApiMethod<K extends RequestName> =
  Record<string, never> extends RequestOf<K>
    ? (request?: RequestOf<K>) => Promise<RequestResult<K>>
    : (request: RequestOf<K>) => Promise<RequestResult<K>>;

export type OperationsApi = {
  readonly [G in GroupOf<RequestName>]: {
    readonly [K in RequestName as K extends `${G}.${infer Op}` ? Op : never]: ApiMethod<K>;
  };
};

export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;
export type Unsubscribe = () => void;
export type Subscribe = <E extends EventName>(event: E, listener: EventListener<E>) => Unsubscribe;

/**
 * What the Electron preload exposes on `window.isothermBridge`: named operations, named event subscriptions,
 * and `pathForFile` (the file-system path of a DOM `File` dropped on the window; Electron's webUtils, no IPC;
 * typed `unknown` here because shared/ has no DOM types).
 */
export type IsothermBridge = OperationsApi & {
  readonly on: Subscribe;
  readonly pathForFile?: (file: unknown) => string;
};

/** Sends one request over a transport. Implementations must resolve (not reject) with a failed result on errors. */
export type Invoke = (channel: RequestName, request: unknown) => Promise<IpcResult<unknown>>;

/** One named function per request channel, grouped by the part of the name before the first dot. */
export function buildOperations(invoke: Invoke): OperationsApi {
  const groups: Record<
    string,
    Record<string, (request?: unknown) => Promise<IpcResult<unknown>>>
  > = {};
  for (const name of requestNames) {
    const dot = name.indexOf('.');
    const group = name.slice(0, dot);
    const operation = name.slice(dot + 1);
    (groups[group] ??= {})[operation] = (request?: unknown) => invoke(name, request ?? {});
  }
  return groups as unknown as OperationsApi;
}
