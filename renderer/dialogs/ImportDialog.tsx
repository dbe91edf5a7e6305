import { useState } from 'react';
import type { ImportRequest } from '../../shared/ipc';
import { api } from '../api';
import { openText } from '../files/fileActions';
import { appStore } from '../store/appStore';
import { FileBrowser } from './FileBrowser';
import { Modal } from '../ui/Modal';

interface Row {
  laneId: string;
  regionName: string;
  path: string;
}

const isYaml = (name: string) => /\.(ya?ml|template)$/i.test(name);

/** Import HOT templates: one per region (model 1), or a parent template with one OS::Heat::Stack per region (model 2). */
export function ImportDialog() {
  const [mode, setMode] = useState<'regions' | 'parent'>('regions');
  const [rows, setRows] = useState<Row[]>([
    { laneId: 'region_1', regionName: 'RegionOne', path: '' },
  ]);
  const [parentPath, setParentPath] = useState('');
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const run = async () => {
    const request: ImportRequest = mode === 'parent' ? { parentPath } : { lanes: rows };
    const r = await api.templates.import(request);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    if (r.value.text === null) {
      setError(r.value.diagnostics.map((d) => d.message).join(' ') || 'Nothing could be imported.');
      return;
    }
    if (await openText(appStore, r.value.text, null, true)) {
      const n = r.value.diagnostics.length;
      appStore
        .getState()
        .notify('info', `Imported${n > 0 ? ` with ${n} notes (see Problems)` : ''}.`);
    }
  };
  const ready =
    mode === 'parent'
      ? parentPath !== ''
      : rows.every((r) => r.laneId !== '' && r.regionName !== '' && r.path !== '');
  return (
    <Modal title="Import HOT templates" wide>
      <div className="segmented" role="tablist">
        <button role="tab" aria-selected={mode === 'regions'} onClick={() => setMode('regions')}>
          One template per region
        </button>
        <button role="tab" aria-selected={mode === 'parent'} onClick={() => setMode('parent')}>
          Parent template (OS::Heat::Stack per region)
        </button>
      </div>
      <FileBrowser
        pick="file"
        filter={isYaml}
        onPick={(p) => (mode === 'parent' ? setParentPath(p) : setRow(active, { path: p }))}
      />
      {mode === 'parent' ? (
        <input
          aria-label="Parent template path"
          className="grow"
          value={parentPath}
          onChange={(e) => setParentPath(e.target.value)}
          placeholder="/path/to/parent.yaml"
        />
      ) : (
        <table className="import-rows">
          <thead>
            <tr>
              <th>Lane id</th>
              <th>OpenStack region</th>
              <th>Template file (pick above)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className={i === active ? 'is-active' : ''} onClick={() => setActive(i)}>
                <td>
                  <input
                    aria-label={`Lane id ${i + 1}`}
                    value={r.laneId}
                    onChange={(e) => setRow(i, { laneId: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Region name ${i + 1}`}
                    value={r.regionName}
                    onChange={(e) => setRow(i, { regionName: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Template path ${i + 1}`}
                    value={r.path}
                    onChange={(e) => setRow(i, { path: e.target.value })}
                    onFocus={() => setActive(i)}
                  />
                </td>
                <td>
                  <button
                    className="icon-btn"
                    aria-label={`Remove row ${i + 1}`}
                    disabled={rows.length === 1}
                    onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mode === 'regions' && (
        <button
          className="btn btn-small"
          onClick={() => {
            setRows((rs) => [
              ...rs,
              {
                laneId: `region_${rs.length + 1}`,
                regionName: `Region${rs.length + 1}`,
                path: '',
              },
            ]);
            setActive(rows.length);
          }}
        >
          + Add region
        </button>
      )}
      {error && <div className="field-error">{error}</div>}
      <div className="modal-actions">
        <button className="btn" onClick={() => appStore.getState().openDialog(null)}>
          Cancel
        </button>
        <button className="btn btn-primary" disabled={!ready} onClick={() => void run()}>
          Import
        </button>
      </div>
    </Modal>
  );
}
