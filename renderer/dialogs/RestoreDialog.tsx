import { useEffect, useState } from 'react';
import type { RecoveryEntry } from '../../shared/ipc';
import { api } from '../api';
import { openText } from '../files/fileActions';
import { appStore } from '../store/appStore';
import { Modal } from '../ui/Modal';

/** Unsaved work from a previous session (autosave copies): restore or discard. */
export function RestoreDialog() {
  const [entries, setEntries] = useState<RecoveryEntry[]>([]);
  useEffect(() => {
    void api.recovery.list().then((r) => r.ok && setEntries(r.value.entries));
  }, []);
  const restore = async (e: RecoveryEntry) => {
    const r = await api.recovery.read({ key: e.key });
    if (!r.ok) {
      appStore.getState().notify('error', r.error.message);
      return;
    }
    if (await openText(appStore, r.value.text, r.value.path, true)) {
      appStore.setState({ docKey: e.key });
      appStore.getState().notify('info', `Restored ${e.name}`);
    }
  };
  const discard = async (e: RecoveryEntry) => {
    await api.recovery.discard({ key: e.key });
    const left = entries.filter((x) => x.key !== e.key);
    setEntries(left);
    if (left.length === 0) appStore.getState().openDialog(null);
  };
  return (
    <Modal title="Restore unsaved work?">
      <p>
        Isotherm keeps a copy of unsaved designs every few seconds. These were not saved when the
        app last closed:
      </p>
      <ul className="restore-list">
        {entries.map((e) => (
          <li key={e.key}>
            <div>
              <b>{e.name}</b> <span className="muted">{e.path ?? 'never saved'}</span>
              <div className="muted">copied {new Date(e.savedAt).toLocaleString()}</div>
            </div>
            <button className="btn btn-primary btn-small" onClick={() => void restore(e)}>
              Restore
            </button>
            <button className="btn btn-small" onClick={() => void discard(e)}>
              Discard
            </button>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button className="btn" onClick={() => appStore.getState().openDialog(null)}>
          Later
        </button>
      </div>
    </Modal>
  );
}
