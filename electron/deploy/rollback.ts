/** Roll back a failed deploy: delete exactly the stacks it created (by id), in reverse wave order. */
import type { DeployListener } from '../../shared/deploy/events';
import { destroy } from './destroy';
import type { DeployResult, RunInput, RunResult } from './types';

export function rollback(
  input: RunInput,
  result: Pick<DeployResult, 'created'>,
  listener?: DeployListener,
): Promise<RunResult> {
  const only: Record<string, string> = {};
  for (const c of result.created) only[c.lane] = c.stackId;
  return destroy({ ...input, only }, listener);
}
