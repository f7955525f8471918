/**
 * The renderer's only door to main: the bridge object the preload exposes in Electron, or the same
 * API over the preview's WebSocket in a browser. Components call `api.domain.verb(request)` and get a
 * Result back; nothing else crosses.
 */
import { buildBridgeApi, type BridgeApi } from '@shared/ipc/bridge-api';
import { previewTransport } from './preview-client';

declare global {
  interface Window {
    installerDoctor?: BridgeApi;
  }
}

function resolveApi(): BridgeApi {
  if (window.installerDoctor) return window.installerDoctor;
  const transport = previewTransport();
  if (transport) return buildBridgeApi(transport);
  throw new Error('Installer Doctor must run inside its app window or the development preview.');
}

export const api: BridgeApi = resolveApi();
