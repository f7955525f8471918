import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeInWorker, LogWorkerError } from './run-in-worker';
import { nodeBundleOptions } from '../../../../scripts/esbuild-node.mjs';

const dir = mkdtempSync(join(tmpdir(), 'log-worker-'));
const workerPath = join(dir, 'log-worker.mjs');
const log = join(dir, 'MSI1a2b.LOG');

beforeAll(async () => {
  // The app runs the bundled worker; build it with the options scripts/build-node-entries.mjs uses.
  await build({
    ...nodeBundleOptions,
    entryPoints: ['electron/engine/msilog/worker/log-worker.ts'],
    outfile: workerPath,
    logLevel: 'error',
  });
  const lines = [
    '=== Verbose logging started: 11/21/2026  10:00:00  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\WINDOWS\\system32\\msiexec.exe ===',
    'MSI (s) (20:24) [10:00:01:000]: Note: 1: 2203 2: C:\\Windows\\Installer\\inprogressinstallinfo.ipi 3: -2147287035',
    'Error 2503. Called RunScript when not marked in progress',
    'MSI (s) (20:24) [10:00:05:000]: MainEngineThread is returning 1603',
    '=== Verbose logging stopped: 11/21/2026  10:00:05 ===',
  ];
  writeFileSync(log, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf16le')]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('log analysis in a worker thread', () => {
  it('returns the same verdict as in-process analysis, with progress', async () => {
    const progress: number[] = [];
    const analysis = await analyzeInWorker(workerPath, log, { onProgress: (read) => progress.push(read) });
    expect(analysis).toMatchObject({ outcome: 'failure', exitCode: 1603, rootCause: { code: 2503 } });
    expect(progress.length).toBeGreaterThan(0);
  });

  it('reports a missing file as a failure, not a crash of the app', async () => {
    await expect(analyzeInWorker(workerPath, join(dir, 'missing.log'))).rejects.toBeInstanceOf(LogWorkerError);
  });

  it('is cancelled by the signal', async () => {
    const controller = new AbortController();
    const running = analyzeInWorker(workerPath, log, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ reason: 'cancelled' });
  });
});
