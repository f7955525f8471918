import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '@shared/ipc/domains/files';
import { createDispatcher } from '../dispatch';
import { testContext } from '../test-context';
import { handlers } from './index';
import { sanitizeFileName } from './files';

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

describe('files:upload, files:pick, files:inspectPackage', () => {
  it('sanitizes names: no folders, device names, control or reserved characters', () => {
    expect(sanitizeFileName('..\\..\\Windows\\evil.msi')).toBe('evil.msi');
    expect(sanitizeFileName('a/b/c:d?.log')).toBe('c_d_.log');
    expect(sanitizeFileName('CON.msi')).toBe('_CON.msi');
    expect(sanitizeFileName('\u0001\u0002')).toBe('__');
    expect(sanitizeFileName('...')).toBe('file');
    expect(sanitizeFileName(`${'x'.repeat(300)}.msi`)).toMatch(/^x{116}\.msi$/u);
  });

  it('stores uploads under dataDir/uploads and resolves the token to that copy', async () => {
    const ctx = await testContext();
    const dispatch = createDispatcher(handlers, ctx);
    const r = await dispatch('files:upload', [
      { name: '../setup.msi', purpose: 'package', dataBase64: b64('<html>hi</html>') },
    ]);
    expect(r).toMatchObject({ status: 'ok', value: { name: 'setup.msi', size: 15 } });
    if (r.status !== 'ok') return;
    const entry = ctx.files.resolve((r.value as { token: string }).token);
    expect(entry?.path.startsWith(join(ctx.dataDir, 'uploads'))).toBe(true);
    expect(await readFile(entry?.path ?? '', 'utf8')).toBe('<html>hi</html>');
  });

  it('refuses uploads over the limit before writing anything', async () => {
    const dispatch = createDispatcher(handlers, await testContext());
    const big = 'A'.repeat(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4);
    expect(await dispatch('files:upload', [{ name: 'x.log', purpose: 'log', dataBase64: big }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
  });

  it('pick is cancelled where the shell has no dialog', async () => {
    const dispatch = createDispatcher(handlers, await testContext());
    expect(await dispatch('files:pick', [{ purpose: 'package' }])).toEqual({ status: 'cancelled' });
  });

  it('inspects an uploaded HTML page saved as .msi as not an installer', async () => {
    const dispatch = createDispatcher(handlers, await testContext());
    const up = await dispatch('files:upload', [
      { name: 'setup.msi', purpose: 'package', dataBase64: b64('<!doctype html><html><body>Download</body></html>') },
    ]);
    const token = up.status === 'ok' ? (up.value as { token: string }).token : '';
    expect(await dispatch('files:inspectPackage', [{ token }])).toMatchObject({
      status: 'ok',
      value: { kind: 'not-compound-file', sniffedContent: 'html' },
    });
    expect(await dispatch('files:inspectPackage', [{ token: '0'.repeat(32) }])).toMatchObject({
      status: 'failed',
      code: 'E_TOKEN_UNKNOWN',
    });
  });
});

describe('log:analyze and log:find', () => {
  it('analyzes an uploaded log with progress events and finds the 2503 root cause', async () => {
    const events: unknown[] = [];
    const ctx = await testContext((channel, payload) => events.push({ channel, payload }));
    const dispatch = createDispatcher(handlers, ctx);
    const log = await readFile(new URL('../../../../e2e/fixtures/install-2503.log', import.meta.url));
    const up = await dispatch('files:upload', [{ name: 'install.log', purpose: 'log', dataBase64: b64(log) }]);
    const token = up.status === 'ok' ? (up.value as { token: string }).token : '';
    const r = await dispatch('log:analyze', [{ token }]);
    expect(r).toMatchObject({ status: 'ok', value: { outcome: 'failure', exitCode: 1603, rootCause: { code: 2503 } } });
    expect(events).toContainEqual({
      channel: 'log:progress',
      payload: { token, bytesRead: log.length, totalBytes: log.length },
    });
  });

  it("lists the machine's logs as tokens, and a listed log can be analyzed", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scenario-'));
    const scenario = join(dir, 'with-log.json');
    const content = await readFile(new URL('../../../../e2e/fixtures/install-2503.log', import.meta.url), 'utf8');
    const machine = {
      paths: {
        'C:\\Users\\alex\\AppData\\Local\\Temp\\MSI4f2a1.LOG': {
          type: 'file',
          content,
          modified: '2026-11-20T14:02:12.000Z',
        },
      },
    };
    await writeFile(
      scenario,
      JSON.stringify({
        id: 'with-log',
        extends: 'healthy',
        title: 'with a log',
        description: 'test',
        tags: [],
        expect: {},
        machine,
      }),
    );
    const ctx = await testContext(() => {}, scenario);
    const dispatch = createDispatcher(handlers, ctx);
    const r = await dispatch('log:find', [{}]);
    expect(r).toMatchObject({
      status: 'ok',
      value: { candidates: [{ name: 'MSI4f2a1.LOG', modified: '2026-11-20T14:02:12.000Z' }] },
    });
    const c = r.status === 'ok' ? (r.value as { candidates: { token: string }[] }).candidates[0] : undefined;
    expect(Object.keys(c ?? {}).sort()).toEqual(['modified', 'name', 'size', 'token']);
    expect(await dispatch('log:analyze', [{ token: c?.token }])).toMatchObject({
      status: 'ok',
      value: { rootCause: { code: 2503 } },
    });
  });
});
