/** Electron IPC wire names: request channels are the operation names; events travel on `event:<name>`. */
export const EVENT_CHANNEL_PREFIX = 'event:';
