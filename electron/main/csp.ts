/**
 * The Content-Security-Policy of the UI, sent as a header by the app:// handler and by the preview
 * server, and repeated in index.html (Electron security checklist item 7). No inline or eval'd script;
 * Fluent's runtime styles are inserted through the CSSOM, which CSP does not restrict, so styles need
 * no 'unsafe-inline' either. `connectSrc` is only widened by the development preview for its
 * loopback WebSocket.
 */
export function contentSecurityPolicy(connectSrc: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${connectSrc.length ? ` ${connectSrc.join(' ')}` : ''}`,
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
