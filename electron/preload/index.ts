/**
 * The bridge: one frozen, domain-shaped object built from the IPC contract's channel list
 * (`window.installerDoctor.app.info({})`). No raw ipcRenderer reaches the page, listeners receive the
 * payload only (never Electron's event object, whose `sender` leaks ipcRenderer) and each returns its
 * unsubscribe function. Bundled as CommonJS: a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridgeApi } from '@shared/ipc/bridge-api';

const api = buildBridgeApi({
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  subscribe: (channel, listener) => {
    const handler = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
});

contextBridge.exposeInMainWorld('installerDoctor', api);
