/**
 * The result of every request over the typed API, and the catalogue of error codes.
 * Handlers never throw across the transport: a failure is `{ ok: false, error }` with a
 * stable code and a message that says what to do.
 */

export const IPC_ERROR_CODES = [
  /** The payload did not match the contract (a bug in the caller). */
  'E_INVALID_REQUEST',
  /** No such operation. */
  'E_UNKNOWN_CHANNEL',
  /** The path is outside the folders the user chose or gave the app. */
  'E_PATH_NOT_ALLOWED',
  /** File, folder, example or recovery copy does not exist. */
  'E_NOT_FOUND',
  /** The file is larger than the app opens. */
  'E_TOO_LARGE',
  /** Reading or writing failed (permissions, disk full...). */
  'E_IO',
  /** A native dialog was asked for where there is none (the browser fallback). */
  'E_NO_NATIVE_DIALOG',
  /** The design or template text could not be used (see the message / diagnostics). */
  'E_BAD_INPUT',
  /** The request came from a page that is not Isotherm's own (Electron sender check). */
  'E_FORBIDDEN',
  /** The cloud refused or could not be reached (clouds.yaml, authentication, network, Heat): the message says which. */
  'E_CLOUD',
  /** A bug on the Node side; the message says what failed. */
  'E_INTERNAL',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
}

export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

/** Thrown by `unwrap` and by handlers that want to fail with a code (the dispatcher turns it into a result). */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

/** The value of a successful result; throws an `IpcFailure` carrying the code and message otherwise. */
export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new IpcFailure(result.error.code, result.error.message);
}

export function isIpcErrorCode(code: unknown): code is IpcErrorCode {
  return typeof code === 'string' && (IPC_ERROR_CODES as readonly string[]).includes(code);
}
