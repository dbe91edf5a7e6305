import { diag, type Diagnostic } from '../util/diagnostics';
import { COMPILE_CODES } from './codes';

/**
 * The compile budget: lanes deployed in passes get one template per pass, each holding the lane's resources so
 * far, so the output grows as passes x resources. Above this many resource copies over all templates, compile
 * stops with E_TOO_LARGE instead of stalling (bench/hostile.ts measures the worst cases around it).
 */
export const MAX_TEMPLATE_RESOURCES = 20_000;

/** E_TOO_LARGE when `lanes` (passes and resource count per lane) would exceed the budget, else undefined. */
export function overBudget(
  lanes: readonly { passes: number; resources: number }[],
  budget = MAX_TEMPLATE_RESOURCES,
): Diagnostic | undefined {
  const copies = lanes.reduce((sum, l) => sum + l.passes * l.resources, 0);
  if (copies <= budget) return undefined;
  const passes = lanes.reduce((sum, l) => sum + l.passes, 0);
  return diag(
    COMPILE_CODES.E_TOO_LARGE,
    'error',
    `This design would compile to ${passes} templates holding ${copies} resources in all (the limit is ${budget}): its lanes depend on each other in a cycle that needs many passes. Break the cycle between lanes, or move the resources that feed each other into one lane.`,
    { path: ['regions'] },
  );
}
