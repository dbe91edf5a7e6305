/**
 * An earlier pass of a lane deployed in several passes (a cycle across lanes) is not sent again when
 * the stack already is what this design's final pass makes of it. Sending it would take the stack back
 * to its pass-1 template: the resources of the final pass alone (a VPN site connection that needs the
 * other side's gateway) would be deleted, then created again by the final pass, on a redeploy that
 * changes nothing.
 *
 * Kept when the last deploy of the design (its journal) settled this very stack at its final pass, the
 * stack has not changed since (same status and updated time in Heat), and the final pass would send
 * exactly what it sent then (same hash, computed with the other lanes' current outputs). Then the
 * earlier pass's outputs are the stack's own, unchanged; anything else takes the earlier pass as before.
 */
import { parseStatus } from './heatStatus';
import type { JournalStackState } from './journal';

export interface KeptPassCheck {
  /** The step's pass, and the lane's number of passes. */
  pass: number;
  passes: number;
  /** The stack as Heat shows it now. */
  stack: { id: string; status: string; updatedTime?: string };
  /** The lane's stack in the journal of the last deploy of this design on this cloud. */
  last: JournalStackState | undefined;
}

/** Everything but the hash of the final pass: when false, there is nothing to compute. */
export function mayKeepEarlierPass(check: KeptPassCheck): boolean {
  const { pass, passes, stack, last } = check;
  if (pass >= passes || last === undefined || last.deleted) return false;
  const { state, action } = parseStatus(stack.status);
  return (
    state === 'COMPLETE' &&
    (action === 'CREATE' || action === 'UPDATE') &&
    last.stackId === stack.id &&
    last.lastAccepted?.pass === passes &&
    last.lastAccepted.hash !== undefined &&
    last.lastStatus === stack.status &&
    last.lastUpdatedTime === stack.updatedTime
  );
}

/** True when the earlier pass is kept: `finalHash` is the hash of what the final pass would send now. */
export function keepsEarlierPass(check: KeptPassCheck, finalHash: string): boolean {
  return mayKeepEarlierPass(check) && check.last?.lastAccepted?.hash === finalHash;
}
