import type { Design } from '../../shared/design/model';
import {
  renameOutput,
  renameParameter,
  setDesignMeta,
  setOutput,
  setParameter,
} from '../../shared/design/ops';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { CommitInput, CommitTextArea } from '../ui/CommitInput';
import { fromYamlText, toYamlText } from './schemaFields';

const selectDesign = (s: AppState) => s.design;
const apply = (label: string, op: (d: Design) => Design) => appStore.getState().apply(label, op);
const PARAM_TYPES = ['string', 'number', 'json', 'comma_delimited_list', 'boolean'];
const VERSIONS = [
  '2021-04-16',
  '2018-08-31',
  '2018-03-02',
  '2017-09-01',
  '2017-02-24',
  '2016-10-14',
];

const freeName = (taken: Record<string, unknown>, base: string) => {
  for (let i = 1; ; i++) if (taken[`${base}${i}`] === undefined) return `${base}${i}`;
};

type ParameterDef = Design['parameters'][string];
type OutputDef = Design['outputs'][string];

/** The design itself when nothing is selected: name, description, version, parameters and outputs. */
export function DesignInspector() {
  const design = useApp(selectDesign);
  return (
    <div className="inspector-body" data-testid="design-inspector">
      <DesignMetaFields design={design} />
      <ParametersSection parameters={design.parameters} />
      <OutputsSection outputs={design.outputs} />
    </div>
  );
}

function DesignMetaFields({ design }: { design: Design }) {
  return (
    <>
      <div className="field">
        <label className="field-label">Design name</label>
        <CommitInput
          aria-label="Design name"
          value={design.name}
          onCommit={(name) =>
            name.trim() === ''
              ? 'A name is needed (stacks are named after it).'
              : apply('Rename design', (d) => setDesignMeta(d, { name: name.trim() }))
          }
        />
      </div>
      <div className="field">
        <label className="field-label">Description</label>
        <CommitTextArea
          aria-label="Description"
          value={design.description ?? ''}
          onCommit={(description) =>
            apply('Set description', (d) => setDesignMeta(d, { description }))
          }
        />
      </div>
      <div className="field">
        <label className="field-label">heat_template_version</label>
        <select
          aria-label="heat_template_version"
          value={design.heat_template_version}
          onChange={(e) =>
            apply('Set version', (d) => setDesignMeta(d, { heat_template_version: e.target.value }))
          }
        >
          {[...new Set([design.heat_template_version, ...VERSIONS])].map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </div>
    </>
  );
}

function ParametersSection({ parameters }: { parameters: Design['parameters'] }) {
  return (
    <>
      <div className="section-title">
        Parameters
        <button
          className="btn btn-small"
          onClick={() =>
            apply('Add parameter', (d) =>
              setParameter(d, freeName(d.parameters, 'param'), { type: 'string' }),
            )
          }
        >
          + Add
        </button>
      </div>
      {Object.entries(parameters).map(([name, def]) => (
        <ParameterCard key={name} name={name} def={def} parameters={parameters} />
      ))}
    </>
  );
}

function ParameterCard({
  name,
  def,
  parameters,
}: {
  name: string;
  def: ParameterDef;
  parameters: Design['parameters'];
}) {
  return (
    <div className="card" data-testid={`parameter-${name}`}>
      <div className="card-row">
        <CommitInput
          aria-label={`Parameter ${name} name`}
          value={name}
          onCommit={(to) =>
            parameters[to] !== undefined
              ? `${to} exists`
              : apply(`Rename parameter ${name}`, (d) => renameParameter(d, name, to))
          }
        />
        <select
          aria-label={`Parameter ${name} type`}
          value={String(def.type ?? 'string')}
          onChange={(e) =>
            apply(`Set ${name} type`, (d) =>
              setParameter(d, name, { ...def, type: e.target.value }),
            )
          }
        >
          {[...new Set([String(def.type ?? 'string'), ...PARAM_TYPES])].map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <button
          className="icon-btn danger"
          aria-label={`Remove parameter ${name}`}
          onClick={() => apply(`Remove parameter ${name}`, (d) => setParameter(d, name, undefined))}
        >
          ✕
        </button>
      </div>
      <CommitInput
        aria-label={`Parameter ${name} default`}
        placeholder="default"
        value={def.default === undefined ? '' : toYamlText(def.default)}
        onCommit={(t) => {
          const r = fromYamlText(t);
          if ('error' in r) return r.error;
          const { default: _old, ...rest } = def;
          apply(`Set ${name} default`, (d) =>
            setParameter(d, name, r.value === undefined ? rest : { ...rest, default: r.value }),
          );
        }}
      />
      <CommitInput
        aria-label={`Parameter ${name} description`}
        placeholder="description"
        value={typeof def.description === 'string' ? def.description : ''}
        onCommit={(t) => {
          const { description: _old, ...rest } = def;
          apply(`Set ${name} description`, (d) =>
            setParameter(d, name, t === '' ? rest : { ...rest, description: t }),
          );
        }}
      />
    </div>
  );
}

function OutputsSection({ outputs }: { outputs: Design['outputs'] }) {
  return (
    <>
      <div className="section-title">
        Outputs
        <button
          className="btn btn-small"
          onClick={() =>
            apply('Add output', (d) => setOutput(d, freeName(d.outputs, 'output'), { value: '' }))
          }
        >
          + Add
        </button>
      </div>
      {Object.entries(outputs).map(([name, out]) => (
        <OutputCard key={name} name={name} out={out} outputs={outputs} />
      ))}
    </>
  );
}

function OutputCard({
  name,
  out,
  outputs,
}: {
  name: string;
  out: OutputDef;
  outputs: Design['outputs'];
}) {
  return (
    <div className="card" data-testid={`output-${name}`}>
      <div className="card-row">
        <CommitInput
          aria-label={`Output ${name} name`}
          value={name}
          onCommit={(to) =>
            outputs[to] !== undefined
              ? `${to} exists`
              : apply(`Rename output ${name}`, (d) => renameOutput(d, name, to))
          }
        />
        <button
          className="icon-btn danger"
          aria-label={`Remove output ${name}`}
          onClick={() => apply(`Remove output ${name}`, (d) => setOutput(d, name, undefined))}
        >
          ✕
        </button>
      </div>
      <CommitTextArea
        aria-label={`Output ${name} value`}
        value={toYamlText(out.value)}
        onCommit={(t) => {
          const r = fromYamlText(t);
          if ('error' in r) return r.error;
          apply(`Set output ${name}`, (d) =>
            setOutput(d, name, { ...out, value: r.value ?? null }),
          );
        }}
      />
      <CommitInput
        aria-label={`Output ${name} description`}
        placeholder="description"
        value={out.description ?? ''}
        onCommit={(t) => {
          const { description: _old, ...rest } = out;
          apply(`Set output ${name}`, (d) =>
            setOutput(d, name, t === '' ? rest : { ...rest, description: t }),
          );
        }}
      />
    </div>
  );
}
