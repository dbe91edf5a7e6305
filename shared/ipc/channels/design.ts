import { z } from 'zod';
import { op } from './op';
import { diagnosticSchema, pathSchema, textSchema } from '../schemas';

/** Import HOT templates into a design; export a design to a folder (the same files as `isotherm compile --out`). */

export const importLaneSchema = z.object({
  /** The lane id to create. */
  laneId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a region id is 1-64 letters, digits, _ or -'),
  /** The OpenStack region name it maps to. */
  regionName: z.string().min(1).max(255),
  /** The HOT template file for that region. */
  path: pathSchema,
});
export type ImportLane = z.infer<typeof importLaneSchema>;

export const importRequestSchema = z.union([
  /** One template per region (model 1). */
  z.object({
    lanes: z.array(importLaneSchema).min(1).max(64),
    name: z.string().max(200).optional(),
  }),
  /** A parent template with one OS::Heat::Stack per region (model 2); its get_file templates are read beside it. */
  z.object({ parentPath: pathSchema, name: z.string().max(200).optional() }),
]);
export type ImportRequest = z.infer<typeof importRequestSchema>;

export const importResultSchema = z.object({
  /** The new design's text (`*.isotherm.yaml`), unsaved; null when nothing could be imported (the diagnostics say why). */
  text: textSchema.nullable(),
  diagnostics: z.array(diagnosticSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const exportRequestSchema = z.object({
  /** The folder to write into (created if missing); it must be one the user chose or inside an allowed folder. */
  dir: pathSchema,
  designText: textSchema,
  /** Also write the model-2 parent template (one OS::Heat::Stack per region). */
  nested: z.boolean(),
});

export const exportResultSchema = z.object({
  dir: z.string(),
  /** Names of the files written inside `dir`; empty when the design has errors (then nothing is written). */
  files: z.array(z.string()),
  diagnostics: z.array(diagnosticSchema),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const designRequests = {
  'templates.import': op(importRequestSchema, importResultSchema),
  'export.folder': op(exportRequestSchema, exportResultSchema),
} as const;
