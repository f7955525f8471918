import { randomBytes } from 'node:crypto';

/**
 * The Content-Security-Policy of the UI, sent as a header by the app:// handler and by the preview
 * server (Electron security checklist item 7). No inline or eval'd script, no 'unsafe-inline' styles:
 * Fluent's runtime style elements carry a nonce that is fresh for every page load and is handed to the
 * page in a meta tag (see withStyleNonce). `connectSrc` is only widened by the development preview for
 * its loopback WebSocket.
 */
export function contentSecurityPolicy(styleNonce: string, connectSrc: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
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

const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** A fresh nonce: 128 random bits, base64. */
export function newStyleNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Puts the nonce into index.html's csp-nonce meta tag. */
export function withStyleNonce(html: string, nonce: string): string {
  return html.replaceAll(NONCE_PLACEHOLDER, nonce);
}
