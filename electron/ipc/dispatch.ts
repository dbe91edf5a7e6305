import type { ParsedRequestOf, RequestName, ResponseOf } from '../../shared/ipc/contract';
import { isRequestName, requestChannels } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import { IpcFailure, fail, ok } from '../../shared/ipc/errors';

/** The implementation of one operation. Expected failures throw `IpcFailure`; Node errors are mapped. */
export type Handler<K extends RequestName> = (
  request: ParsedRequestOf<K>,
) => Promise<ResponseOf<K>>;
export type Handlers = { readonly [K in RequestName]: Handler<K> };

export type Dispatch = (channel: string, request: unknown) => Promise<IpcResult<unknown>>;

/** zod's issues as one readable line: `path: message; ...`. */
function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(request)'}: ${i.message}`)
    .join('; ');
}

/** Turn any thrown error into a typed failure whose message says what to do (no stack, no secrets). */
export function toFailure(err: unknown, channel: string): IpcResult<never> {
  if (err instanceof IpcFailure) return fail(err.code, err.message);
  const e = err as NodeJS.ErrnoException;
  const where = e.path ? ` (${e.path})` : '';
  switch (e.code) {
    case 'ENOENT':
      return fail('E_NOT_FOUND', `Not found${where}: it may have been moved or deleted.`);
    case 'EACCES':
    case 'EPERM':
      return fail(
        'E_IO',
        `Permission denied${where}: check the file's permissions or choose another place.`,
      );
    case 'ENOSPC':
      return fail('E_IO', `The disk is full${where}: free some space and try again.`);
    case 'EISDIR':
      return fail('E_BAD_INPUT', `This is a folder, not a file${where}.`);
    case 'ENOTDIR':
      return fail('E_BAD_INPUT', `A part of this path is not a folder${where}.`);
    case 'EROFS':
      return fail('E_IO', `The file system is read-only${where}: choose another place.`);
    default:
      return fail('E_INTERNAL', `${channel} failed: ${e.message ?? String(err)}`);
  }
}

/**
 * Route a request by channel name: unknown channels and payloads that do not match the contract are refused
 * before any handler runs; responses are checked against the contract too (a handler bug becomes E_INTERNAL).
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  return async (channel, request) => {
    if (!isRequestName(channel))
      return fail(
        'E_UNKNOWN_CHANNEL',
        `There is no operation named ${String(channel).slice(0, 100)}.`,
      );
    const spec = requestChannels[channel];
    const parsed = spec.request.safeParse(request ?? {});
    if (!parsed.success)
      return fail(
        'E_INVALID_REQUEST',
        `${channel}: the request does not match the contract: ${describeIssues(parsed.error.issues)}.`,
      );
    let value: unknown;
    try {
      value = await (handlers[channel] as (r: unknown) => Promise<unknown>)(parsed.data);
    } catch (err) {
      return toFailure(err, channel);
    }
    const checked = spec.response.safeParse(value);
    if (!checked.success)
      return fail(
        'E_INTERNAL',
        `${channel} produced a response that does not match the contract: ${describeIssues(checked.error.issues)}.`,
      );
    return ok(checked.data);
  };
}
