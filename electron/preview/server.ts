/* eslint-disable @microsoft/sdl/no-insecure-url -- a development server bound to 127.0.0.1: plain http on loopback is the point. */
/**
 * Development preview: serves the built renderer at http://127.0.0.1:5178 (PORT overrides) and
 * bridges the IPC contract over a loopback WebSocket, through the same dispatcher, validation and
 * handlers as Electron's main process. The socket needs the per-run token the server puts into the
 * page and the page's own origin. Never part of the packaged app.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { createDispatcher } from '../engine/api/dispatch';
import { createContext } from '../engine/api/create-context';
import { handlers } from '../engine/api/handlers/index';
import { HostSession } from '../engine/api/host-session';
import { memorySettingsStore } from '../engine/api/settings-store';
import { FileTokenStore } from '../engine/api/file-tokens';
import { selectHost } from '../engine/host/select-host';
import { contentSecurityPolicy, newStyleNonce, withStyleNonce } from '../main/csp';
import { readStatic } from '../main/static-path';
import { parseBridgeMessage, type ServerMessage } from './bridge-protocol';

export interface PreviewOptions {
  port: number;
  host?: string;
  root: string;
  scenario?: string | undefined;
  /** The app's data folder (journal, saved bundles); a fresh temporary folder when not given (tests plant a journal here). */
  dataDir?: string | undefined;
  log?: (msg: string) => void;
}

function tokenMatches(expected: string, given: string | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startPreview(options: PreviewOptions) {
  const log = options.log ?? ((m: string) => console.log(m));
  const bind = options.host ?? '127.0.0.1';
  const token = randomBytes(24).toString('hex');
  const session = new HostSession(
    await selectHost({ scenario: options.scenario, platform: process.platform, env: process.env }),
  );
  const sockets = new Set<WebSocket>();
  const ctx = createContext(
    {
      app: { name: 'Installer Doctor', version: __APP_VERSION__ },
      session,
      platform: {
        shell: 'preview',
        async openExternal(url) {
          log(`[preview] would open ${url} in the browser`);
        },
        osLanguages: () => [Intl.DateTimeFormat().resolvedOptions().locale],
        // A browser has no native dialog here: the page uploads the file instead (files:upload).
        pickFile: async () => null,
        // No save dialog either: a bundle saved from the preview lands in its temporary data folder.
        saveFile: async (defaultName) => join(ctx.dataDir, defaultName),
      },
      settings: memorySettingsStore(),
      files: new FileTokenStore(),
      logWorkerPath: join(dirname(fileURLToPath(import.meta.url)), 'log-worker.mjs'),
      dataDir: options.dataDir ? resolve(options.dataDir) : mkdtempSync(join(tmpdir(), 'installer-doctor-preview-')),
    },
    (channel, payload) => {
      const msg: ServerMessage = { type: 'event', channel, payload };
      for (const ws of sockets) ws.send(JSON.stringify(msg));
    },
    log,
  );
  const dispatch = createDispatcher(handlers, ctx, log);

  const server = createServer(async (req, res) => {
    const origin = `http://${req.headers.host ?? ''}`;
    const file = await readStatic(options.root, req.url ?? '/');
    if (!file || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const nonce = newStyleNonce();
    let body = file.body;
    if (file.type.startsWith('text/html')) {
      body = Buffer.from(
        withStyleNonce(body.toString('utf8'), nonce).replace(
          '</head>',
          `<meta name="installer-doctor-preview-token" content="${token}"></head>`,
        ),
      );
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy(nonce, [origin.replace('http:', 'ws:')]),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(body);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });
  server.on('upgrade', (req: IncomingMessage, socket, head) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const expectedOrigin = `http://${req.headers.host ?? ''}`;
    if (
      url.pathname !== '/bridge' ||
      req.headers.origin !== expectedOrigin ||
      !tokenMatches(token, url.searchParams.get('token'))
    ) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', async (data) => {
        const msg = parseBridgeMessage(data.toString());
        if (!msg) return;
        const result = await dispatch(msg.channel, [msg.payload]);
        const reply: ServerMessage = { type: 'result', id: msg.id, result };
        ws.send(JSON.stringify(reply));
      });
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, bind, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${bind}:${port}/`,
    token,
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

// Run directly: node out/preview/server.mjs [--scenario NAME|PATH] [--root DIR] [--port N] [--data-dir DIR]
if (process.argv[1] && /server\.(?:mjs|ts)$/u.test(process.argv[1])) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = Number(process.env['PORT'] ?? arg('port') ?? 5178);
  const root = resolve(arg('root') ?? 'out/renderer');
  const preview = await startPreview({ port, root, scenario: arg('scenario'), dataDir: arg('data-dir') });
  console.log(`Installer Doctor preview: ${preview.url} (simulated machine; development only)`);
}
