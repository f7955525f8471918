import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Two projects. "preview": the real renderer in Debian's Chromium through the preview bridge (runs
// everywhere). "electron": the same app in Electron via _electron, where the binary exists.
const PORT = Number(process.env['E2E_PORT'] ?? 5188);
const chromium =
  process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}`, headless: true, trace: 'off' },
  projects: [
    {
      name: 'preview',
      testIgnore: /electron(?:-[a-z]+)?\.spec\.ts$/u,
      use: {
        viewport: { width: 1024, height: 720 },
        launchOptions: {
          ...(chromium ? { executablePath: chromium } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    { name: 'electron', testMatch: /electron(?:-[a-z]+)?\.spec\.ts$/u },
  ],
  webServer: {
    command: `node out/preview/server.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
