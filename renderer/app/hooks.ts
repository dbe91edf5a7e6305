import { useEffect } from 'react';
import { api } from '../api';
import { commandForKey, runCommand } from '../commands/registry';
import { isMacPlatform } from '../commands/shortcuts';
import { commandContext } from '../commands/context';
import { baseName } from '../files/fileActions';
import { replaceDocument } from '../files/unsavedGuard';
import { appStore } from '../store/appStore';
import { isDirty } from '../store/createAppStore';
import { serializeInBackground } from '../yaml/backgroundSerialize';

/** The effects of the app shell. Each subscription is disposed where it is created (STYLE.md 15). */

const inTextField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable ||
    t.tagName === 'INPUT' ||
    t.tagName === 'TEXTAREA' ||
    t.tagName === 'SELECT' ||
    t.closest('.cm-editor') !== null);

/** Keyboard shortcuts through the command registry. */
export function useShortcuts(): void {
  useEffect(() => {
    const mac = isMacPlatform();
    const onKey = (e: KeyboardEvent) => {
      const s = appStore.getState();
      if ((s.dialog !== null || s.contextMenu !== null) && !(e.ctrlKey || e.metaKey)) return;
      const command = commandForKey(e, inTextField(e.target), mac);
      if (command === undefined) return;
      e.preventDefault();
      void runCommand(commandContext, command.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Native menus send `menu.command`. */
export function useMenuCommands(): void {
  useEffect(
    () =>
      api.on('menu.command', ({ command, arg }) => void runCommand(commandContext, command, arg)),
    [],
  );
}

/** The window title and the unsaved-changes mark. */
export function useWindowState(): void {
  useEffect(() => {
    let last = '';
    const update = () => {
      const s = appStore.getState();
      const title = s.filePath === null ? s.design.name : baseName(s.filePath);
      const dirty = isDirty(s);
      const key = `${title}\u0000${dirty}`;
      if (key === last) return;
      last = key;
      document.title = `${dirty ? '• ' : ''}${title} — Isotherm`;
      void api.window.setState({ title, dirty });
    };
    update();
    return appStore.subscribe(update);
  }, []);
}

/** How often a dirty design is copied for recovery. */
export const AUTOSAVE_INTERVAL_MS = 3000;

/** A recovery copy every few seconds while there are unsaved changes. */
export function useAutosave(): void {
  useEffect(() => {
    let copied = -1;
    const timer = setInterval(() => {
      const s = appStore.getState();
      if (!isDirty(s) || s.welcome || s.revision === copied) return;
      copied = s.revision;
      // made in the background: a large design takes long to write, and the canvas must stay fluid
      void serializeInBackground(s.design, s.source).then((text) =>
        api.recovery.write({ key: s.docKey, text, path: s.filePath, name: s.design.name }),
      );
    }, AUTOSAVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);
}

/** Open a design by dropping its file on the window (asks first when there are unsaved changes). */
export function useFileDrop(): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!hasFiles(e) || file === undefined) return;
      e.preventDefault();
      // Electron: the file itself (saves go back to it); the browser: an unsaved copy of its text
      const path = api.pathForFile(file);
      if (path !== null) void replaceDocument(commandContext, { kind: 'open', path });
      else
        void file
          .text()
          .then((text) =>
            replaceDocument(commandContext, { kind: 'dropped', text, name: file.name }),
          );
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
