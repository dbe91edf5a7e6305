/** Deploy from the app: handlers of the deploy channels, and where entered secrets are kept. */
export { createDeployHandlers, deployHandlers } from './deployHandlers';
export type { DeployHandlerOptions, DeployHandlerSet } from './deployHandlers';
export { MemorySecretStore } from './secretStore';
export type { SecretStore } from './secretStore';
