/**
 * The catalogue of OpenStack client errors. Every message says what happened and what to do, and
 * is scrubbed of secrets (tokens, passwords, application credential secrets) before it is built.
 */
import { scrubSecrets } from './scrub';

export const OPENSTACK_ERRORS = {
  E_CLOUD_CONFIG: 'clouds.yaml or secure.yaml could not be read or is malformed',
  E_CLOUD_NOT_FOUND: 'no such cloud in clouds.yaml',
  E_AUTH_CONFIG: 'the cloud has no usable auth settings',
  E_AUTH_FAILED: 'Keystone refused the credentials',
  E_AUTH_EXPIRED: 'the token expired and cannot be renewed',
  E_NO_ENDPOINT: 'the service catalog has no such endpoint',
  E_NETWORK: 'the connection failed',
  E_TIMEOUT: 'the request timed out',
  E_TLS: 'the TLS handshake failed',
  E_HTTP: 'an unexpected HTTP answer',
  E_NOT_FOUND: 'not found',
  E_CONFLICT: 'conflict',
  E_BAD_REQUEST: 'Heat rejected the request',
  E_FORBIDDEN: 'not allowed',
  E_SERVER: 'the service failed',
  E_ABORTED: 'aborted',
  /** Not Heat's: another run of the same design on the same cloud holds its lock (electron/deploy/runLock.ts). */
  E_LOCKED: 'another deploy or destroy of this design on this cloud is running',
} as const;

export type OpenStackErrorCode = keyof typeof OPENSTACK_ERRORS;

export interface OpenStackErrorDetails {
  status?: number;
  /** Heat's error type, e.g. `StackExists`, `EntityNotFound`. */
  heatType?: string;
  /** The method and path (no query secrets, no host credentials). */
  request?: string;
  /** Whether the same call may be retried safely. */
  retryable?: boolean;
}

export class OpenStackError extends Error {
  readonly code: OpenStackErrorCode;
  readonly status?: number;
  readonly heatType?: string;
  readonly request?: string;
  readonly retryable: boolean;

  constructor(
    code: OpenStackErrorCode,
    message: string,
    details: OpenStackErrorDetails = {},
    secrets: readonly string[] = [],
  ) {
    super(scrubSecrets(message, secrets));
    this.name = 'OpenStackError';
    this.code = code;
    this.status = details.status;
    this.heatType = details.heatType;
    this.request =
      details.request === undefined ? undefined : scrubSecrets(details.request, secrets);
    this.retryable = details.retryable ?? false;
  }
}

export function isOpenStackError(e: unknown, code?: OpenStackErrorCode): e is OpenStackError {
  return e instanceof OpenStackError && (code === undefined || e.code === code);
}

/** The code for an HTTP status from a service (not Keystone's auth call). */
export function codeOfStatus(status: number): OpenStackErrorCode {
  if (status === 400 || status === 422) return 'E_BAD_REQUEST';
  if (status === 401) return 'E_AUTH_FAILED';
  if (status === 403) return 'E_FORBIDDEN';
  if (status === 404) return 'E_NOT_FOUND';
  if (status === 409) return 'E_CONFLICT';
  if (status >= 500) return 'E_SERVER';
  return 'E_HTTP';
}

/** Turn anything thrown into an OpenStackError (messages scrubbed). */
export function toOpenStackError(e: unknown, secrets: readonly string[] = []): OpenStackError {
  if (e instanceof OpenStackError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new OpenStackError('E_NETWORK', message, { retryable: true }, secrets);
}
