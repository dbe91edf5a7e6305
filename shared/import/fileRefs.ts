import type { Design } from '../design/model';
import { intrinsicOf, visitHot } from '../hot';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import { joinPath } from './parseText';

/** Reads a file next to the imported template (relative path as written in it); undefined when absent. */
export type ReadFile = (relativePath: string) => string | undefined;

const TEMPLATE_FILE = /\.(ya?ml|template|json)$/i;

/**
 * get_file and file-named resource types stay as they are in the design; warn where the file is not available,
 * because the compiled template needs it beside it when it is deployed.
 */
export function checkFileReferences(
  design: Design,
  readFile: ReadFile | undefined,
  baseOf: (lane: string) => string,
  diagnostics: Diagnostic[],
): void {
  for (const [id, resource] of Object.entries(design.resources)) {
    const where = { resource: id, region: resource.region };
    const available = (path: string) =>
      readFile !== undefined && readFile(joinPath(baseOf(resource.region), path)) !== undefined;
    if (TEMPLATE_FILE.test(resource.type) && !resource.type.includes('::')) {
      diagnostics.push(
        diag(
          ImportCodes.TYPE_IS_FILE,
          'warning',
          `Resource "${id}" is a nested stack from the file "${resource.type}"${available(resource.type) ? '' : ', which was not provided'}; the design keeps the file name, so the file must sit beside the compiled template when it is deployed.`,
          { ...where, path: ['type'] },
        ),
      );
    }
    const files = new Set<string>();
    visitHot([resource.properties ?? null, resource.metadata ?? null], (node) => {
      const f = intrinsicOf(node);
      if (f?.fn === 'get_file' && typeof f.args === 'string') files.add(f.args);
    });
    for (const file of files) {
      if (available(file)) continue;
      diagnostics.push(
        diag(
          ImportCodes.GET_FILE,
          'warning',
          `Resource "${id}" reads the file "${file}" (get_file), which was not provided; the get_file is kept as it is, so the file must sit beside the compiled template when it is deployed.`,
          where,
        ),
      );
    }
  }
}
