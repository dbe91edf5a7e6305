/**
 * The values a region of a cloud has for a custom_constraint (its flavors, images, networks...), by
 * name and id, for the inspector's picker and validate-on-cloud. A region without the service, or a
 * service that does not answer, is an answer too (`unavailable`, quickly): the picker shows it
 * quietly. Only the cloud itself failing (auth, Keystone down) is thrown.
 */
import {
  cloudLookupOf,
  lookupPath,
  SERVICE_NOUNS,
  valuesFromAnswer,
  type CloudValue,
} from '../../shared/catalog/cloudLookups';
import { isOpenStackError } from './errors';
import type { Session } from './session';

export type CloudValuesAnswer =
  { kind: 'values'; values: CloudValue[] } | { kind: 'unavailable'; reason: string };

export interface CloudValuesOptions {
  /** Deadline of the list request (default 60 s: a loaded service may be slow; a closed port answers at once). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Codes that mean "this service of this region cannot answer", not "the cloud failed". */
const UNREACHABLE = new Set(['E_NETWORK', 'E_TIMEOUT', 'E_TLS', 'E_SERVER', 'E_HTTP']);

export async function listCloudValues(
  session: Session,
  region: string,
  constraint: string,
  options: CloudValuesOptions = {},
): Promise<CloudValuesAnswer> {
  const lookup = cloudLookupOf(constraint);
  if (lookup === undefined)
    return {
      kind: 'unavailable',
      reason: `Isotherm cannot list values of ${constraint} from a cloud.`,
    };
  const service = SERVICE_NOUNS[lookup.service];
  let endpoint: string;
  try {
    endpoint = await session.endpoint(lookup.service, region, options.signal);
  } catch (e) {
    if (isOpenStackError(e, 'E_NO_ENDPOINT'))
      return {
        kind: 'unavailable',
        reason: `Region ${region} of ${session.cloud.name} has no ${service} service in its catalog.`,
      };
    throw e;
  }
  try {
    const res = await session.request({
      service: lookup.service,
      region,
      method: 'GET',
      path: lookupPath(lookup, endpoint),
      timeoutMs: options.timeoutMs ?? 60_000,
      signal: options.signal,
    });
    return { kind: 'values', values: valuesFromAnswer(lookup, res.body) };
  } catch (e) {
    if (isOpenStackError(e) && UNREACHABLE.has(e.code))
      return {
        kind: 'unavailable',
        reason: `Region ${region}'s ${service} service is not reachable (${e.code === 'E_TIMEOUT' ? 'no answer in time' : e.code === 'E_SERVER' ? 'it failed' : 'connection failed'}).`,
      };
    if (isOpenStackError(e, 'E_FORBIDDEN') || isOpenStackError(e, 'E_NOT_FOUND'))
      return {
        kind: 'unavailable',
        reason: `Region ${region}'s ${service} service does not list ${lookup.noun} for this user (${e.status ?? e.code}).`,
      };
    throw e;
  }
}
