import { describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn();
vi.mock('electron', () => ({
  app: { on: vi.fn() },
  shell: { openExternal: (u: string) => openExternal(u) },
  protocol: {},
}));
const { guardWebContents, hardenSession } = await import('./security');

type Listener = (event: { preventDefault(): void; url: string }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, l: Listener) => listeners.set(name, l),
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    fire(name: string, url: string) {
      const event = {
        url,
        prevented: false,
        preventDefault() {
          this.prevented = true;
        },
      };
      listeners.get(name)?.(event);
      return event.prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('navigation and window guards (checklist items 13-15)', () => {
  const contents = fakeContents();
  guardWebContents(contents as never);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: blocks foreign URLs and allows the bundle',
    (name) => {
      expect(contents.fire(name, 'https://evil.example/')).toBe(true);
      expect(contents.fire(name, 'file:///C:/Windows/win.ini')).toBe(true);
      expect(contents.fire(name, 'app://other/index.html')).toBe(true);
      expect(contents.fire(name, 'app://bundle/index.html')).toBe(false);
    },
  );

  it('denies every new window and opens only allowlisted https links in the browser', () => {
    openExternal.mockClear();
    expect(contents.open('https://learn.microsoft.com/windows/win32/msi/error-codes')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    for (const url of [
      'http://learn.microsoft.com/',
      'file:///C:/',
      'ms-msdt:/id',
      'search-ms:query=x',
      'javascript:alert(1)',
      'https://learn.microsoft.com.evil.example/',
    ]) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks <webview> attachment', () => {
    expect(contents.fire('will-attach-webview', 'app://bundle/')).toBe(true);
  });
});

describe('session permissions (checklist item 5)', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: vi.fn(),
    } as never);
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])
      request?.({}, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(check?.()).toBe(false);
  });
});
