// The inspector's picker and validate-on-cloud's value check through the real contract dispatcher
// (`cloud.values`, `cloud.validate`) on the local cloud. With Heat only, the catalog's compute, image
// and network endpoints are placeholders on a closed port: the answer is a quick, clear "not
// reachable". With the real services (`full`), each region lists the image `cirros` and the flavors
// m1.tiny/m1.small, and validate flags a flavor the region does not have.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CloudValuesAnswer } from '../../shared/ipc/channels/cloud';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { runCli } from '../support/cli';
import { CLOUD, cloudEnv, describeCloud, devcloudCloudsYaml, REGIONS } from '../support/cloud';
import { deployHarness, value, type DeployHarness } from '../support/deployHarness';
import { describeFullCloud, fullServicesUp } from '../support/fullCloud';
import { tempWorld, type TempWorld } from '../support/testing';

const serverDesign = (flavor: string, image: string) => `isotherm: 1
name: cloud-values-check
heat_template_version: 2021-04-16
regions:
  one: {region_name: RegionOne}
  two: {region_name: RegionTwo}
resources:
  vm:
    type: OS::Nova::Server
    region: one
    properties: {flavor: ${flavor}, image: ${image}}
  vm2:
    type: OS::Nova::Server
    region: two
    properties: {flavor: m1.tiny, image: ${image}}
outputs: {}
layout: {}
`;

function harness(): { h: () => DeployHarness } {
  let world: TempWorld;
  let h: DeployHarness;
  beforeAll(async () => {
    world = await tempWorld();
    h = deployHarness(world, devcloudCloudsYaml());
  });
  afterAll(() => world.dispose());
  return { h: () => h };
}

const values = (h: DeployHarness, region: string, constraint: string) =>
  h.call<CloudValuesAnswer>('cloud.values', { cloud: CLOUD, region, constraint }).then(value);

