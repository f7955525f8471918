/**
 * Electron main: app lifecycle. `--cli` runs the same CLI as bin/installer-doctor (no window);
 * otherwise a single instance opens one hardened window on app://bundle and serves the IPC contract.
 */
import { app, dialog, shell, session } from 'electron';
import { join } from 'node:path';
import { runCli } from '../engine/cli/run-cli';
import { runCliMode } from './cli-mode';
import { createContext } from '../engine/api/create-context';
import { createDispatcher } from '../engine/api/dispatch';
import { FileTokenStore } from '../engine/api/file-tokens';
import { handlers } from '../engine/api/handlers/index';
import { HostSession } from '../engine/api/host-session';
import { fileSettingsStore } from '../engine/api/settings-store';
import { selectHost } from '../engine/host/select-host';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { registerIpc, sendEvent } from './ipc/register-ipc';
import { hardenSession, installGlobalGuards } from './security';
import { createMainWindow, defaultPreloadPath } from './window';
import type { BrowserWindow } from 'electron';

const mainDir = import.meta.dirname;
const log = (msg: string) => console.error(`[installer-doctor] ${msg}`);

function scenarioArg(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--scenario');
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith('--scenario='))?.slice('--scenario='.length);
}

async function runAsCli(): Promise<void> {
  // Flushes stdout/stderr before exiting, --cli-out/--cli-err, no error dialogs: see cli-mode.ts.
  await runCliMode({
    argv: process.argv,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    platform: process.platform,
    run: runCli,
    exit: (code) => app.exit(code),
  });
}

async function runApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  installGlobalGuards();
  await app.whenReady();
  hardenSession(session.defaultSession);
  handleAppProtocol(join(mainDir, '../renderer'));

  let window: BrowserWindow | undefined;
  const trusted = new Set<number>();
  const hostSession = new HostSession(
    await selectHost({ scenario: scenarioArg(process.argv), platform: process.platform, env: process.env }),
  );
  const ctx = createContext(
    {
      app: { name: app.getName(), version: app.getVersion() },
      session: hostSession,
      platform: {
        shell: 'electron',
        openExternal: (url) => shell.openExternal(url),
        osLanguages: () => app.getPreferredSystemLanguages(),
        async pickFile(purpose) {
          const filters = {
            package: [{ name: 'Windows Installer', extensions: ['msi', 'msp'] }],
            log: [{ name: 'Logs', extensions: ['log', 'txt'] }],
            bundle: [{ name: 'Installer Doctor support bundle', extensions: ['zip'] }],
          }[purpose];
          const options = {
            properties: ['openFile' as const],
            filters: [...filters, { name: '*', extensions: ['*'] }],
          };
          const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
          return picked.canceled ? null : (picked.filePaths[0] ?? null);
        },
        async saveFile(defaultName) {
          const options = {
            defaultPath: join(app.getPath('documents'), defaultName),
            filters: [{ name: 'Zip', extensions: ['zip'] }],
          };
          const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
          return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
        },
      },
      settings: fileSettingsStore(app.getPath('userData')),
      files: new FileTokenStore(),
      dataDir: app.getPath('userData'),
      logWorkerPath: join(mainDir, 'log-worker.js'),
    },
    (channel, payload) => sendEvent(window?.webContents, channel, payload),
    log,
  );
  registerIpc(createDispatcher(handlers, ctx, log), trusted, log);

  const open = () => {
    window = createMainWindow({ preloadPath: defaultPreloadPath(mainDir) });
    trusted.add(window.webContents.id);
    window.on('closed', () => {
      trusted.clear();
      window = undefined;
    });
  };
  open();
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
}

if (process.argv.includes('--cli')) void runAsCli();
else void runApp();
