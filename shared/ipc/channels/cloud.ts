import { z } from 'zod';
import { op } from './op';
import { cloudNameSchema } from './deploy';

/**
 * What a cloud has, for the inspector's picker (as Horizon's template generator does): the values of
 * one custom_constraint (`nova.flavor`, `glance.image`, ...) in one region, by id and name. Never a
 * secret; a region without the service, or a service that does not answer, is `unavailable`.
 */

export const cloudValueSchema = z.object({ id: z.string(), name: z.string() });

export const cloudValuesRequestSchema = z.object({
  cloud: cloudNameSchema,
  /** The OpenStack region name (the lane's `region_name`). */
  region: z.string().min(1).max(200),
  constraint: z
    .string()
    .regex(/^[a-z][a-z0-9_.]{0,99}$/, 'a custom_constraint name such as nova.flavor'),
});
export type CloudValuesRequest = z.infer<typeof cloudValuesRequestSchema>;

export const cloudValuesAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('values'), values: z.array(cloudValueSchema) }),
  /** Why there is nothing to pick (no such service in the region, not reachable, not allowed). */
  z.object({ kind: z.literal('unavailable'), reason: z.string() }),
]);
export type CloudValuesAnswer = z.infer<typeof cloudValuesAnswerSchema>;

export const cloudRequests = {
  /** The region's values of a custom_constraint; E_CLOUD only when the cloud itself fails (auth, Keystone). */
  'cloud.values': op(cloudValuesRequestSchema, cloudValuesAnswerSchema),
} as const;
