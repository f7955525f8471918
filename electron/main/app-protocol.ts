/**
 * Serves the UI from app://bundle/ instead of file:// (Electron security checklist item 18): a
 * file:// page could read any file on disk after an XSS. The handler only ever reads inside the
 * renderer bundle folder (resolveInside) and sends the CSP as a header.
 */
import { protocol } from 'electron';
import { contentSecurityPolicy, newStyleNonce, withStyleNonce } from './csp';
import { readStatic } from './static-path';

import { APP_HOST, APP_SCHEME } from './app-url';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('not found', { status: 404 });
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) return new Response('not found', { status: 404 });
    const nonce = newStyleNonce();
    const body = file.type.startsWith('text/html')
      ? Buffer.from(withStyleNonce(file.body.toString('utf8'), nonce))
      : file.body;
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': file.type,
        'content-security-policy': contentSecurityPolicy(nonce),
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
