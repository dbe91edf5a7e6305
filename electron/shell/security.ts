import type { Session } from 'electron';
import { app, shell } from 'electron';
import { isAppUrl } from '../app/appUrl';

const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/**
 * Hardening that applies to every web contents: no navigation away from app://isotherm, no new windows
 * (http(s) links open in the system browser instead), no <webview>, no permissions but writing to the clipboard.
 */
export function harden(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
