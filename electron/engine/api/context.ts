/** Everything a handler may use. Built once per window (main) or per preview server. */
import type { EventChannel, EventPayloadOf } from '@shared/ipc/contract';
import type { HostSession } from './host-session';
import type { FileTokenStore } from './file-tokens';
import type { Platform } from './platform';
import type { SettingsStore } from './settings-store';

export interface HandlerContext {
  readonly app: { name: string; version: string };
  readonly session: HostSession;
  readonly platform: Platform;
  readonly settings: SettingsStore;
  /** Files chosen in a dialog or dropped, by token (see file-tokens.ts). */
  readonly files: FileTokenStore;
  /** The folder for the journal, settings and analyses (app data on Windows, a temp folder in preview). */
  readonly dataDir: string;
  /** The bundled log-analysis worker; absent in unit tests, where logs are analyzed in-process. */
  readonly logWorkerPath?: string | undefined;
  /** Sends an event to the renderer; the payload is validated against the contract first. */
  emit<E extends EventChannel>(channel: E, payload: EventPayloadOf<E>): void;
}
