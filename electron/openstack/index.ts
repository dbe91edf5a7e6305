/** The OpenStack client: clouds, Keystone sessions, Heat. */
export { resolveCloud, listClouds, normalizeCloud, cloudFromEnv, secretsOf } from './cloudConfig';
export type { CloudConfig, AuthSettings, AuthType, Interface, ResolveOptions } from './cloudConfig';
export { loadCloudFiles, candidatePaths } from './cloudFiles';
export { Session } from './session';
export type { SessionOptions, RequestInfo } from './session';
export { HeatClient, outputsOf, normalizeTemplate } from './heat';
export type { CreateResult, HeatClientOptions } from './heat';
export type {
  HeatStack,
  HeatStackSummary,
  HeatResource,
  HeatEvent,
  HeatOutput,
  HeatResourceChanges,
  StackIdentity,
  StackSpec,
  TemplateBody,
} from './heatTypes';
export { OpenStackError, isOpenStackError, OPENSTACK_ERRORS } from './errors';
export type { OpenStackErrorCode } from './errors';
export { scrubSecrets } from './scrub';
export { DEFAULT_RETRY, NO_RETRY, delay } from './retry';
export type { RetryPolicy } from './retry';
