/**
 * Who may call main: only our own window's main frame, on app://bundle, while the frame is alive
 * (security research §1.5, after VS Code's validatedIpcMain, stricter: about:blank and missing URLs
 * are refused).
 */
import { isAppUrl } from '../app-url';

export interface SenderLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown; isDestroyed?: () => boolean; detached?: boolean } | null;
}

export function isTrustedSender(event: SenderLike, trustedWebContentsIds: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.isDestroyed?.() === true || frame.detached === true) return false;
  if (frame.parent !== null) return false;
  if (!trustedWebContentsIds.has(event.sender.id)) return false;
  return isAppUrl(frame.url);
}
