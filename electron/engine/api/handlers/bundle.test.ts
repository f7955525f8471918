/**
 * The bundle over the IPC dispatcher: preview, entry text, save through the platform's saveFile,
 * never overwriting, unknown ids and tokens refused, and invalid requests rejected before any handler.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundlePreview } from '@shared/model/bundle';
import { createDispatcher } from '../dispatch';
import { testContext } from '../test-context';
import { handlers } from './index';

async function setup(saveTo: string | null) {
  const ctx = await testContext();
  const withSave = {
    ...ctx,
    platform: {
      ...ctx.platform,
      saveFile: async (name: string) => (saveTo === null ? null : join(saveTo === '' ? ctx.dataDir : saveTo, name)),
    },
  };
  return { ctx: withSave, dispatch: createDispatcher(handlers, withSave) };
}

describe('bundle IPC', () => {
  it('previews, shows an entry, saves once and refuses to overwrite', async () => {
    const { ctx, dispatch } = await setup('');
    const r = await dispatch('bundle:preview', [{ symptom: '2503' }]);
    expect(r.status).toBe('ok');
    const preview = BundlePreview.parse((r as { value: unknown }).value);
    expect(preview.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['report.json', 'report.html', 'scenario.json', 'MANIFEST.json']),
    );
    expect(preview.totals.user).toBeGreaterThan(0);

    const entry = await dispatch('bundle:entry', [{ previewId: preview.previewId, name: 'report.json' }]);
    expect(entry.status).toBe('ok');
    expect(JSON.stringify(entry)).not.toContain('alex');
    expect((await dispatch('bundle:entry', [{ previewId: preview.previewId, name: '../../etc/passwd' }])).status).toBe(
      'failed',
    );

    const saved = await dispatch('bundle:save', [{ previewId: preview.previewId }]);
    expect(saved).toEqual({ status: 'ok', value: { fileName: preview.suggestedName, size: preview.zipSize } });
    const path = join(ctx.dataDir, preview.suggestedName);
    expect(existsSync(path)).toBe(true);
    expect(existsSync(`${path}.private-map.json`)).toBe(false);
    const again = await dispatch('bundle:save', [{ previewId: preview.previewId }]);
    expect(again).toMatchObject({ status: 'failed', code: 'E_UNSAFE_PATH' });
  });

  it('answers cancelled when the user closes the save dialog, and leaves an existing file alone', async () => {
    const { dispatch } = await setup(null);
    const r = await dispatch('bundle:preview', [{}]);
    const { previewId } = (r as { value: { previewId: string } }).value;
    expect(await dispatch('bundle:save', [{ previewId }])).toEqual({ status: 'cancelled' });
  });

  it('refuses unknown previews and tokens, and requests off the contract', async () => {
    const { ctx, dispatch } = await setup('');
    expect(await dispatch('bundle:save', [{ previewId: 'a'.repeat(32) }])).toMatchObject({
      status: 'failed',
      code: 'E_NOT_FOUND',
    });
    expect(await dispatch('bundle:preview', [{ logTokens: ['b'.repeat(32)] }])).toMatchObject({
      status: 'failed',
      code: 'E_TOKEN_UNKNOWN',
    });
    expect(await dispatch('bundle:preview', [{ logPaths: ['/etc/passwd'] }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    expect(await dispatch('bundle:entry', [{ previewId: 'x', name: 'report.json' }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    // A log handed over by token (a file main minted) goes into the bundle, redacted.
    const log = join(ctx.dataDir, 'chosen.log');
    writeFileSync(log, 'MSI (s) (3C:40) [10:00:01:003]: Error 2503. C:\\Users\\alex\\AppData\\Local\\Temp\n');
    const token = ctx.files.mint({ path: log, name: 'chosen.log', size: 80, purpose: 'log' });
    const r = await dispatch('bundle:preview', [{ logTokens: [token] }]);
    const preview = BundlePreview.parse((r as { value: unknown }).value);
    const name = preview.files.find((f) => f.kind === 'log')?.name ?? '';
    const text = await dispatch('bundle:entry', [{ previewId: preview.previewId, name }]);
    expect(JSON.stringify(text)).toContain('C:\\\\Users\\\\USER1\\\\AppData');
    expect(readFileSync(log, 'utf8')).toContain('alex');
  });
});

describe('bundle:open', () => {
  it('opens a saved bundle as the simulated machine, with the same top finding', async () => {
    const { ctx, dispatch } = await setup('');
    const before = await dispatch('diagnose:run', [{ symptom: '2503' }]);
    const preview = BundlePreview.parse(
      ((await dispatch('bundle:preview', [{ symptom: '2503' }])) as { value: unknown }).value,
    );
    await dispatch('bundle:save', [{ previewId: preview.previewId }]);
    const path = join(ctx.dataDir, preview.suggestedName);
    const token = ctx.files.mint({ path, name: preview.suggestedName, size: preview.zipSize, purpose: 'any' });
    const opened = await dispatch('bundle:open', [{ token }]);
    expect(opened).toMatchObject({
      status: 'ok',
      value: { kind: 'simulated', scenarioId: 'bundle-standard-user-windows-temp-2503' },
    });
    const after = await dispatch('diagnose:run', [{ symptom: '2503' }]);
    const top = (r: unknown) => (r as { value: { findings: { id: string }[] } }).value.findings[0]?.id;
    expect(top(after)).toBe(top(before));
    const notZip = ctx.files.mint({ path: join(ctx.dataDir, 'x.json'), name: 'x.json', size: 1, purpose: 'any' });
    expect(await dispatch('bundle:open', [{ token: notZip }])).toMatchObject({
      status: 'failed',
      code: 'E_SCENARIO_INVALID',
    });
    const broken = join(ctx.dataDir, 'broken.zip');
    writeFileSync(broken, 'not a zip');
    const brokenToken = ctx.files.mint({ path: broken, name: 'broken.zip', size: 9, purpose: 'any' });
    expect(await dispatch('bundle:open', [{ token: brokenToken }])).toMatchObject({
      status: 'failed',
      code: 'E_SCENARIO_INVALID',
    });
  });
});
