import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; url?: string }[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push({ options });
    }
    once() {}
    loadURL(url: string) {
      const last = created[created.length - 1];
      if (last) last.url = url;
      return Promise.resolve();
    }
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));

const { createMainWindow } = await import('./window');

describe('window factory (Electron security checklist items 2-4, 6, 8-11)', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('sets every security-relevant webPreference explicitly', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs' });
    const prefs = created[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the UI from the app:// protocol, never file://', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    expect(created[0]?.url).toBe('app://bundle/index.html');
  });

  it('is usable at 800x600', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    expect(created[0]?.options).toMatchObject({ minWidth: 800, minHeight: 600 });
  });
});
