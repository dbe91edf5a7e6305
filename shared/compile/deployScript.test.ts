import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredParameters, deployScript, shellQuote, templateFileName } from './deployScript';
import type { Plan } from './types';

// The generated script is checked by bash itself (`bash -n`), by shellcheck where it is installed, and
// run for real in its modes that need no cloud. Running it against a cloud is the integration tier's job.

const dir = mkdtempSync(join(tmpdir(), 'isotherm-deploysh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

function writeScript(text: string): string {
  const path = join(dir, `deploy${count++}.sh`);
  writeFileSync(path, text, { mode: 0o755 });
  return path;
}

function bash(args: string[], env: Record<string, string> = {}) {
  return spawnSync('/bin/bash', args, { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', ...env } });
}

/** The lines of a wave that read inputs (an earlier pass's step also names outputs, not read there). */
const fetchLines = (wave: string): string =>
  wave
    .split('\n')
    .filter((l) => l.includes('fetch_input'))
    .join('\n');

const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

const vpn: Plan = {
  stacks: [
    { lane: 'east', regionName: 'RegionOne', stack: 'vpn-east', passes: 2 },
    { lane: 'west', regionName: 'RegionTwo', cloud: 'lab', stack: 'vpn-west', passes: 2 },
    { lane: 'south', regionName: 'RegionOne', stack: 'vpn-south', passes: 1 },
  ],
  inputs: [
    { lane: 'east', parameter: 'west_gw', fromLane: 'west', output: 'west_gw' },
    { lane: 'west', parameter: 'east_gw', fromLane: 'east', output: 'east_gw' },
    { lane: 'south', parameter: 'east_id', fromLane: 'east', output: 'east_id' },
  ],
  waves: [
    [
      { lane: 'east', stack: 'vpn-east', pass: 1 },
      { lane: 'west', stack: 'vpn-west', pass: 1 },
    ],
    [
      { lane: 'east', stack: 'vpn-east', pass: 2 },
      { lane: 'west', stack: 'vpn-west', pass: 2 },
    ],
    [{ lane: 'south', stack: 'vpn-south', pass: 1 }],
  ],
};

describe('deployScript', () => {
  it('is valid bash in wave order, with pass templates, inputs and a reverse destroy', () => {
    const text = deployScript(vpn, { name: 'vpn' });
    const path = writeScript(text);
    expect(bash(['-n', path]).stderr).toBe('');
    expect(bash(['-n', path]).status).toBe(0);
    // the waves run in order, and destroy runs them backwards with each stack once
    const main = text.slice(text.indexOf('if [ "${1:-deploy}" = deploy ]'));
    expect(main.match(/deploy_wave_\d/g)).toEqual([
      'deploy_wave_1',
      'deploy_wave_2',
      'deploy_wave_3',
    ]);
    const destroy1 = text.slice(
      text.indexOf('destroy_wave_1() {'),
      text.indexOf('destroy_wave_2() {'),
    );
    expect(destroy1).toContain("delete_stack 'south' 'vpn-south'");
    const destroy2 = text.slice(text.indexOf('destroy_wave_2() {'), text.indexOf('usage() {'));
    expect(destroy2).toContain("delete_stack 'east' 'vpn-east'");
    expect(destroy2).toContain("delete_stack 'west' 'vpn-west'");
    expect(text).not.toContain('destroy_wave_3() {');
    // earlier passes use <lane>.passN.yaml, the last one <lane>.yaml
    expect(text).toContain("deploy_step 'east' 'vpn-east' 'east.pass1.yaml'");
    expect(text).toContain("deploy_step 'east' 'vpn-east' 'east.yaml'");
    expect(text).toContain("deploy_step 'south' 'vpn-south' 'south.yaml'");
    // the lane with a cloud uses it; the others fall back to OS_CLOUD
    expect(text).toContain(`'west') cloud='lab' region='RegionTwo'`);
    expect(text).toContain(`'east') cloud="\${OS_CLOUD:-}" region='RegionOne'`);
  });

  it('passes an input only to the steps whose template declares it', () => {
    const text = deployScript(vpn, {
      declared: { east: [[], ['west_gw']], west: [['east_gw'], ['east_gw']], south: [['east_id']] },
    });
    const wave1 = text.slice(text.indexOf('deploy_wave_1() {'), text.indexOf('deploy_wave_2() {'));
    const wave2 = text.slice(text.indexOf('deploy_wave_2() {'), text.indexOf('deploy_wave_3() {'));
    expect(fetchLines(wave1)).not.toContain("'west_gw'");
    expect(wave1).toContain("fetch_input 'east' 'vpn-east' 'east_gw'");
    expect(wave2).toContain("fetch_input 'west' 'vpn-west' 'west_gw'");
    // all of a wave's inputs are read before any of its stacks starts changing
    expect(wave2.lastIndexOf('fetch_input')).toBeLessThan(wave2.indexOf('start '));
  });

  it('names, for an earlier pass, the outputs other lanes read (the pass is skipped only when the stack has them)', () => {
    const text = deployScript(vpn);
    const step = (lane: string, pass: number) =>
      text
        .split('\n')
        .find((l) => l.includes(`(lane ${lane}, pass ${pass})' '${lane}' deploy_step`));
    expect(step('east', 1)).toMatch(/ 1 2 'east_gw' 'east_id'$/);
    expect(step('west', 1)).toMatch(/ 1 2 'west_gw'$/);
    expect(step('east', 2)).toMatch(/ 2 2$/);
    expect(step('south', 1)).toMatch(/ 1 1$/);
  });

  it("follows the inputs' first pass, and tolerates optional inputs", () => {
    const plan: Plan = {
      ...vpn,
      inputs: [
        { lane: 'east', parameter: 'west_gw', fromLane: 'west', output: 'west_gw', pass: 2 },
        {
          lane: 'west',
          parameter: 'east_gw',
          fromLane: 'east',
          output: 'east_gw',
          pass: 1,
          optional: true,
        },
      ],
    };
    const text = deployScript(plan);
    const wave1 = text.slice(text.indexOf('deploy_wave_1() {'), text.indexOf('deploy_wave_2() {'));
    const wave2 = text.slice(text.indexOf('deploy_wave_2() {'), text.indexOf('deploy_wave_3() {'));
    expect(fetchLines(wave1)).not.toContain("'west_gw'");
    expect(wave1).toContain(
      `fetch_input 'east' 'vpn-east' 'east_gw' ''\\''east_gw'\\''' "$WORK/wave1.2.env.yaml" optional`,
    );
    expect(wave2).toContain(
      `fetch_input 'west' 'vpn-west' 'west_gw' ''\\''west_gw'\\''' "$WORK/wave2.1.env.yaml"\n`,
    );
  });

  it.skipIf(!hasShellcheck)('is shellcheck-clean', () => {
    const path = writeScript(deployScript(vpn, { name: 'vpn' }));
    const r = spawnSync('shellcheck', [path], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('prints its usage, refuses unknown modes, and says when the openstack client is missing', () => {
    const path = writeScript(deployScript(vpn, { name: 'vpn' }));
    const help = bash([path, 'help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: ./deploy.sh [deploy|destroy|help]');
    expect(help.stdout).toContain('wave 2: vpn-east (lane east, pass 2)');
    expect(bash([path, 'bogus']).status).toBe(2);
    // a PATH with the few tools the script needs, and no openstack client
    const bin = mkdtempSync(join(dir, 'bin-'));
    for (const tool of ['dirname', 'mktemp', 'rm', 'sed']) {
      const found = spawnSync('bash', ['-c', `command -v ${tool}`], {
        encoding: 'utf8',
      }).stdout.trim();
      symlinkSync(found, join(bin, tool));
    }
    const noClient = bash([path], { PATH: bin });
    expect(noClient.status).toBe(1);
    expect(noClient.stderr).toContain('the openstack client was not found');
  });

  it('stays valid bash whatever the names hold (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 12, unit: 'binary' });
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), name, (lanes, param) => {
        const plan: Plan = {
          stacks: lanes.map((r, i) => ({
            lane: r,
            regionName: `${r}$(x)`,
            stack: `s'${r}"`,
            passes: i === 0 ? 2 : 1,
          })),
          inputs: lanes.slice(1).map((r) => ({
            lane: r,
            parameter: param,
            fromLane: lanes[0]!,
            output: `o\`${r}`,
          })),
          waves: [
            [{ lane: lanes[0]!, stack: 's', pass: 1 }],
            lanes.map((r, i) => ({ lane: r, stack: 's', pass: i === 0 ? 2 : 1 })),
          ],
        };
        const path = writeScript(deployScript(plan, { name: `n\n${param}` }));
        const r = bash(['-n', path]);
        expect(r.stderr).toBe('');
        return r.status === 0;
      }),
      { numRuns: 25 },
    );
  });
});

describe('helpers', () => {
  it('names pass templates', () => {
    expect(templateFileName('east', 1, 2)).toBe('east.pass1.yaml');
    expect(templateFileName('east', 2, 2)).toBe('east.yaml');
    expect(templateFileName('east', 1, 1)).toBe('east.yaml');
  });

  it('quotes any string for bash', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((s) => !s.includes('\0')),
        (s) => {
          const r = spawnSync('bash', ['-c', `printf %s ${shellQuote(s)}`], { encoding: 'utf8' });
          return r.stdout === s;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lists the parameters each step declares', () => {
    const declared = declaredParameters({
      templates: { east: { parameters: { a: {}, b: {} } }, west: {} },
      passTemplates: { east: [{ parameters: { a: {} } }] },
    });
    expect(declared).toEqual({ east: [['a'], ['a', 'b']], west: [[]] });
  });
});
