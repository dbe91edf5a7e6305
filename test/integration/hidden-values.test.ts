// Hidden parameters' values are never printed: the CLI's deploy (live view, outputs, failures) and
// status, and the events the app receives, on the local cloud. The values still reach Heat.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runDeploy } from '../../bin/cli/deploy';
import { runStatus } from '../../bin/cli/status';
import type { CliIo } from '../../bin/cli/command';
import type { DeployCliEnv } from '../../bin/cli/deployCommon';
import { REDACTED } from '../../shared/deploy/redact';
import {
  CLOUD,
  cleanupPrefix,
  cloudEnv,
  describeCloud,
  stacksWithPrefix,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';

const design = (name: string) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
parameters:
  api_key: {type: string, hidden: true}
regions:
  src: {region_name: RegionOne}
  dst: {region_name: RegionTwo}
resources:
  token:
    type: OS::Heat::RandomString
    region: src
    properties: {length: 24}
  keyed:
    type: OS::Heat::Value
    region: src
    properties: {value: {get_param: api_key}}
  consumer:
    type: OS::Heat::Value
    region: dst
    properties: {value: {list_join: ['|', [{get_attr: [token, value]}, {get_attr: [keyed, value]}]]}}
outputs:
  lengths: {value: {yaql: {expression: '$.data.v.split("|").select($.len())', data: {v: {get_attr: [consumer, value]}}}}}
layout: {}
`;

function capture(): { io: CliIo; env: DeployCliEnv; text: () => string } {
  const lines: string[] = [];
  const io: CliIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd: process.cwd() };
  const env: DeployCliEnv = {
    env: cloudEnv(),
    stdinIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
    write: (t) => lines.push(t),
    ask: async () => 'n',
    onInterrupt: () => () => {},
  };
  return { io, env, text: () => lines.join('\n') };
}

describeCloud('hidden values in the CLI', () => {
  const name = uniqueName('hid');
  const admin = testClients();
  afterAll(async () => {
    await cleanupPrefix(admin, name);
    await admin.close();
  });

  it('deploys with a hidden --param and a cross-region RandomString, printing neither', async () => {
    const dir = await tempDir('iso-hidden-');
    const file = join(dir, `${name}.isotherm.yaml`);
    await writeFile(file, design(name));
    const apiKey = `key-${name}-Q7`;
    const dataDir = join(dir, 'data');
    const d = capture();
    const code = await runDeploy(
      [file, '--cloud', CLOUD, '--yes', '--param', `api_key=${apiKey}`, '--data-dir', dataDir],
      d.io,
      d.env,
    );
    expect(code, d.text()).toBe(0);

    const src = (await stacksWithPrefix(admin, name)).find((s) => s.name === `${name}-src`)!;
    const heat = await admin.heat(CLOUD, 'RegionOne');
    const outputs = await heat.outputs({ name: src.name, id: src.id });
    const token = String(outputs['token_value']);
    expect(token).toHaveLength(24);
    // the real values reached the other region (lengths of what it received)
    expect(d.text()).toContain(`dst.lengths = [24,${apiKey.length}]`);
    const s = capture();
    expect(await runStatus([file, '--cloud', CLOUD, '--data-dir', dataDir], s.io, s.env)).toBe(0);
    expect(s.text()).toContain(`output token_value = ${REDACTED}`);
    expect(s.text()).toContain(`output keyed_value = ${REDACTED}`);
    for (const printed of [d.text(), s.text()]) {
      expect(printed).not.toContain(apiKey);
      expect(printed).not.toContain(token);
    }
  }, 240_000);
});
