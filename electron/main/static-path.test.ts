import { describe, expect, it } from 'vitest';
import { resolve, sep } from 'node:path';
import { resolveInside } from './static-path';

const root = resolve('/srv/bundle');

describe('resolveInside: the app:// handler and the preview cannot leave the bundle folder', () => {
  it('maps / to index.html and keeps normal files inside', () => {
    expect(resolveInside(root, '/')).toBe(`${root}${sep}index.html`);
    expect(resolveInside(root, '/assets/index-abc.js')).toBe(`${root}${sep}assets${sep}index-abc.js`);
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../secret',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2fsecret',
    '/a%5c..%5c..%5cwin.ini',
    '/x%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveInside(root, path)).toBeNull();
  });
});
