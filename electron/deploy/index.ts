/** The deploy engine: deploy, destroy (and rollback), status; journal and clients. */
export { DeployRun, deploy } from './deployer';
export { discoverStacks } from './runContext';
export { previewDeploy } from './preview';
export type { DeployPreview, PreviewInput } from './preview';
export { planDeploy } from './planPreview';
export type { PlanInput } from './planPreview';
export { HEAT_VALIDATE_CODE, validateOnCloud } from './heatValidate';
export type { ValidateInput } from './heatValidate';
export { checkCloudValues } from './cloudValueCheck';
export type { CloudValueCheckInput } from './cloudValueCheck';
export { checkOnCloud } from './checkOnCloud';
export type { CheckOnCloudInput } from './checkOnCloud';
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
export { createdByLastDeploy } from './lastDeploy';
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
