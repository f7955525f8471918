/**
 * The one window factory. Every security-relevant webPreferences value is written out explicitly,
 * as an inline literal (so reviewers and Electronegativity see it), even where it equals the default.
 */
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_URL } from './app-url';

export interface WindowDeps {
  preloadPath: string;
  iconPath?: string;
}

export function createMainWindow(deps: WindowDeps): BrowserWindow {
  const win = new BrowserWindow({
    width: 1024,
    height: 720,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Installer Doctor',
    backgroundColor: '#f3f3f3',
    autoHideMenuBar: true,
    ...(deps.iconPath ? { icon: deps.iconPath } : {}),
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}

/** The preload bundle sits beside the main bundle: out/main/index.js -> out/preload/index.cjs. */
export const defaultPreloadPath = (mainDir: string): string => join(mainDir, '../preload/index.cjs');
