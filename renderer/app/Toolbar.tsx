import type { CommandId } from '../commands/ids';
import { commandById, isEnabled } from '../commands/registry';
import { describeShortcut, isMacPlatform } from '../commands/shortcuts';
import { useApp } from '../store/appStore';
import { isDirty } from '../store/createAppStore';
import type { AppState } from '../store/types';
import { commandContext } from '../commands/context';
import { baseName } from '../files/fileActions';
import { ToolIcon, type ToolIconName } from '../ui/ToolIcon';
import { DeployControls } from '../deploy/DeployControls';
import { api } from '../api';

const mac = isMacPlatform();

const selectTitle = (s: AppState) =>
  s.filePath === null ? `${s.design.name} (unsaved)` : baseName(s.filePath);
const selectDirty = (s: AppState) => isDirty(s);

function CommandButton({
  id,
  label,
  icon,
}: {
  id: CommandId;
  label?: string;
  icon?: ToolIconName;
}) {
  const command = commandById(id)!;
  const enabled = useApp((s) => isEnabled(command, s));
  const shortcut = command.shortcuts?.[0];
  const title = `${command.label}${shortcut ? ` (${describeShortcut(shortcut, mac)})` : ''}`;
  return (
    <button
      className={icon ? 'tool-btn' : 'btn btn-small'}
      title={title}
      aria-label={command.label}
      disabled={!enabled}
      onClick={() => void command.perform(commandContext)}
      data-testid={`cmd-${id}`}
    >
      {icon !== undefined ? <ToolIcon name={icon} /> : (label ?? command.label)}
    </button>
  );
}

const BROWSER_MODE_HELP =
  "Electron's binary is not available here, so Isotherm runs in your browser. The Node side is a local server bound to 127.0.0.1 only, behind a random per-launch token; files are read and written by that server.";

/** The browser fallback says so, quietly. */
function BrowserModeBadge() {
  if (api.transport !== 'browser') return null;
  return (
    <span
      className="mode-badge"
      title={BROWSER_MODE_HELP}
      aria-label={`Browser mode: ${BROWSER_MODE_HELP}`}
      tabIndex={0}
      data-testid="browser-mode"
    >
      Browser mode
    </span>
  );
}

/** The top bar: file, edit and view commands, the document title and its unsaved mark. */
export function Toolbar() {
  const title = useApp(selectTitle);
  const dirty = useApp(selectDirty);
  return (
    <header className="toolbar">
      <span className="brand">Isotherm</span>
      <BrowserModeBadge />
      <nav className="tool-group" aria-label="File">
        <CommandButton id="file.new" icon="new" />
        <CommandButton id="file.open" icon="open" />
        <CommandButton id="file.save" icon="save" />
        <CommandButton id="file.saveAs" icon="saveAs" />
        <CommandButton id="file.importTemplates" label="Import" />
        <CommandButton id="file.export" label="Export" />
      </nav>
      <nav className="tool-group" aria-label="Edit">
        <CommandButton id="edit.undo" icon="undo" />
        <CommandButton id="edit.redo" icon="redo" />
        <CommandButton id="edit.duplicate" icon="duplicate" />
        <CommandButton id="edit.delete" icon="trash" />
      </nav>
      <nav className="tool-group" aria-label="Design">
        <CommandButton id="design.addLane" label="+ Lane" />
        <CommandButton id="design.arrangeAll" label="Arrange" />
        <CommandButton id="view.zoomToFit" icon="fit" />
      </nav>
      <span className="doc-title" data-testid="doc-title" title={title}>
        {title}
        {dirty && (
          <span className="dirty" title="Unsaved changes" data-testid="dirty-mark">
            ●
          </span>
        )}
      </span>
      <DeployControls />
      <nav className="tool-group" aria-label="View">
        <CommandButton id="view.toggleYaml" label="YAML" />
        <CommandButton id="view.toggleTemplates" label="Templates" />
        <CommandButton id="view.toggleTheme" icon="theme" />
        <CommandButton id="view.commandPalette" icon="commands" />
      </nav>
    </header>
  );
}
