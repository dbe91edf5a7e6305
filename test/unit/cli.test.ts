// The real bin/isotherm, run as a subprocess on every example design and on the error cases.
// Expected export files are the goldens of test/golden/<example>/ (see examples.test.ts to rewrite them).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/isotherm');
const examplesDir = join(root, 'assets/examples');
const goldenDir = join(root, 'test/golden');
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.isotherm.yaml'))
  .map((f) => f.replace(/\.isotherm\.yaml$/, ''))
  .sort();

/** Each run starts Node with tsx; on a busy 2-core machine a handful of runs takes a while. */
const SLOW = 240_000;

const work = mkdtempSync(join(tmpdir(), 'isotherm-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `bin/isotherm args...` in `cwd` (the temp folder by default). */
function isotherm(args: string[], cwd = work) {
  const r = spawnSync(bin, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const laneTemplates = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.includes('.pass') && f !== 'parent.yaml')
    .sort();

interface PlanJson {
  design: string;
  stacks: { region: string; regionName: string }[];
}

describe('isotherm on the examples', () => {
  it.each(examples)(
    '%s: validate, compile (= goldens), import + compile again (= same templates, plan and deploy.sh)',
    { timeout: SLOW },
    (example) => {
      const design = join(examplesDir, `${example}.isotherm.yaml`);
      const golden = join(goldenDir, example);

      const validated = isotherm(['validate', design]);
      expect(validated.stdout).toBe(`${design}: no problems\n`);
      expect(validated.stderr).toBe('');
      expect(validated.code).toBe(0);

      const out = join(work, example, 'export');
      const nested = existsSync(join(golden, 'parent.yaml'));
      const compiled = isotherm(['compile', design, '--out', out, ...(nested ? ['--nested'] : [])]);
      expect(compiled.stderr).toBe('');
      expect(compiled.code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(readdirSync(golden).sort());
      for (const f of readdirSync(golden))
        expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(golden, f), 'utf8'));

      // import the lane templates back (one --region per lane), compile again: the same templates
      const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as PlanJson;
      const imported = join(work, example, 'imported.isotherm.yaml');
      const regions = plan.stacks.flatMap((s) => [
        '--region',
        `${s.region}=${s.regionName}:${join(out, `${s.region}.yaml`)}`,
      ]);
      const importRun = isotherm(['import', ...regions, '--out', imported, '--name', plan.design]);
      expect(importRun.code, importRun.stderr).toBe(0);
      const again = join(work, example, 'again');
      const recompiled = isotherm(['compile', imported, '--out', again]);
      expect(recompiled.code, recompiled.stderr).toBe(0);
      expect(laneTemplates(again)).toEqual(laneTemplates(out));
      for (const f of [...laneTemplates(out), 'plan.json', 'deploy.sh']) {
        expect(readFileSync(join(again, f), 'utf8'), `re-imported ${f}`).toBe(
          readFileSync(join(out, f), 'utf8'),
        );
      }
    },
  );

  it.each(examples.filter((e) => existsSync(join(goldenDir, e, 'parent.yaml'))))(
    '%s: import of the model-2 parent.yaml compiles to the same templates',
    { timeout: SLOW },
    (example) => {
      const out = join(work, example, 'nested');
      expect(
        isotherm([
          'compile',
          join(examplesDir, `${example}.isotherm.yaml`),
          '--out',
          out,
          '--nested',
        ]).code,
      ).toBe(0);
      const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as PlanJson;
      const imported = join(work, example, 'from-parent.isotherm.yaml');
      const importRun = isotherm([
        'import',
        join(out, 'parent.yaml'),
        '--out',
        imported,
        '--name',
        plan.design,
      ]);
      expect(importRun.code, importRun.stderr).toBe(0);
      const again = join(work, example, 'from-parent');
      const recompiled = isotherm(['compile', imported, '--out', again]);
      expect(recompiled.code, recompiled.stderr).toBe(0);
      for (const f of laneTemplates(out))
        expect(readFileSync(join(again, f), 'utf8'), `from parent: ${f}`).toBe(
          readFileSync(join(out, f), 'utf8'),
        );
    },
  );
});

describe('isotherm errors', () => {
  it('exit 2 with a short hint when the design file is missing', { timeout: SLOW }, () => {
    const r = isotherm(['validate', 'shop.isotherm.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'isotherm: cannot read shop.isotherm.yaml: no such file. Check the path.',
    );
    expect(isotherm(['compile', 'shop.isotherm.yaml', '--out', 'x']).code).toBe(2);
    expect(existsSync(join(work, 'x'))).toBe(false);
  });

  it('exit 2 on wrong usage, naming what to do', { timeout: SLOW }, () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['validate'],
      ['validate', 'a', 'b'],
      ['compile', 'a.isotherm.yaml'],
      ['compile', '--bogus'],
      ['import', '--out', 'x.isotherm.yaml'],
      ['import', '--region', 'nope', '--out', 'y.isotherm.yaml'],
    ]) {
      const r = isotherm(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr + r.stdout, args.join(' ')).toMatch(/isotherm/);
    }
    expect(isotherm(['frobnicate']).stderr).toContain("unknown command 'frobnicate'");
    expect(isotherm(['compile', 'a.isotherm.yaml']).stderr).toContain('--out DIR is required');
  });

  it('prints help and the version', { timeout: SLOW }, () => {
    const help = isotherm(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['validate', 'compile', 'import']) expect(help.stdout).toContain(`  ${c}`);
    const compileHelp = isotherm(['compile', '--help']);
    expect(compileHelp.code).toBe(0);
    expect(compileHelp.stdout).toContain('Usage: isotherm compile DESIGN --out DIR [--nested]');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(isotherm(['--version']).stdout.trim()).toBe(`isotherm ${pkg.version}`);
  });

  it(
    'a design with errors: exit 1, the diagnostics printed, nothing written',
    { timeout: SLOW },
    () => {
      const bad = join(work, 'bad.isotherm.yaml');
      writeFileSync(
        bad,
        [
          'isotherm: 1',
          'name: bad',
          'heat_template_version: 2021-04-16',
          'regions:',
          '  east: {region_name: RegionOne}',
          'resources:',
          '  a: {type: OS::Heat::Value, region: east, properties: {value: {get_attr: [b, value]}}}',
          '  b: {type: OS::Heat::Value, region: east, properties: {value: {get_attr: [a, value]}}}',
          '  c: {type: OS::Nope::Nothing, region: east}',
          '',
        ].join('\n'),
      );
      const v = isotherm(['validate', bad]);
      expect(v.code).toBe(1);
      expect(
        v.stdout.split('\n').filter((l) => l.startsWith('error ')).length,
      ).toBeGreaterThanOrEqual(2);
      const lines = v.stdout.trim().split('\n');
      for (const line of lines.slice(0, -1))
        expect(line).toMatch(/^(error|warning|info) [A-Z_0-9]+ \S+: .+/);
      expect(lines.at(-1)).toMatch(new RegExp(`^${bad}: \\d+ errors?`));
      expect(v.stderr).toBe('');
      expect(v.stdout).toMatch(/^error \S+ c\.type: /m);

      const out = join(work, 'bad-out');
      const c = isotherm(['compile', bad, '--out', out]);
      expect(c.code).toBe(1);
      expect(c.stderr).toContain('nothing was written');
      expect(existsSync(out)).toBe(false);

      // an existing export folder is left exactly as it was
      mkdirSync(out);
      writeFileSync(join(out, 'keep.txt'), 'mine');
      expect(isotherm(['compile', bad, '--out', out]).code).toBe(1);
      expect(readdirSync(out)).toEqual(['keep.txt']);
      expect(readdirSync(work).filter((f) => f.startsWith('.bad-out'))).toEqual([]);
    },
  );

  it(
    '--nested on a region cycle: exit 1, says to compile without it, nothing written',
    { timeout: SLOW },
    () => {
      const out = join(work, 'vpn-nested');
      const r = isotherm([
        'compile',
        join(examplesDir, 'site-to-site-vpn.isotherm.yaml'),
        '--out',
        out,
        '--nested',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error \S+ region:east: /m);
      expect(r.stderr).toContain('Compile without --nested');
      expect(existsSync(out)).toBe(false);
    },
  );

  it('import refuses to replace a design unless --force', { timeout: SLOW }, () => {
    const example = join(examplesDir, 'three-region-chain.isotherm.yaml');
    const out = join(work, 'chain');
    expect(isotherm(['compile', example, '--out', out]).code).toBe(0);
    const target = join(work, 'existing.isotherm.yaml');
    writeFileSync(target, 'keep me\n');
    const args = [
      'import',
      '--region',
      `east=RegionOne:${join(out, 'east.yaml')}`,
      '--out',
      target,
    ];
    const refused = isotherm(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    expect(isotherm([...args, '--force']).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^isotherm: 1$/m);
  });
});
