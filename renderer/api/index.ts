/** The renderer's typed API: the only way renderer code reaches files, the catalog or the deployer. */
export type { IsothermApi } from './client';
export { api, createApi, detectTransport, noTransport } from './client';
export type { Transport } from './transport';
export { markReady } from './ready';
