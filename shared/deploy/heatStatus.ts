/** Heat's `<ACTION>_<STATE>` statuses, split and classified (pure). */

export type HeatState = 'IN_PROGRESS' | 'COMPLETE' | 'FAILED';

export interface ParsedStatus {
  action: string;
  state: HeatState | string;
}

export function parseStatus(status: string): ParsedStatus {
  for (const state of ['IN_PROGRESS', 'COMPLETE', 'FAILED'] as const) {
    if (status.endsWith(`_${state}`)) return { action: status.slice(0, -state.length - 1), state };
  }
  return { action: status, state: '' };
}

export function isInProgress(status: string): boolean {
  return parseStatus(status).state === 'IN_PROGRESS';
}

export function isTerminal(status: string): boolean {
  const { state } = parseStatus(status);
  return state === 'COMPLETE' || state === 'FAILED';
}

export function isFailed(status: string): boolean {
  return parseStatus(status).state === 'FAILED';
}

/** The Heat action that a deployer action shows as (`create` -> `CREATE`). */
export function heatActionOf(action: 'create' | 'update' | 'delete'): string {
  return action.toUpperCase();
}
