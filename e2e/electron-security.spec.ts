/**
 * Hardening checks that only the real Electron shell can prove (the preview runs in a plain browser):
 * navigation away, window.open, iframe top-navigation and permission requests are all refused, and the
 * external-link opener refuses everything but allowlisted https pages. Runs where Electron's binary
 * exists; skipped with the reason elsewhere.
 */
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { electronBinary } from '../scripts/electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = electronBinary(root);

test.describe('electron hardening', () => {
  test.skip(!binary, "Electron's binary is not installed on this machine (it cannot be downloaded here).");
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    app = await electron.launch({ executablePath: binary ?? '', args: [root, '--scenario', 'healthy'] });
    page = await app.firstWindow();
    await page.getByTestId('welcome-start').waitFor();
  });
  test.afterAll(async () => app.close());

  test('navigation to an external URL is blocked', async () => {
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/bundle\//u);
  });

  test('window.open opens nothing', async () => {
    const before = app.windows().length;
    await page.evaluate(() => window.open('https://example.com/', '_blank'));
    await page.waitForTimeout(500);
    expect(app.windows().length).toBe(before);
  });

  test('an iframe cannot navigate the top window', async () => {
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.srcdoc = '<script>top.location = "https://example.com/"</script>';
      document.body.appendChild(f);
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/bundle\//u);
  });

  test('permission requests are denied', async () => {
    const state = await page.evaluate(
      async () => (await navigator.permissions.query({ name: 'geolocation' as PermissionName })).state,
    );
    expect(state).not.toBe('granted');
  });

  test('the external-link opener refuses anything but allowlisted https pages', async () => {
    const results = await page.evaluate(
      async (urls) => {
        const api = (
          window as unknown as {
            installerDoctor: { app: { openExternal(r: { url: string }): Promise<{ status: string; code?: string }> } };
          }
        ).installerDoctor;
        return Promise.all(urls.map(async (url) => (await api.app.openExternal({ url })).code ?? 'ok'));
      },
      [
        'file:///C:/Windows/System32/calc.exe',
        'ms-msdt:/id PCWDiagnostic',
        'search-ms:query=x',
        'javascript:alert(1)',
        'http://learn.microsoft.com/',
        'https://learn.microsoft.com.evil.example/',
      ],
    );
    expect(results).toEqual(Array(6).fill('E_LINK_BLOCKED'));
  });
});
