/**
 * The channel registry equals the checked-in manifest (issue 9): adding, renaming or removing a
 * channel is a reviewed change, and every channel that can change the machine is named as such.
 */
import { describe, expect, it } from 'vitest';
import manifest from './channels.manifest.json';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './channels';
import { CHANNEL_NAME } from './define';

describe('IPC channel registry', () => {
  it('invoke channels equal the manifest', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(Object.keys(manifest.invoke).sort());
  });
  it('event channels equal the manifest', () => {
    expect([...EVENT_CHANNELS].sort()).toEqual([...manifest.events].sort());
  });
  it('every channel is named domain:verb', () => {
    for (const c of [...INVOKE_CHANNELS, ...EVENT_CHANNELS]) expect(c).toMatch(CHANNEL_NAME);
  });
  it('only the fix engine channels may change the machine', () => {
    const machine = Object.entries(manifest.invoke)
      .filter(([, effect]) => effect === 'machine')
      .map(([c]) => c.split(':')[0]);
    expect(new Set(machine)).toEqual(new Set(['fix', 'journal']));
  });
});
