/**
 * Validate-on-cloud's check of literal values: each literal that names a thing of the cloud (a
 * flavor, an image, a network... by name or id) must exist in its lane's region. Each region's list
 * of one kind is read once; values of a service that is missing or does not answer are not checked
 * (one I_CLOUD_VALUES_UNCHECKED information per lane and kind says why).
 */
import type { Catalog } from '../../shared/catalog/types';
import type { Design } from '../../shared/design/model';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { cloudLiterals, notInCloud, valuesUnchecked } from '../../shared/validate/cloudLiterals';
import { listCloudValues, type CloudValuesAnswer } from '../openstack/cloudValues';
import type { ClientPool } from './clientPool';

export interface CloudValueCheckInput {
  design: Design;
  catalog: Catalog;
  /** Cloud of lanes that name none. */
  cloud: string;
  clients: ClientPool;
  signal?: AbortSignal;
}

export async function checkCloudValues(input: CloudValueCheckInput): Promise<Diagnostic[]> {
  const literals = cloudLiterals(input.design, input.catalog);
  const lists = new Map<string, Promise<CloudValuesAnswer>>();
  const listOf = (cloud: string, region: string, constraint: string) => {
    const key = `${cloud}\u0000${region}\u0000${constraint}`;
    let answer = lists.get(key);
    if (answer === undefined) {
      answer = input.clients
        .session(cloud)
        .then((s) => listCloudValues(s, region, constraint, { signal: input.signal }));
      lists.set(key, answer);
    }
    return answer;
  };
  const unchecked = new Set<string>();
  const found = await Promise.all(
    literals.map(async (literal) => {
      const cloud = literal.cloud ?? input.cloud;
      const answer = await listOf(cloud, literal.regionName, literal.constraint);
      if (answer.kind === 'values') return notInCloud(literal, answer.values, cloud);
      const key = `${cloud}\u0000${literal.lane}\u0000${literal.constraint}`;
      if (unchecked.has(key)) return undefined;
      unchecked.add(key);
      return valuesUnchecked(literal, answer.reason);
    }),
  );
  return found.filter((d): d is Diagnostic => d !== undefined);
}
