/**
 * The same app in Electron, driven by Playwright's _electron, where the Electron binary exists.
 * On machines that cannot download it the test is skipped with the reason.
 */
import { test, expect, _electron as electron } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { electronBinary } from '../scripts/electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = electronBinary(root);

test.describe('electron app', () => {
  test.skip(
    !binary,
    "Electron's binary is not installed on this machine (it cannot be downloaded here); the preview project covers the renderer.",
  );

  test('opens the hardened window on app://bundle with the welcome screen', async () => {
    const app = await electron.launch({ executablePath: binary ?? '', args: [root, '--scenario', 'healthy'] });
    const page = await app.firstWindow();
    await expect(page.getByTestId('welcome-start')).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/bundle\//u);
    // The page has no Node and no ipcRenderer: only the bridge object.
    const surface = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: typeof (window as unknown as { installerDoctor?: unknown }).installerDoctor,
    }));
    expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });
    await app.close();
  });
});
