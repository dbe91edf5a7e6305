import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Catalog } from '../../shared/catalog/types';
import type { Design } from '../../shared/design/model';
import { parseHot } from '../../shared/design/hotYaml';
import { serializeDesign } from '../../shared/design/serialize';
import type { ReadFile, TemplateInput } from '../../shared/import/index';
import { importTemplates } from '../../shared/import/index';
import { importNested } from '../../shared/import/importNested';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { hasErrors } from '../../shared/util/diagnostics';
import { isInside } from './pathPolicy';

export interface ImportedDesign {
  /** The new design's text, or null when nothing could be imported (the diagnostics say why). */
  text: string | null;
  diagnostics: Diagnostic[];
}

export interface ImportSource {
  /** Reads a template file the user picked (already allowed by the caller). */
  readText(path: string): Promise<string>;
  /** Folders the importer may read referenced files (get_file, nested template types) from. */
  readableRoots: readonly string[];
}

/** `shop.yaml` -> `shop`. */
export function designNameOf(path: string): string {
  return (
    basename(path)
      .replace(/\.isotherm\.ya?ml$/i, '')
      .replace(/\.ya?ml$/i, '') || 'imported'
  );
}

/** Reads files relative to `base` for get_file and nested template types, only inside `roots` (links resolved). */
export function boundedFileReader(base: string, roots: readonly string[]): ReadFile {
  return (relativePath) => {
    try {
      const real = realpathSync(resolve(base, relativePath));
      if (!roots.some((root) => isInside(root, real))) return undefined;
      return readFileSync(real, 'utf8');
    } catch {
      return undefined;
    }
  };
}

function finish(design: Design | null, diagnostics: Diagnostic[]): ImportedDesign {
  return { text: design === null ? null : serializeDesign(design), diagnostics };
}

/** One HOT template per region (model 1) -> a design. */
export async function importLaneTemplates(
  lanes: readonly { laneId: string; regionName: string; path: string }[],
  name: string | undefined,
  catalog: Catalog,
  source: ImportSource,
): Promise<ImportedDesign> {
  const diagnostics: Diagnostic[] = [];
  const inputs: TemplateInput[] = [];
  for (const r of lanes) {
    const parsed = parseHot(await source.readText(r.path));
    diagnostics.push(
      ...parsed.diagnostics.map((d) => ({ ...d, message: `${basename(r.path)}: ${d.message}` })),
    );
    inputs.push({ laneId: r.laneId, regionName: r.regionName, template: parsed.template });
  }
  if (hasErrors(diagnostics)) return { text: null, diagnostics };
  const base = dirname(lanes[0]!.path);
  const roots = [...source.readableRoots, ...lanes.map((r) => dirname(r.path))];
  const result = await importTemplates(inputs, {
    name: name ?? 'imported',
    catalog,
    readFile: boundedFileReader(base, roots),
  });
  return finish(result.design, [...diagnostics, ...result.diagnostics]);
}

/** A model-2 parent template (one OS::Heat::Stack per region; children read beside it) -> a design. */
export async function importParentTemplate(
  parentPath: string,
  name: string | undefined,
  catalog: Catalog,
  source: ImportSource,
): Promise<ImportedDesign> {
  const text = await source.readText(parentPath);
  const base = dirname(parentPath);
  const result = await importNested(
    text,
    boundedFileReader(base, [...source.readableRoots, base]),
    { name: name ?? designNameOf(parentPath), catalog },
  );
  return finish(result.design, result.diagnostics);
}
