/** The heat-templates corpus (shared/corpus beside the clone), for the corpus tests and bench/corpus.ts. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultCorpusDir = path.resolve(repoRoot, '../shared/corpus/heat-templates/hot');

/** Every .yaml/.yml file below `dir`, sorted. */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? corpusFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
    });
}

/** Files beside `file`, as a template's get_file sees them. */
export const besides = (file: string) => (relative: string) => {
  const p = path.resolve(path.dirname(file), relative);
  return existsSync(p) && statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined;
};
