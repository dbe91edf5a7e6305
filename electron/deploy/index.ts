/** The deploy engine: deploy, destroy (and rollback), status; journal and clients. */
export { DeployRun, deploy, discoverStacks } from './deployer';
export { destroy } from './destroy';
export type { DestroyInput } from './destroy';
export { readStatus } from './status';
export type { StackStatusReport } from './status';
export { ClientPool } from './clientPool';
export type { ClientPoolOptions } from './clientPool';
export {
  defaultDataDir,
  deploymentsDir,
  findResumable,
  listJournals,
  readJournal,
  JournalFile,
} from './journalFile';
export { liveDisposables, DisposableStore } from './disposables';
export { describeFailure } from './failure';
export { rollback } from './rollback';
export type {
  CompiledPlan,
  DeployInput,
  DeployResult,
  RunInput,
  RunResult,
  StackFailure,
  CreatedStack,
  UpdatePreview,
} from './types';
