import { useState } from 'react';
import { api } from '../api';
import { useAppInfo } from '../app/appInfo';
import { currentText, openText, saveTo } from '../files/fileActions';
import { performReplacement } from '../files/unsavedGuard';
import type { SaveThen } from '../store/types';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { FileBrowser } from './FileBrowser';
import { fillFolderField } from './folderField';
import { notAllowedMessage } from './folderRoots';
import { Modal } from '../ui/Modal';

const close = () => appStore.getState().openDialog(null);

/** A path error in words that lead somewhere: outside the allowed folders, say which ones and how to allow more. */
async function explainPathError(error: { code: string; message: string }, path: string) {
  if (error.code !== 'E_PATH_NOT_ALLOWED') return error.message;
  const roots = await api.file.list({});
  return notAllowedMessage(path, roots.ok ? roots.value.roots : []);
}

function PathProblem({ problem }: { problem: string | null }) {
  return problem === null ? null : (
    <p className="field-error" role="alert">
      {problem}
    </p>
  );
}
const joinPath = (dir: string, name: string) => `${dir.replace(/[\\/]$/, '')}/${name}`;
const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Open a design (browser fallback: the in-app file browser). */
export function OpenDialog() {
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    const r = await api.file.open({ path });
    if (!r.ok) {
      setProblem(await explainPathError(r.error, path));
      return;
    }
    if (r.value !== null && (await openText(appStore, r.value.text, r.value.path)))
      await api.recent.add({ path: r.value.path });
  };
  return (
    <Modal title="Open design" wide>
      <FileBrowser pick="file" filter={isYaml} onPick={(p) => setPath(p)} />
      <div className="choice-row">
        <input
          aria-label="File path"
          className="grow"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          placeholder="/path/to/design.isotherm.yaml"
        />
      </div>
      <PathProblem problem={problem} />
      <div className="modal-actions">
        <button className="btn" onClick={close}>
          Cancel
        </button>
        <button className="btn btn-primary" disabled={path === ''} onClick={() => void open()}>
          Open
        </button>
      </div>
    </Modal>
  );
}

const selectName = (s: AppState) => s.design.name;

/** Save as (browser fallback): a folder from the browser and a file name. */
export function SaveAsDialog({ then }: { then?: SaveThen }) {
  const name = useApp(selectName);
  const [dir, setDir] = useState('');
  const [file, setFile] = useState(`${name}.isotherm.yaml`);
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    // a folder this session may not use is explained here, not answered by a notice that sends the user back
    const folder = await api.file.list({ dir });
    if (!folder.ok) {
      setProblem(await explainPathError(folder.error, dir));
      return;
    }
    setProblem(null);
    const ok = await saveTo({ store: appStore, api }, joinPath(dir, file));
    if (ok) {
      close();
      if (then === 'close') await api.window.close();
      else if (then !== undefined) await performReplacement({ store: appStore, api }, then);
    }
  };
  return (
    <Modal title="Save design as" wide>
      <FileBrowser pick="folder" onPick={fillFolderField(setDir)} />
      <div className="choice-row">
        <input
          aria-label="Save in folder"
          className="grow"
          value={dir}
          onChange={(e) => setDir(e.target.value)}
        />
        <input aria-label="File name" value={file} onChange={(e) => setFile(e.target.value)} />
      </div>
      <PathProblem problem={problem} />
      <div className="modal-actions">
        <button className="btn" onClick={close}>
          Cancel
        </button>
        <button
          className="btn btn-primary"
          disabled={dir === '' || !isYaml(file)}
          onClick={() => void save()}
        >
          Save
        </button>
      </div>
    </Modal>
  );
}

/** Export the templates to a folder (the same files as `isotherm compile --out`). */
export function ExportDialog() {
  const [dir, setDir] = useState('');
  const [nested, setNested] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const run = async () => {
    const r = await api.export.folder({ dir, designText: currentText(appStore), nested });
    if (!r.ok) setResult(`Not exported: ${r.error.message}`);
    else {
      appStore
        .getState()
        .notify('info', `Exported ${r.value.files.length} files to ${r.value.dir}`);
      setResult(
        `Wrote ${r.value.files.join(', ')}${r.value.diagnostics.length > 0 ? ` (${r.value.diagnostics.length} problems)` : ''}`,
      );
    }
  };
  const choose = async () => {
    const r = await api.dialog.chooseFolder({ title: 'Export templates to' });
    if (r.ok && r.value !== null) setDir(r.value.path);
  };
  const native = useAppInfo()?.nativeDialogs === true;
  return (
    <Modal title="Export templates" wide>
      <p className="muted">
        One HOT template per region lane, the plan, and a deploy script; optionally the model-2
        parent template.
      </p>
      {native ? (
        <button className="btn" onClick={() => void choose()}>
          Choose folder…
        </button>
      ) : (
        <FileBrowser pick="folder" onPick={fillFolderField(setDir)} />
      )}
      <div className="choice-row">
        <input
          aria-label="Export folder"
          className="grow"
          value={dir}
          onChange={(e) => setDir(e.target.value)}
          placeholder="/path/to/folder"
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={nested} onChange={(e) => setNested(e.target.checked)} />{' '}
        Also write the parent template (OS::Heat::Stack per region)
      </label>
      {result && (
        <p className="result" data-testid="export-result">
          {result}
        </p>
      )}
      <div className="modal-actions">
        <button className="btn" onClick={close}>
          Close
        </button>
        <button className="btn btn-primary" disabled={dir === ''} onClick={() => void run()}>
          Export
        </button>
      </div>
    </Modal>
  );
}
