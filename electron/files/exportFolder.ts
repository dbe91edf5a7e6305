import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Catalog } from '../../shared/catalog/types';
import { compile } from '../../shared/compile/compile';
import {
  declaredParameters,
  deployScript,
  templateFileName,
} from '../../shared/compile/deployScript';
import { COMPILE_CODES } from '../../shared/compile/codes';
import { isPlainFileName, laneFileNameDiagnostics } from '../../shared/compile/fileNames';
import { exportNested, nestedFileName } from '../../shared/compile/nested';
import type { CompileResult, Plan } from '../../shared/compile/types';
import { dumpHot } from '../../shared/design/hotYaml';
import { getOwn, mapFromEntries } from '../../shared/hot';
import type { Design } from '../../shared/design/model';
import { parseDesign } from '../../shared/design/parse';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { diag, hasErrors } from '../../shared/util/diagnostics';

/**
 * THE export: what `isotherm compile --out DIR [--nested]` and the app's File > Export… write, as data
 * (`exportFiles`), and the all-or-nothing folder write (`writeExportFolder`). One implementation for both.
 */

/** A file to write: its name inside the folder, its content, and its mode. */
export interface ExportFile {
  name: string;
  content: string;
  mode?: number;
}

export interface ExportOptions {
  /** Also write parent.yaml (model 2: one OS::Heat::Stack per region). */
  nested?: boolean;
}

export interface Export {
  files: ExportFile[];
  diagnostics: Diagnostic[];
}

/** plan.json keeps its keys: a lane id is `region` (`fromRegion` in inputs), as before the code said `lane`. */
const PLAN_FILE_KEYS: Readonly<Record<string, string>> = { lane: 'region', fromLane: 'fromRegion' };

function withPlanFileKeys(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [PLAN_FILE_KEYS[k] ?? k, v]));
}

/** plan.json: the plan (waves of `{region, stack, pass}`, inputs, stacks) and each lane's template files. */
export function planJson(design: Design, plan: Plan): string {
  const templates = mapFromEntries(
    plan.stacks.map((s): [string, string[]] => [
      s.lane,
      Array.from({ length: s.passes }, (_, i) => templateFileName(s.lane, i + 1, s.passes)),
    ]),
  );
  const waves = plan.waves.map((wave) =>
    wave.map(({ lane, stack, pass }) => ({ region: lane, stack, pass })),
  );
  const stacks = plan.stacks.map(withPlanFileKeys);
  const inputs = plan.inputs.map(withPlanFileKeys);
  return `${JSON.stringify({ design: design.name, stacks, waves, inputs, templates }, null, 2)}\n`;
}

/** The files of an export: `<lane>.yaml` (+ `<lane>.pass<N>.yaml`), plan.json, deploy.sh, and parent.yaml when nested. */
export function exportFiles(
  design: Design,
  result: CompileResult,
  options: ExportOptions = {},
): Export {
  const files: ExportFile[] = [];
  // a lane id that cannot be a file name inside the folder (`../x`, `a/b`, 300 characters) writes nothing
  const diagnostics = laneFileNameDiagnostics(result.plan.stacks.map((s) => s.lane));
  const unnamed = new Set(diagnostics.flatMap((d) => d.lane ?? []));
  for (const s of result.plan.stacks) {
    if (unnamed.has(s.lane)) continue;
    const earlier = getOwn(result.passTemplates, s.lane) ?? [];
    earlier.forEach((t, i) =>
      files.push({ name: templateFileName(s.lane, i + 1, s.passes), content: dumpHot(t) }),
    );
    const template = getOwn(result.templates, s.lane);
    if (template !== undefined)
      files.push({
        name: templateFileName(s.lane, s.passes, s.passes),
        content: dumpHot(template),
      });
  }
  files.push({ name: 'plan.json', content: planJson(design, result.plan) });
  files.push({
    name: 'deploy.sh',
    content: deployScript(result.plan, { name: design.name, declared: declaredParameters(result) }),
    mode: 0o755,
  });
  if (options.nested === true) {
    const nested = exportNested(design, result);
    diagnostics.push(...nested.diagnostics);
    files.push({ name: 'parent.yaml', content: dumpHot(nested.parent) });
    // the lanes whose ids cannot name a file write no nested template either (`...yaml` for lane `..`)
    const names = new Set([...files.map((f) => f.name), ...[...unnamed].map(nestedFileName)]);
    for (const [name, content] of Object.entries(nested.files)) {
      if (!names.has(name) && isPlainFileName(name))
        files.push({ name, content: typeof content === 'string' ? content : dumpHot(content) });
    }
  }
  return { files: withoutClashes(files, diagnostics), diagnostics };
}

/** The files with each name once; a second file of a name (lane `parent` beside parent.yaml) is an error. */
function withoutClashes(files: ExportFile[], diagnostics: Diagnostic[]): ExportFile[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    if (!seen.has(f.name)) return seen.add(f.name);
    diagnostics.push(
      diag(
        COMPILE_CODES.E_EXPORT_FILE_NAME,
        'error',
        `Two files of this export would both be named ${f.name}: rename the lane whose template it is.`,
        { path: ['regions'] },
      ),
    );
    return false;
  });
}

/** Design text -> the export's files, or only diagnostics when the design has errors (then nothing may be written). */
export function exportDesignText(
  text: string,
  catalog: Catalog,
  options: ExportOptions = {},
): Export {
  const parsed = parseDesign(text);
  if (parsed.design === null || hasErrors(parsed.diagnostics))
    return { files: [], diagnostics: parsed.diagnostics };
  const result = compile(parsed.design, catalog);
  const diagnostics = [...parsed.diagnostics, ...result.diagnostics];
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  const exported = exportFiles(parsed.design, result, options);
  const all = [...diagnostics, ...exported.diagnostics];
  return { files: hasErrors(all) ? [] : exported.files, diagnostics: all };
}

/** Thrown by writeExportFolder when the target cannot be used (the message says what to do). */
export class ExportFolderError extends Error {
  override readonly name = 'ExportFolderError';
}

async function writeSynced(path: string, content: string, mode: number): Promise<void> {
  const fh = await open(path, 'wx', mode);
  try {
    await fh.writeFile(content);
    await fh.chmod(mode);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Write all `files` into `dir`, or none of them: everything is written (and synced) into a temporary folder
 * beside `dir` first; only then are the files moved in (a rename each, or one rename of the folder when `dir`
 * does not exist yet). An error while writing leaves `dir` as it was. Node errors keep their `code`.
 */
export async function writeExportFolder(dir: string, files: readonly ExportFile[]): Promise<void> {
  const target = resolve(dir);
  const parent = dirname(target);
  for (const f of files) {
    if (f.name !== basename(f.name) || f.name === '..' || f.name === '.')
      throw new ExportFolderError(
        `refusing to write ${f.name}: export files are plain names inside the folder.`,
      );
  }
  const existing = await lstat(target).catch(() => undefined);
  if (existing !== undefined && !existing.isDirectory())
    throw new ExportFolderError(`${dir} is a file, not a folder: choose another folder.`);
  const tmp = join(parent, `.${basename(target)}.isotherm-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(parent, { recursive: true });
    await mkdir(tmp);
    for (const f of files) await writeSynced(join(tmp, f.name), f.content, f.mode ?? 0o644);
    if (existing === undefined) {
      await rename(tmp, target);
    } else {
      for (const f of files) await rename(join(tmp, f.name), join(target, f.name));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
