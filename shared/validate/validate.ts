import type { Catalog } from '../catalog/types';
import type { Design } from '../design/model';
import type { Diagnostic } from '../util/diagnostics';
import { validateCycles } from './cycles';
import { validateRegions } from './regions';

/** Every problem of a design that can be found without a cloud. Pure; never throws on a restored design. */
export function validate(design: Design, _catalog: Catalog): Diagnostic[] {
  return [...validateRegions(design), ...validateCycles(design)];
}
