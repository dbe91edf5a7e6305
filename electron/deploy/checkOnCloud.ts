/**
 * "Validate on cloud" as a whole: Heat's own validate of every lane's template in its region
 * (heatValidate.ts) and the literal values each region must have (cloudValueCheck.ts), side by
 * side. Used by the app's `cloud.validate` handler and by `isotherm validate --cloud`.
 */
import type { Catalog } from '../../shared/catalog/types';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { checkCloudValues } from './cloudValueCheck';
import { validateOnCloud, type ValidateInput } from './heatValidate';

export interface CheckOnCloudInput extends ValidateInput {
  catalog: Catalog;
}

/** Heat's answers first, then the values the regions lack; cloud or auth failures throw. */
export async function checkOnCloud(input: CheckOnCloudInput): Promise<Diagnostic[]> {
  const [heat, values] = await Promise.all([
    validateOnCloud(input),
    checkCloudValues({
      design: input.design,
      catalog: input.catalog,
      cloud: input.cloud,
      clients: input.clients,
      ...(input.signal !== undefined ? { signal: input.signal } : {}),
    }),
  ]);
  return [...heat, ...values];
}
