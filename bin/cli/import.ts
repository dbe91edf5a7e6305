import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseHot } from '../../shared/design/hotYaml';
import { serializeDesign } from '../../shared/design/serialize';
import { importTemplates, type ReadFile, type TemplateInput } from '../../shared/import/index';
import { importNested } from '../../shared/import/importNested';
import type { Design } from '../../shared/design/model';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../shared/util/diagnostics';
import { parseCommandArgs, requireOption } from './args';
import { CliError, EXIT, type CliCommand } from './command';
import { loadCatalog, summary } from './design';
import { readText, writeNewFile } from './files';

export const importCommand: CliCommand = {
  name: 'import',
  help: [
    'Usage: isotherm import --region ID=REGION_NAME:FILE [--region ...] --out DESIGN [--name NAME] [--force]',
    '       isotherm import PARENT.yaml --out DESIGN [--name NAME] [--force]',
    '',
    'The first form makes one lane per --region: lane ID, OpenStack region REGION_NAME, template FILE.',
    'Cross-region wiring written by isotherm compile (parameters filled from outputs) becomes references again.',
    'The second form reads a parent template with one OS::Heat::Stack per region (isotherm compile --nested),',
    'following get_file relative to the parent.',
    '',
    '  --out DESIGN   the design file to write (*.isotherm.yaml); an existing file is kept unless --force',
    '  --name NAME    the design name (default: the file name of DESIGN)',
    '  --verbose      also print the notes (how cross-region wiring became references)',
    '',
    'Exit codes: 0 written (warnings may be printed), 1 the templates cannot be imported (nothing written),',
    '2 a file cannot be read or written, or wrong usage.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('import', args, {
      region: { type: 'string', short: 'r', multiple: true },
      out: { type: 'string', short: 'o' },
      name: { type: 'string' },
      force: { type: 'boolean', short: 'f' },
      verbose: { type: 'boolean', short: 'v' },
    });
    const out = requireOption('import', values.out as string | undefined, '--out DESIGN');
    const regions = (values.region as string[] | undefined) ?? [];
    if (regions.length > 0 && positionals.length > 0)
      throw new CliError(
        `import: give either --region options or one PARENT.yaml, not both. See 'isotherm import --help'.`,
      );
    if (regions.length === 0 && positionals.length !== 1) {
      throw new CliError(
        `import: give --region ID=REGION_NAME:FILE (once per region) or one PARENT.yaml. See 'isotherm import --help'.`,
      );
    }
    const name = (values.name as string | undefined) ?? designNameOf(out);
    const result =
      regions.length > 0
        ? await fromRegions(regions, name, io.cwd)
        : await fromParent(positionals[0]!, name, io.cwd);
    const notes = result.diagnostics.filter((d) => d.severity === 'info');
    for (const d of result.diagnostics)
      if (d.severity !== 'info' || values.verbose === true) io.err(formatDiagnostic(d));
    if (result.design === null || hasErrors(result.diagnostics)) {
      io.err(
        `isotherm: the templates could not be imported (${summary(result.diagnostics)}); ${out} was not written.`,
      );
      return EXIT.errors;
    }
    await writeNewFile(out, io.cwd, serializeDesign(result.design), values.force === true);
    const hidden =
      values.verbose === true || notes.length === 0
        ? ''
        : ` (${notes.length} note(s) on the cross-region wiring: --verbose shows them)`;
    io.out(
      `wrote ${out}: ${result.design.regions.length} region(s), ${Object.keys(result.design.resources).length} resource(s)${hidden}`,
    );
    return EXIT.ok;
  },
};

interface Imported {
  design: Design | null;
  diagnostics: Diagnostic[];
}

/** `shop.isotherm.yaml` -> `shop`. */
export function designNameOf(path: string): string {
  return (
    basename(path)
      .replace(/\.isotherm\.ya?ml$/i, '')
      .replace(/\.ya?ml$/i, '') || 'imported'
  );
}

/** `ID=REGION_NAME:FILE` -> its parts, or a usage error. */
export function parseRegionSpec(spec: string): { id: string; regionName: string; file: string } {
  const m = /^([^=]+)=([^:]+):(.+)$/.exec(spec);
  if (m === null)
    throw new CliError(
      `import: --region ${spec}: expected ID=REGION_NAME:FILE, e.g. --region east=RegionOne:east.yaml.`,
    );
  return { id: m[1]!, regionName: m[2]!, file: m[3]! };
}

/** Reads files relative to `base` (for get_file and nested template types); undefined when missing. */
function fileReader(base: string): ReadFile {
  return (relativePath) => {
    try {
      return readFileSync(resolve(base, relativePath), 'utf8');
    } catch {
      return undefined;
    }
  };
}

async function fromRegions(specs: string[], name: string, cwd: string): Promise<Imported> {
  const diagnostics: Diagnostic[] = [];
  const inputs: TemplateInput[] = [];
  const parsedSpecs = specs.map(parseRegionSpec);
  for (const spec of parsedSpecs) {
    const parsed = parseHot(await readText(spec.file, cwd));
    diagnostics.push(
      ...parsed.diagnostics.map((d) => ({ ...d, message: `${spec.file}: ${d.message}` })),
    );
    inputs.push({ laneId: spec.id, regionName: spec.regionName, template: parsed.template });
  }
  if (hasErrors(diagnostics)) return { design: null, diagnostics };
  const base = dirname(resolve(cwd, parsedSpecs[0]!.file));
  const result = await importTemplates(inputs, {
    name,
    catalog: loadCatalog(),
    readFile: fileReader(base),
  });
  return { design: result.design, diagnostics: [...diagnostics, ...result.diagnostics] };
}

async function fromParent(path: string, name: string, cwd: string): Promise<Imported> {
  const text = await readText(path, cwd);
  return importNested(text, fileReader(dirname(resolve(cwd, path))), {
    name,
    catalog: loadCatalog(),
  });
}
