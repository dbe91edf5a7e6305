import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ExampleSummary } from '../../shared/ipc';
import { IpcFailure } from '../../shared/ipc/errors';

export const EXAMPLE_SUFFIX = '.isotherm.yaml';
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function summarize(id: string, text: string): ExampleSummary {
  let doc: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      doc = parsed as Record<string, unknown>;
  } catch {
    // a broken example is still listed (by its id); opening it shows the diagnostics
  }
  const lanes =
    typeof doc.regions === 'object' && doc.regions !== null ? Object.keys(doc.regions) : [];
  const resources =
    typeof doc.resources === 'object' && doc.resources !== null
      ? Object.keys(doc.resources).length
      : 0;
  return {
    id,
    name: typeof doc.name === 'string' ? doc.name : id,
    ...(typeof doc.description === 'string' ? { description: doc.description } : {}),
    regions: lanes,
    resourceCount: resources,
  };
}

/** The example designs shipped in `dir` (assets/examples/<id>.isotherm.yaml), sorted by id. */
export async function listExamples(dir: string): Promise<ExampleSummary[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const ids = names
    .filter((n) => n.endsWith(EXAMPLE_SUFFIX))
    .map((n) => n.slice(0, -EXAMPLE_SUFFIX.length))
    .filter((id) => ID.test(id))
    .sort();
  return Promise.all(
    ids.map(async (id) =>
      summarize(id, await readFile(join(dir, `${id}${EXAMPLE_SUFFIX}`), 'utf8')),
    ),
  );
}

export async function readExample(dir: string, id: string): Promise<{ id: string; text: string }> {
  if (!ID.test(id) || id.includes('..'))
    throw new IpcFailure('E_INVALID_REQUEST', `Bad example id ${JSON.stringify(id)}.`);
  try {
    return { id, text: await readFile(join(dir, `${id}${EXAMPLE_SUFFIX}`), 'utf8') };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new IpcFailure(
        'E_NOT_FOUND',
        `There is no example named ${id}; pick one from the welcome view.`,
      );
    throw err;
  }
}
