import { findResourceCycles } from '../design/cycles';
import type { Design } from '../design/model';
import type { ResourceRefs } from '../design/refs';
import { diag, type Diagnostic } from '../util/diagnostics';
import { CODES } from './codes';

/** E_RESOURCE_CYCLE, one per cycle, naming it: "a -> b -> c -> a". */
export function validateCycles(design: Design, byResource?: ResourceRefs): Diagnostic[] {
  return findResourceCycles(design, byResource).map((cycle) =>
    diag(
      CODES.E_RESOURCE_CYCLE,
      'error',
      `Resources depend on each other in a cycle: ${cycle.join(' -> ')}. Remove one of these references or depends_on.`,
      { resource: cycle[0]! },
    ),
  );
}
