/** The corpus of public OpenStack Heat templates committed in test/corpus/openstack (see its manifest.json). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../shared/catalog/types';
import { roundTripTemplate, type RoundTripReport } from '../../shared/import/roundTrip';
import { besides, repoRoot } from './corpus';

export const openstackCorpusDir = path.join(repoRoot, 'test/corpus/openstack');

export interface CorpusEntry {
  repo: string;
  path: string;
  commit: string;
  sha256: string;
}

export function openstackManifest(): CorpusEntry[] {
  const text = readFileSync(path.join(openstackCorpusDir, 'manifest.json'), 'utf8');
  return (JSON.parse(text) as { files: CorpusEntry[] }).files;
}

/** Where an entry sits on disk: `<repo name>/<path>`. */
export const entryFile = (e: CorpusEntry): string =>
  path.join(openstackCorpusDir, e.repo.split('/')[1]!, e.path);

export interface CorpusVerdict {
  file: string;
  report: RoundTripReport;
  /** Isotherm refuses the template: not importable, or an error from validation or compile. */
  refused: boolean;
}

/** Import, compile back and compare one corpus file with the given catalog. */
export async function judge(e: CorpusEntry, catalog: Catalog): Promise<CorpusVerdict> {
  const file = entryFile(e);
  const report = await roundTripTemplate(readFileSync(file, 'utf8'), besides(file), catalog);
  const refused =
    report.status === 'not-a-template' ||
    report.status === 'import-failed' ||
    report.diagnostics.some((d) => d.severity === 'error');
  return { file: path.relative(openstackCorpusDir, file), report, refused };
}
