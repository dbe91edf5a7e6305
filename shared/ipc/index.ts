/** The IPC contract's public surface. */
export type {
  AppEvent,
  EventChannels,
  EventName,
  EventPayload,
  ParsedRequestOf,
  RequestChannels,
  RequestName,
  RequestOf,
  RequestResult,
  ResponseOf,
} from './contract';
export {
  eventChannels,
  eventNames,
  isEventName,
  isRequestName,
  requestChannels,
  requestNames,
} from './contract';
export type {
  ApiMethod,
  EventListener,
  Invoke,
  IsothermBridge,
  OperationsApi,
  Subscribe,
  Unsubscribe,
} from './api';
export { buildOperations } from './api';
export type { IpcError, IpcErrorCode, IpcResult } from './errors';
export { IPC_ERROR_CODES, IpcFailure, fail, isIpcErrorCode, ok, unwrap } from './errors';
export { API_PREFIX, EVENTS_PATH, TOKEN_FRAGMENT_KEY, TOKEN_HEADER } from './http';
export { BRIDGE_GLOBAL, READY_ATTRIBUTE, READY_DATASET_KEY, READY_SELECTOR } from './ready';
export type { AppInfo, AppMode, ExampleSummary, WindowState } from './channels/app';
export type { FileEntry, FolderListing, OpenedFile, RecentEntry } from './channels/files';
export type { RecoveryEntry } from './channels/recovery';
export type { ExportResult, ImportLane, ImportRequest, ImportResult } from './channels/design';
export type { MenuCommand, MenuCommandEvent } from './channels/menu';
export type {
  CloudSummary,
  CloudsList,
  DeployEventPayload,
  DeployPlan,
  RunStarted,
  StackChanges,
  StackPlan,
} from './channels/deploy';
export { MENU_COMMANDS } from './channels/menu';
