import { useEffect, useRef } from 'react';
import { api } from '../api';
import { resolveUnsaved, type UnsavedChoice } from '../files/unsavedGuard';
import type { Replacement } from '../store/types';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { Modal } from '../ui/Modal';

const selectName = (s: AppState) => s.design.name;

const what = (next: Replacement): string =>
  next.kind === 'new'
    ? 'starting a new design'
    : next.kind === 'example'
      ? 'opening the example'
      : next.kind === 'dropped'
        ? `opening ${next.name}`
        : 'opening another design';

/** The design has unsaved changes and something would replace it: Save / Don't Save / Cancel. */
export function UnsavedDialog({ next }: { next: Replacement }) {
  const name = useApp(selectName);
  const saveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => saveRef.current?.focus(), []);
  const answer = (choice: UnsavedChoice) =>
    void resolveUnsaved({ store: appStore, api }, choice, next);
  return (
    <Modal title="Unsaved changes" onClose={() => answer('cancel')}>
      <p>
        Save the changes to <b>{name}</b> before {what(next)}?
      </p>
      <p className="muted">If you don't save, your changes will be lost.</p>
      <div className="modal-actions">
        <button className="btn" onClick={() => answer('discard')}>
          Don't Save
        </button>
        <span className="grow" />
        <button className="btn" onClick={() => answer('cancel')}>
          Cancel
        </button>
        <button ref={saveRef} className="btn btn-primary" onClick={() => answer('save')}>
          Save
        </button>
      </div>
    </Modal>
  );
}
