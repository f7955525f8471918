import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startPreview } from './server';

let preview: Awaited<ReturnType<typeof startPreview>>;
const root = mkdtempSync(join(tmpdir(), 'id-preview-'));
writeFileSync(
  join(root, 'index.html'),
  '<html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head><body></body></html>',
);

beforeAll(async () => {
  preview = await startPreview({ port: 0, root, scenario: 'healthy', log: () => {} });
});
afterAll(async () => preview.close());

function connect(path: string, origin?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(preview.url.replace('http', 'ws') + path.replace(/^\//u, ''), origin ? { origin } : {});
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function call(ws: WebSocket, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(data.toString())));
    ws.send(JSON.stringify(message));
  });
}

describe('preview server', () => {
  it('serves the page with a CSP header, a fresh style nonce and the bridge token', async () => {
    const res = await fetch(preview.url);
    const html = await res.text();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const nonce = /content="([^"]+)"/u.exec(html)?.[1] ?? '';
    expect(nonce).not.toBe('__CSP_NONCE__');
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(html).toContain(preview.token);
  });

  it('refuses path traversal', async () => {
    expect((await fetch(`${preview.url}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('refuses a socket without the token or from another origin', async () => {
    const origin = preview.url.replace(/\/$/u, '');
    await expect(connect('/bridge?token=wrong', origin)).rejects.toThrow(/403/u);
    await expect(connect(`/bridge?token=${preview.token}`, 'http://evil.example')).rejects.toThrow(/403/u);
  });

  it('bridges the contract through the same dispatcher (validation included)', async () => {
    const ws = await connect(`/bridge?token=${preview.token}`, preview.url.replace(/\/$/u, ''));
    expect(await call(ws, { type: 'invoke', id: 1, channel: 'app:info', payload: {} })).toMatchObject({
      id: 1,
      result: { status: 'ok', value: { shell: 'preview', host: { scenarioId: 'healthy' } } },
    });
    expect(await call(ws, { type: 'invoke', id: 2, channel: 'app:info', payload: { evil: true } })).toMatchObject({
      id: 2,
      result: { status: 'failed', code: 'E_INVALID_REQUEST' },
    });
    expect(await call(ws, { type: 'invoke', id: 3, channel: 'shell:exec', payload: {} })).toMatchObject({
      id: 3,
      result: { status: 'failed', code: 'E_UNKNOWN_CHANNEL' },
    });
    ws.close();
  });
});
