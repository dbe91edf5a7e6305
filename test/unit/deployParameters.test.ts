import { describe, expect, it } from 'vitest';
import {
  missingParameters,
  parameterFields,
  parameterValues,
} from '../../shared/deploy/parameterFields';
import type { IsothermApi } from '../../renderer/api';
import { startRun } from '../../renderer/deploy/deployActions';
import { currentText } from '../../renderer/files/fileActions';
import { designCodec } from '../../renderer/store/codec';
import { testStore } from '../support/testEnv';

const text = `isotherm: 1
name: params
heat_template_version: 2021-04-16
parameters:
  greeting: {type: string, label: Greeting}
  db_password: {type: string, hidden: true}
  size: {type: number, default: 2, description: how many}
regions:
  a: {region_name: RegionOne}
resources:
  v:
    type: OS::Heat::Value
    region: a
    properties: {value: {get_param: greeting}}
outputs: {}
layout: {}
`;

function loaded() {
  const store = testStore(designCodec);
  const parsed = designCodec.parse(text);
  store.getState().loadDocument({ design: parsed.design!, source: parsed.source });
  return store;
}

describe('deploy parameters', () => {
  it('lists required, hidden and defaulted parameters; sends only entered values', () => {
    const fields = parameterFields(loaded().getState().design);
    expect(fields.map((f) => [f.name, f.label, f.required, f.hidden, f.defaultText])).toEqual([
      ['greeting', 'Greeting', true, false, undefined],
      ['db_password', 'db_password', true, true, undefined],
      ['size', 'size', false, false, '2'],
    ]);
    expect(missingParameters(fields, {})).toEqual(['greeting', 'db_password']);
    expect(missingParameters(fields, { greeting: 'hi', db_password: 's3cret' })).toEqual([]);
    expect(parameterValues(fields, { greeting: 'hi', size: '', other: 'x' })).toEqual({
      greeting: 'hi',
    });
  });

  it('keeps entered values in the session only: not in the design text, not in undo; secrets are forgotten once sent', async () => {
    const store = loaded();
    const before = currentText(store);
    store.getState().setDeployParameter('greeting', 'hello there');
    store.getState().setDeployParameter('db_password', 'pw-1234567');
    store.getState().setDeployParameter('size', '5');
    expect(currentText(store)).toBe(before);
    expect(store.getState().revision).toBe(store.getState().savedRevision);

    const sent: unknown[] = [];
    const api = {
      deploy: {
        start: async (request: unknown) => {
          sent.push(request);
          return { ok: true, value: { runId: 'r1', design: 'params', cloud: 'dev' } };
        },
      },
    } as unknown as IsothermApi;
    store.getState().pickCloud('dev');
    await startRun({ store, api }, 'deploy');
    expect(sent).toEqual([
      {
        cloud: 'dev',
        designText: before,
        parameters: { greeting: 'hello there', db_password: 'pw-1234567', size: '5' },
      },
    ]);
    expect(store.getState().deployParameters).toEqual({ greeting: 'hello there', size: '5' });
    expect(JSON.stringify(store.getState())).not.toContain('pw-1234567');
  });
});