describeCloud('cloud values: services the region lacks or cannot reach', () => {
  const { h } = harness();

  it('answers quickly and clearly that a placeholder service is not reachable', async () => {
    // Cinder is a placeholder in every mode of the local cloud; Glance too unless `full` runs
    const cases: [string, RegExp][] = [
      ['cinder.vtype', /block storage \(Cinder\) service is not reachable/],
    ];
    if (!fullServicesUp())
      cases.push(['glance.image', /image \(Glance\) service is not reachable/]);
    // the first call authenticates (slow on a loaded machine); the picker's later calls reuse the token
    await values(h(), 'RegionNowhere', 'nova.flavor');
    for (const [constraint, reason] of cases) {
      const t0 = Date.now();
      const answer = await values(h(), 'RegionOne', constraint);
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(answer.kind).toBe('unavailable');
      expect(answer.kind === 'unavailable' && answer.reason).toMatch(reason);
      expect(answer.kind === 'unavailable' && answer.reason).toMatch(/^Region RegionOne's /);
    }
  });

  it('says when the region has no such service at all, and refuses unknown clouds as E_CLOUD', async () => {
    const answer = await values(h(), 'RegionNowhere', 'nova.flavor');
    expect(answer).toEqual({
      kind: 'unavailable',
      reason: `Region RegionNowhere of ${CLOUD} has no compute (Nova) service in its catalog.`,
    });
    const r = await h().call('cloud.values', {
      cloud: 'no-such-cloud',
      region: 'RegionOne',
      constraint: 'nova.flavor',
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('E_CLOUD');
    const bad = await h().call('cloud.values', {
      cloud: CLOUD,
      region: 'RegionOne',
      constraint: 'Bad Name!',
    });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('E_INVALID_REQUEST');
  });

  it.skipIf(fullServicesUp())(
    'validate on cloud does not flag values of a service it cannot reach',
    async () => {
      const r = value(
        await h().call<{ diagnostics: Diagnostic[] }>('cloud.validate', {
          cloud: CLOUD,
          designText: serverDesign('m1.nope', 'cirros'),
        }),
      );
      expect(r.diagnostics.filter((d) => d.code === 'W_NOT_IN_CLOUD')).toEqual([]);
      // ...and says which were not checked, and why: once per lane and kind
      const unchecked = r.diagnostics.filter((d) => d.code === 'I_CLOUD_VALUES_UNCHECKED');
      expect(unchecked.map((d) => d.message).sort()).toEqual([
        expect.stringMatching(
          /^The flavors named in lane one were not checked against region RegionOne: Region RegionOne's compute \(Nova\) service is not reachable/,
        ),
        expect.stringMatching(
          /^The flavors named in lane two were not checked against region RegionTwo: .*compute \(Nova\)/,
        ),
        expect.stringMatching(
          /^The images named in lane one were not checked .*image \(Glance\) service is not reachable/,
        ),
        expect.stringMatching(
          /^The images named in lane two were not checked against region RegionTwo/,
        ),
      ]);
    },
  );
});

describeFullCloud('cloud values: the real Nova, Glance and Neutron', () => {
  const { h } = harness();

  it.each(REGIONS)(
    'lists the image cirros and the flavors m1.tiny and m1.small of %s',
    async (region) => {
      const names = async (constraint: string) => {
        const answer = await values(h(), region, constraint);
        // an `unavailable` answer fails here with its reason
        expect(answer).toMatchObject({ kind: 'values' });
        const list = answer.kind === 'values' ? answer.values : [];
        for (const v of list) expect(v.id).not.toBe('');
        return list.map((v) => v.name);
      };
      expect(await names('glance.image')).toContain('cirros');
      expect(await names('nova.flavor')).toEqual(expect.arrayContaining(['m1.tiny', 'm1.small']));
    },
  );

  it('flags a flavor and an image the region does not have, naming the value and the region', async () => {
    const r = value(
      await h().call<{ diagnostics: Diagnostic[] }>('cloud.validate', {
        cloud: CLOUD,
        designText: serverDesign('m1.nope', 'no-such-image'),
      }),
    );
    // a list the loaded cloud could not give in time would make this test meaningless: say so
    expect(r.diagnostics.filter((d) => d.code === 'I_CLOUD_VALUES_UNCHECKED')).toEqual([]);
    const flagged = r.diagnostics.filter((d) => d.code === 'W_NOT_IN_CLOUD');
    expect(flagged.map((d) => [d.resource, d.path, d.lane])).toEqual(
      expect.arrayContaining([
        ['vm', ['properties', 'flavor'], 'one'],
        ['vm', ['properties', 'image'], 'one'],
        ['vm2', ['properties', 'image'], 'two'],
      ]),
    );
    expect(flagged).toHaveLength(3);
    expect(flagged.find((d) => d.path?.[1] === 'flavor')?.message).toMatch(
      /"m1\.nope" is not among the flavors of region RegionOne/,
    );
    const ok = value(
      await h().call<{ diagnostics: Diagnostic[] }>('cloud.validate', {
        cloud: CLOUD,
        designText: serverDesign('m1.small', 'cirros'),
      }),
    );
    expect(ok.diagnostics.filter((d) => d.code === 'W_NOT_IN_CLOUD')).toEqual([]);
  });
});

describeCloud('isotherm validate --cloud: the same check from the command line', () => {
  let world: TempWorld;
  let file: string;
  beforeAll(async () => {
    world = await tempWorld();
    await mkdir(world.home, { recursive: true });
    file = join(world.home, 'servers.isotherm.yaml');
    await writeFile(file, serverDesign('m1.nope', 'cirros'));
  });
  afterAll(() => world.dispose());

  it('prints what the regions lack (or could not check), and exits 0 on warnings alone', async () => {
    const { code, text } = await runCli(['validate', file, '--cloud', CLOUD], cloudEnv());
    expect(text).toMatch(/validating 2 lanes on isotherm-dev/);
    if (fullServicesUp()) {
      expect(text).toMatch(
        /warning W_NOT_IN_CLOUD vm\.properties\.flavor: .*"m1\.nope" is not among the flavors of region RegionOne/,
      );
      expect(text).not.toMatch(/W_NOT_IN_CLOUD vm2?\.properties\.image/);
    } else {
      expect(text).toMatch(/I_CLOUD_VALUES_UNCHECKED.*flavors named in lane one were not checked/);
      expect(text).not.toMatch(/W_NOT_IN_CLOUD/);
    }
    expect(code).toBe(0);
  });

  it('does not ask the cloud about a design with errors, and says so', async () => {
    const broken = join(world.home, 'broken.isotherm.yaml');
    await writeFile(
      broken,
      serverDesign('m1.nope', 'cirros').replace('OS::Nova::Server', 'OS::Nope'),
    );
    const { code, text } = await runCli(['validate', broken, '--cloud', CLOUD], cloudEnv());
    expect(text).toMatch(/not validated on isotherm-dev: the design has errors; fix them first/);
    expect(text).toMatch(/E_UNKNOWN_TYPE/);
    expect(text).not.toMatch(/validating \d+ lanes?/);
    expect(code).toBe(1);
  });

  it('exits 3 with a clear message when the cloud is not in clouds.yaml', async () => {
    const { code, text } = await runCli(['validate', file, '--cloud', 'no-such-cloud'], cloudEnv());
    expect(text).toMatch(/no-such-cloud/);
    expect(code).toBe(3);
  });
});
