import type { Design } from '../../shared/design/model';
import { isValidId } from '../../shared/design/ops';

/** What is wrong with a lane id and region name typed in a dialog (`current`: the lane being renamed). */
export function laneProblem(
  design: Design,
  id: string,
  regionName: string,
  current?: string,
): string | undefined {
  if (!isValidId(id)) return 'Use letters, digits, _ . - (not starting with a digit).';
  if (id !== current && design.regions.some((r) => r.id === id)) return `${id} already exists.`;
  if (regionName.trim() === '') return 'The OpenStack region name is required.';
  return undefined;
}
