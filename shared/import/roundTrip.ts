import type { Catalog } from '../catalog/types';
import { compile } from '../compile/compile';
import type { HotMap } from '../design/model';
import type { Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import { compareTemplates, type TemplateDifference } from './compareTemplates';
import type { ReadFile } from './fileRefs';
import { isMap } from '../hot';
import { importTemplates } from './importTemplates';
import { parseTemplateText } from './parseText';

export type RoundTripStatus =
  /** Not a HOT template (an environment file, a package list...): refused with a diagnostic. */
  | 'not-a-template'
  /** A template, but no design came out of it. */
  | 'import-failed'
  /** compile(import(t)) equals t semantically. */
  | 'equal'
  /** Equal except parameters/conditions t declares but never uses (the compiler declares only what a region uses). */
  | 'equal-but-unused'
  /** Something else differs: see `differences`. */
  | 'differs';

export interface RoundTripReport {
  status: RoundTripStatus;
  diagnostics: Diagnostic[];
  differences: TemplateDifference[];
}

/** Import one template as a single-region design, compile it back, and compare the two templates. */
export async function roundTripTemplate(
  text: string,
  readFile: ReadFile | undefined,
  catalog: Catalog,
): Promise<RoundTripReport> {
  const parsed = parseTemplateText(text, 'the template');
  if (parsed.template === undefined)
    return { status: 'not-a-template', diagnostics: parsed.diagnostics, differences: [] };
  const imported = await importTemplates(
    [{ laneId: 'main', regionName: 'RegionOne', template: parsed.template }],
    { catalog, layout: false, ...(readFile ? { readFile } : {}) },
  );
  const diagnostics = [...parsed.diagnostics, ...imported.diagnostics];
  if (imported.design === null) {
    const notHot = diagnostics.some(
      (d) => d.code === ImportCodes.NOT_HOT || d.code === ImportCodes.NOT_A_MAP,
    );
    return { status: notHot ? 'not-a-template' : 'import-failed', diagnostics, differences: [] };
  }
  const compiled = compile(imported.design, catalog);
  const template = compiled.templates.main;
  const original = isMap(parsed.template) ? parsed.template : {};
  const differences =
    template === undefined
      ? [{ path: '', kind: 'missing' as const }]
      : compareTemplates(original as HotMap, template);
  diagnostics.push(...compiled.diagnostics);
  const status =
    differences.length === 0
      ? 'equal'
      : differences.every((d) => d.unused === true)
        ? 'equal-but-unused'
        : 'differs';
  return { status, diagnostics, differences };
}
