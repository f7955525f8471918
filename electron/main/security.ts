/**
 * App-wide guards (Electron security checklist items 5, 11-15): deny every permission request and
 * check, block navigation and redirects away from the bundle, deny every new window (allowlisted
 * https links go to the browser instead), and refuse <webview>.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../engine/api/external-links';
import { isAppUrl } from './app-url';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function guardWebContents(contents: WebContents): void {
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => blockForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => blockForeign(event, event.url));
  contents.on('will-redirect', (event) => blockForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function installGlobalGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
