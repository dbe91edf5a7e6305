import { z } from 'zod';
import { op } from './op';
import { noInput, nothing, textSchema } from '../schemas';

/** Autosave copies, so a crash loses at most a few seconds of work. */

/** One key per open document (e.g. a random id chosen by the renderer when the document is created). */
export const recoveryKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a recovery key is 1-64 letters, digits, _ or -');

export const recoveryEntrySchema = z.object({
  key: recoveryKeySchema,
  /** The file the document belongs to, or null for an unsaved design. */
  path: z.string().nullable(),
  /** A name to show ("shop", "untitled"). */
  name: z.string(),
  /** ISO time of the copy. */
  savedAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;

export const recoveryRequests = {
  'recovery.write': op(
    z.object({
      key: recoveryKeySchema,
      text: textSchema,
      path: z.string().max(4096).nullable(),
      name: z.string().max(200),
    }),
    z.object({ savedAt: z.string() }),
  ),
  /** Newest first. */
  'recovery.list': op(noInput, z.object({ entries: z.array(recoveryEntrySchema) })),
  'recovery.read': op(
    z.object({ key: recoveryKeySchema }),
    recoveryEntrySchema.extend({ text: textSchema }),
  ),
  /** Forget a copy (after a save, or when the user declines to restore it). Discarding a missing key is fine. */
  'recovery.discard': op(z.object({ key: recoveryKeySchema }), nothing),
} as const;
