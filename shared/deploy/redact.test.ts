import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile';
import { parseDesign } from '../design/parse';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { REDACTED, redactEvent, redactOutputs, redactorFor } from './redact';

const text = readFileSync(
  new URL('../../assets/examples/heat-only.isotherm.yaml', import.meta.url),
  'utf8',
);

describe('redaction of hidden values', () => {
  const design = parseDesign(text).design!;
  design.parameters['api_key'] = { type: 'string', hidden: true };
  design.resources['key_holder'] = {
    type: 'OS::Heat::Value',
    region: 'app',
    properties: { value: { list_join: ['/', [{ get_param: 'api_key' }, 'x']] } },
  };
  const compiled = compile(design, bundledCatalog());

  it("blanks outputs that feed another lane's hidden parameter, and nothing else", () => {
    const r = redactorFor(compiled);
    expect([...(r.secretOutputs.get('config') ?? [])]).toEqual(['db_password_value']);
    expect(
      redactOutputs(r, 'config', {
        db_password_value: 'Hunter2xyz',
        settings_value_db_host: 'db.local',
      }),
    ).toEqual({ db_password_value: REDACTED, settings_value_db_host: 'db.local' });
    // the same name from another lane is not a secret of that lane
    expect(redactOutputs(r, 'audit', { db_password_value: 'v' })).toEqual({
      db_password_value: 'v',
    });
  });

  it('blanks the values given for hidden parameters wherever they appear, and keeps other values', () => {
    const r = redactorFor(compiled, { api_key: 'k-123456', environment: 'staging' });
    const e = redactEvent(r, {
      kind: 'heat-event',
      time: 't',
      lane: 'app',
      stack: 's',
      eventId: 'e',
      eventTime: 't',
      resource: 'app_config',
      status: 'CREATE_FAILED',
      reason: 'bad value k-123456/x in staging',
    });
    expect(JSON.stringify(e)).not.toContain('k-123456');
    expect(e.kind === 'heat-event' && e.reason).toBe(`bad value ${REDACTED}/x in staging`);
    const o = redactEvent(r, {
      kind: 'outputs',
      time: 't',
      lane: 'app',
      stack: 's',
      outputs: { all: { nested: ['k-123456'] } },
    });
    expect(JSON.stringify(o)).not.toContain('k-123456');
    // nothing hidden given: events pass unchanged
    const plain = {
      kind: 'error',
      time: 't',
      code: 'X',
      message: 'k-123456',
      transient: false,
    } as const;
    expect(redactEvent(redactorFor(compiled), plain)).toBe(plain);
  });
});
