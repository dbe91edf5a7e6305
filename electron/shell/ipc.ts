import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import type { AppEvent } from '../../shared/ipc';
import { requestNames } from '../../shared/ipc/contract';
import { EVENT_CHANNEL_PREFIX } from '../../shared/ipc/electronWire';
import { fail } from '../../shared/ipc/errors';
import { isAppUrl } from '../app/appUrl';
import type { Dispatch } from '../ipc/dispatch';
import type { EventHub } from '../ipc/events';

/** Only the main frame of our own window, showing our own app:// page, may call the Node side. */
function trustedSender(event: IpcMainInvokeEvent, window: () => BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  const win = window();
  return (
    frame !== null &&
    win !== null &&
    !win.isDestroyed() &&
    event.sender === win.webContents &&
    frame === win.webContents.mainFrame &&
    isAppUrl(frame.url)
  );
}

/**
 * One `ipcMain.handle` per request channel of the contract (the only place ipcMain is used): sender checked,
 * payload validated by the dispatcher. Events from the hub go to the window. Returns the disposer.
 */
export function registerIpc(
  dispatch: Dispatch,
  events: EventHub,
  window: () => BrowserWindow | null,
): () => void {
  for (const name of requestNames) {
    ipcMain.handle(name, async (event, payload: unknown) => {
      if (!trustedSender(event, window))
        return fail(
          'E_FORBIDDEN',
          `Refused ${name}: the request did not come from Isotherm's own page.`,
        );
      return dispatch(name, payload);
    });
  }
  const unsubscribe = events.subscribe((event: AppEvent) => {
    const win = window();
    if (win !== null && !win.isDestroyed())
      win.webContents.send(`${EVENT_CHANNEL_PREFIX}${event.kind}`, event.payload);
  });
  return () => {
    unsubscribe();
    for (const name of requestNames) ipcMain.removeHandler(name);
  };
}
