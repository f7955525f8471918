/**
 * The only place that touches ipcMain. Every invoke channel of the contract gets one handler that
 * first checks the sender, then hands the arguments to the shared dispatcher (which validates the
 * payload before any handler runs). Nothing throws across IPC: refusals are Results too.
 */
import { ipcMain, type WebContents } from 'electron';
import { INVOKE_CHANNELS, type EventChannel } from '@shared/ipc/contract';
import { failed } from '@shared/ipc/result';
import type { Dispatcher } from '../../engine/api/dispatch';
import { isTrustedSender } from './sender';

export function registerIpc(
  dispatch: Dispatcher,
  trustedIds: ReadonlySet<number>,
  log: (m: string) => void,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, trustedIds)) {
        log(`refused ${channel} from an untrusted sender`);
        return failed('E_FORBIDDEN_SENDER');
      }
      return dispatch(channel, args);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Sends a contract event to one window, if it is still there. */
export function sendEvent(target: WebContents | undefined, channel: EventChannel, payload: unknown): void {
  if (target && !target.isDestroyed()) target.send(channel, payload);
}
