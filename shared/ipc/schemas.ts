import { z } from 'zod';
import type { Catalog } from '../catalog/types';

/** Building blocks shared by the channel definitions. */

/** An absolute or relative file-system path as the user sees it; no NUL bytes, bounded length. */
export const pathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a path must not contain NUL bytes');

/** Text of a design or template file (bounded: 20 MB). */
export const textSchema = z.string().max(20 * 1024 * 1024);

export const diagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  resource: z.string().optional(),
  path: z
    .array(z.union([z.string(), z.number()]))
    .readonly()
    .optional(),
  lane: z.string().optional(),
});

/** The catalog is large: checked for shape only, typed as `Catalog`. */
export const catalogSchema = z.custom<Catalog>(
  (v) => typeof v === 'object' && v !== null && 'types' in v && 'constraintTargets' in v,
  'expected a catalog { heatVersion, types, constraintTargets }',
);

/** An operation without input. `undefined` is accepted and treated as `{}`. */
export const noInput = z.object({}).strict();

/** An operation without a result value. */
export const nothing = z.null();

/** A file-dialog filter, as in Electron's `FileFilter`. */
export const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9._-]{1,20})$/)).max(20),
});
