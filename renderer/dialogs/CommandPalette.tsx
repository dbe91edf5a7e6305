import { useCallback } from 'react';
import { commandContext } from '../commands/context';
import { paletteEntries, type PaletteEntry } from '../commands/paletteEntries';
import { runCommand } from '../commands/registry';
import { describeShortcut, isMacPlatform } from '../commands/shortcuts';
import { appStore } from '../store/appStore';
import { QuickPick, type QuickPickItem } from '../ui/QuickPick';

const mac = isMacPlatform();
const close = () => appStore.getState().openDialog(null);

type Row = QuickPickItem & { entry: PaletteEntry };

/** Every command of the registry by name (Ctrl+Shift+P, Ctrl+K): what menus, shortcuts and context menus run. */
export function CommandPalette() {
  const items = useCallback(
    (query: string): Row[] =>
      paletteEntries(appStore.getState(), query).map((entry) => ({
        key: `${entry.command}:${entry.arg ?? ''}`,
        title: entry.title,
        ...(entry.shortcut !== undefined ? { detail: describeShortcut(entry.shortcut, mac) } : {}),
        disabled: entry.disabled,
        entry,
      })),
    [],
  );
  const onPick = (row: Row) => {
    if (row.entry.disabled !== null) {
      appStore.getState().notify('info', `${row.entry.title}: ${row.entry.disabled}`);
      return;
    }
    close();
    void runCommand(commandContext, row.entry.command, row.entry.arg);
  };
  return (
    <QuickPick
      title="Command palette"
      placeholder="Type a command"
      items={items}
      onPick={onPick}
      onClose={close}
    />
  );
}
