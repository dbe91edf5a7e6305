import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { useAppInfo } from '../app/appInfo';
import { AddLaneDialog } from './AddLaneDialog';
import { CommandPalette } from './CommandPalette';
import { ConnectChooser } from './ConnectChooser';
import { ConnectToDialog } from './ConnectToDialog';
import { ExportDialog, OpenDialog, SaveAsDialog } from './FileDialogs';
import { ImportDialog } from './ImportDialog';
import { Modal } from '../ui/Modal';
import { RemoveLaneDialog } from './RemoveLaneDialog';
import { RenameDialog } from './RenameDialog';
import { RestoreDialog } from './RestoreDialog';
import { UnsavedDialog } from './UnsavedDialog';

const selectDialog = (s: AppState) => s.dialog;

function About() {
  const info = useAppInfo();
  return (
    <Modal title="About Isotherm">
      <p>
        <b>Isotherm</b> {info?.version} — design multi-region OpenStack Heat topologies on region
        swimlanes; one HOT template per region.
      </p>
      <p className="muted">
        {info?.mode === 'browser'
          ? 'Running in a browser (the fallback where Electron cannot run).'
          : 'Desktop app.'}
      </p>
    </Modal>
  );
}

/** The one open dialog. */
export function Dialogs() {
  const dialog = useApp(selectDialog);
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'connect':
      return <ConnectChooser from={dialog.from} to={dialog.to} at={dialog.at} />;
    case 'removeLane':
      return <RemoveLaneDialog lane={dialog.lane} count={dialog.count} />;
    case 'openFile':
      return <OpenDialog />;
    case 'saveAs':
      return <SaveAsDialog {...(dialog.then !== undefined ? { then: dialog.then } : {})} />;
    case 'export':
      return <ExportDialog />;
    case 'import':
      return <ImportDialog />;
    case 'restore':
      return <RestoreDialog />;
    case 'unsaved':
      return <UnsavedDialog next={dialog.next} />;
    case 'rename':
      return <RenameDialog target={dialog.target} />;
    case 'about':
      return <About />;
    case 'addLane':
      return <AddLaneDialog />;
    case 'commandPalette':
      return <CommandPalette />;
    case 'connectTo':
      return <ConnectToDialog from={dialog.from} />;
  }
}
