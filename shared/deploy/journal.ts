/**
 * Records of the deployment journal (one JSON line each) and the pure replay that turns a journal
 * back into what is known about each stack. The shell (electron/deploy/journalFile.ts) appends and
 * fsyncs a record BEFORE each call that creates something (`intent`) and after it (`accepted`).
 */
import type { DeployOperation, StackAction } from './events';

export const JOURNAL_VERSION = 1;

interface RecordBase {
  time: string;
}

export interface JournalStackEntry {
  lane: string;
  regionName: string;
  stack: string;
  cloud: string;
}

export interface BeginRecord extends RecordBase {
  t: 'begin';
  v: typeof JOURNAL_VERSION;
  deployId: string;
  operation: DeployOperation;
  design: string;
  cloud: string;
  stacks: JournalStackEntry[];
}

export interface ResumeRecord extends RecordBase {
  t: 'resume';
  deployId: string;
}

export interface IntentRecord extends RecordBase {
  t: 'intent';
  op: StackAction;
  lane: string;
  stack: string;
  pass: number;
  /** Hash of what is sent (template, parameters, environment): a resumed run skips a call already done. */
  hash?: string;
}

export interface AcceptedRecord extends RecordBase {
  t: 'accepted';
  op: StackAction;
  lane: string;
  stack: string;
  pass: number;
  stackId: string;
  /** The answer was lost (network error, kill) and the stack was found again by name. */
  adopted: boolean;
}

export interface SettledRecord extends RecordBase {
  t: 'settled';
  op: StackAction;
  lane: string;
  stack: string;
  pass: number;
  stackId: string;
  status: string;
  /** Heat's updated_time (else creation_time) of the settled stack: a later one means a change made elsewhere. */
  updatedTime?: string;
}

export interface CallFailedRecord extends RecordBase {
  t: 'call-failed';
  op: StackAction;
  lane: string;
  stack: string;
  pass: number;
  code: string;
  message: string;
}

export interface EndRecord extends RecordBase {
  t: 'end';
  outcome: 'succeeded' | 'failed' | 'aborted';
}

export type JournalRecord =
  | BeginRecord
  | ResumeRecord
  | IntentRecord
  | AcceptedRecord
  | SettledRecord
  | CallFailedRecord
  | EndRecord;

export interface JournalStackState {
  lane: string;
  stack: string;
  stackId?: string;
  /** This deployment (including its resumed runs) created the stack: a rollback deletes it. */
  createdHere: boolean;
  /** An intent without its answer: the call may or may not have reached Heat. */
  pendingIntent?: { op: StackAction; pass: number; time: string };
  /** The last call Heat accepted for this stack: its pass and the hash of what was sent. */
  lastAccepted?: { op: StackAction; pass: number; hash?: string };
  /** Passes settled in a *_COMPLETE state, in order. */
  completedPasses: number[];
  lastStatus?: string;
  /** Heat's updated_time (else creation_time) when the stack last settled here. */
  lastUpdatedTime?: string;
  deleted: boolean;
  /** Hash of the pending intent. */
  pendingHash?: string;
}

export interface JournalState {
  deployId?: string;
  operation?: DeployOperation;
  design?: string;
  cloud?: string;
  stacks: Record<string, JournalStackState>;
  /** The planned stacks the `begin` record named (region name, cloud), by lane id. */
  entries: Record<string, JournalStackEntry>;
  /** An `end` record was written: nothing to resume. */
  finished: boolean;
  outcome?: EndRecord['outcome'];
  runs: number;
  /** Lines that did not parse (a torn last line after a crash, typically). */
  badLines: number;
}

function stackState(state: JournalState, lane: string, stack: string): JournalStackState {
  const existing = state.stacks[lane];
  if (existing !== undefined) return existing;
  const fresh: JournalStackState = {
    lane,
    stack,
    createdHere: false,
    completedPasses: [],
    deleted: false,
  };
  state.stacks[lane] = fresh;
  return fresh;
}

/** Fold records into the journal state (pure; later records win). */
export function replayJournal(records: readonly JournalRecord[], badLines = 0): JournalState {
  const state: JournalState = { stacks: {}, entries: {}, finished: false, runs: 0, badLines };
  for (const r of records) {
    switch (r.t) {
      case 'begin':
        Object.assign(state, {
          deployId: r.deployId,
          operation: r.operation,
          design: r.design,
          cloud: r.cloud,
        });
        for (const e of r.stacks ?? []) state.entries[e.lane] = e;
        state.runs += 1;
        state.finished = false;
        break;
      case 'resume':
        state.runs += 1;
        state.finished = false;
        state.outcome = undefined;
        break;
      case 'intent': {
        const s = stackState(state, r.lane, r.stack);
        s.pendingIntent = { op: r.op, pass: r.pass, time: r.time };
        s.pendingHash = r.hash;
        break;
      }
      case 'accepted': {
        const s = stackState(state, r.lane, r.stack);
        s.lastAccepted = {
          op: r.op,
          pass: r.pass,
          hash:
            s.pendingIntent?.op === r.op && s.pendingIntent.pass === r.pass
              ? s.pendingHash
              : undefined,
        };
        s.pendingIntent = undefined;
        s.pendingHash = undefined;
        s.stackId = r.stackId;
        // `create` adopted = our create's answer was lost and the stack was found by name: still ours
        if (r.op === 'create') {
          s.createdHere = true;
          s.deleted = false;
          s.completedPasses = [];
        }
        break;
      }
      case 'settled': {
        const s = stackState(state, r.lane, r.stack);
        s.stackId = r.stackId;
        s.lastStatus = r.status;
        s.lastUpdatedTime = r.updatedTime;
        if (r.op === 'delete' && r.status === 'DELETE_COMPLETE') {
          Object.assign(s, {
            deleted: true,
            createdHere: false,
            completedPasses: [],
            lastAccepted: undefined,
          });
        } else if (r.status.endsWith('_COMPLETE') && !s.completedPasses.includes(r.pass))
          s.completedPasses.push(r.pass);
        break;
      }
      case 'call-failed': {
        const s = stackState(state, r.lane, r.stack);
        s.pendingIntent = undefined;
        break;
      }
      case 'end':
        state.finished = true;
        state.outcome = r.outcome;
        break;
    }
  }
  return state;
}

/** Journals written before the code said `lane` name a lane id `region`: read that key as `lane`. */
function withLaneKey<T extends object>(value: T): T {
  if (!('region' in value) || 'lane' in value) return value;
  const { region, ...rest } = value as T & { region: unknown };
  return { ...rest, lane: region } as unknown as T;
}

/** A record as written by any version of the journal (see `withLaneKey`). */
function upgradeRecord(value: object): JournalRecord {
  const record = withLaneKey(value) as JournalRecord;
  if (record.t === 'begin' && Array.isArray(record.stacks))
    return { ...record, stacks: record.stacks.map(withLaneKey) };
  return record;
}

/** Parse JSON lines; a line that does not parse is counted, never thrown (a crash can tear the last line). */
export function parseJournal(text: string): JournalState {
  const records: JournalRecord[] = [];
  let bad = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { t?: unknown }).t === 'string'
      )
        records.push(upgradeRecord(value));
      else bad += 1;
    } catch {
      bad += 1;
    }
  }
  return replayJournal(records, bad);
}
