import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender';

const trusted = new Set([7]);
const frame = (over: Partial<{ url: string; parent: unknown; isDestroyed: () => boolean }> = {}) => ({
  url: 'app://bundle/index.html',
  parent: null,
  isDestroyed: () => false,
  ...over,
});

describe('IPC sender check (security research §1.5, checklist item 17)', () => {
  it('accepts our window main frame on app://bundle', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: frame() }, trusted)).toBe(true);
  });
  it.each([
    ['another origin', { sender: { id: 7 }, senderFrame: frame({ url: 'https://evil.example/' }) }],
    ['file://', { sender: { id: 7 }, senderFrame: frame({ url: 'file:///C:/x.html' }) }],
    ['about:blank', { sender: { id: 7 }, senderFrame: frame({ url: 'about:blank' }) }],
    ['a subframe', { sender: { id: 7 }, senderFrame: frame({ parent: {} }) }],
    ['a destroyed frame', { sender: { id: 7 }, senderFrame: frame({ isDestroyed: () => true }) }],
    ['a missing frame (navigated away)', { sender: { id: 7 }, senderFrame: null }],
    ['another webContents', { sender: { id: 8 }, senderFrame: frame() }],
    ['a look-alike host', { sender: { id: 7 }, senderFrame: frame({ url: 'app://bundle.evil/index.html' }) }],
  ])('refuses %s', (_name, event) => {
    expect(isTrustedSender(event, trusted)).toBe(false);
  });
});
