import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openCompoundFile, UNEXPECTED_PREFIX, type CfbResult, type CompoundFile } from './reader';
import { writeCompoundFile } from '../testing/cfb-writer';
import { ENDOFCHAIN } from './constants';

function bytesOf(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

/** Hostile input must fail through the reader's own checks, not through a stray exception. */
function expectAnticipated(res: CfbResult<unknown>): void {
  if (!res.ok) expect(res.error.message.startsWith(UNEXPECTED_PREFIX), res.error.message).toBe(false);
}

function open(bytes: Uint8Array): CompoundFile {
  const res = openCompoundFile(bytes);
  if (!res.ok) throw new Error(`${res.error.kind}: ${res.error.message}`);
  return res.value;
}

function streamText(cfb: CompoundFile, name: string): Uint8Array {
  const entry = cfb.root.children.find((c) => c.name === name);
  if (entry === undefined) throw new Error(`no ${name}`);
  const res = cfb.readStream(entry);
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
}

describe('MS-CFB reader', () => {
  for (const majorVersion of [3, 4] as const) {
    it(`reads back mini-stream and regular-sector streams of a v${majorVersion} file (MS-CFB 2.4, 2.6)`, () => {
      const streams = [
        { name: 'tiny', data: bytesOf(1, 1) },
        { name: 'mini', data: bytesOf(4095, 2) }, // just under the 4096 cutoff: mini stream
        { name: 'big', data: bytesOf(4096, 3) }, // at the cutoff: regular sectors
        { name: 'bigger', data: bytesOf(70_000, 4) },
        { name: 'empty', data: new Uint8Array(0) },
      ];
      const file = writeCompoundFile(streams, { majorVersion, rootClsid: '{000C1084-0000-0000-C000-000000000046}' });
      const cfb = open(file);
      expect(cfb.majorVersion).toBe(majorVersion);
      expect(cfb.sectorSize).toBe(majorVersion === 3 ? 512 : 4096);
      expect(cfb.root.clsid).toBe('{000C1084-0000-0000-C000-000000000046}');
      expect(cfb.root.children.map((c) => c.name).sort()).toEqual(['big', 'bigger', 'empty', 'mini', 'tiny']);
      for (const s of streams) expect(streamText(cfb, s.name)).toEqual(s.data);
    });
  }

  it('follows the DIFAT chain when a v3 file needs more than 109 FAT sectors (MS-CFB 2.5)', () => {
    // 109 FAT sectors map 109 * 128 sectors = ~7 MB; a 7.5 MB stream forces DIFAT sectors.
    const data = bytesOf(7_500_000, 9);
    const file = writeCompoundFile([{ name: 'huge', data }], { majorVersion: 3 });
    const dv = new DataView(file.buffer);
    expect(dv.getUint32(72, true)).toBeGreaterThan(0); // number of DIFAT sectors
    // Buffer.equals: a deep toEqual over 7.5 MB is needlessly slow.
    expect(Buffer.from(streamText(open(file), 'huge')).equals(data)).toBe(true);
  });

  it('reports a file without the signature as not-compound-file', () => {
    const res = openCompoundFile(new TextEncoder().encode('<!doctype html><html></html>'));
    expect(res.ok ? null : res.error.kind).toBe('not-compound-file');
  });

  it('reports a header cut short as truncated', () => {
    const file = writeCompoundFile([{ name: 'a', data: bytesOf(10, 1) }]);
    const res = openCompoundFile(file.subarray(0, 300));
    expect(res.ok ? null : res.error.kind).toBe('truncated');
  });

  it('detects a cycle in the directory sector chain instead of looping', () => {
    const file = writeCompoundFile([{ name: 'a', data: bytesOf(10, 1) }]);
    const dv = new DataView(file.buffer);
    const dirStart = dv.getUint32(48, true);
    const fatSector = dv.getUint32(76, true);
    dv.setUint32((fatSector + 1) * 512 + dirStart * 4, dirStart, true); // FAT[dir] = dir
    const res = openCompoundFile(file);
    expect(res.ok ? null : res.error).toMatchObject({ kind: 'corrupt', message: expect.stringMatching(/cycle/u) });
  });

  it('detects a directory entry linked from two places (sibling loop)', () => {
    const file = writeCompoundFile([
      { name: 'a', data: bytesOf(10, 1) },
      { name: 'b', data: bytesOf(10, 2) },
    ]);
    const dv = new DataView(file.buffer);
    const dirAt = (dv.getUint32(48, true) + 1) * 512;
    const child = dv.getUint32(dirAt + 76, true);
    dv.setUint32(dirAt + child * 128 + 68, child, true); // left sibling = itself
    const res = openCompoundFile(file);
    expect(res.ok ? null : res.error).toMatchObject({
      kind: 'corrupt',
      message: expect.stringMatching(/linked twice/u),
    });
  });

  it('refuses a stream size larger than the whole file rather than allocating it', () => {
    const file = writeCompoundFile([{ name: 'a', data: bytesOf(10, 1) }]);
    const dv = new DataView(file.buffer);
    const dirAt = (dv.getUint32(48, true) + 1) * 512;
    dv.setUint32(dirAt + 128 + 120, 0xfffffff0, true);
    const cfb = open(file);
    const res = cfb.readStream(cfb.root.children[0]!);
    expect(res.ok ? null : res.error.kind).toBe('corrupt');
    expect(cfb.readStream(cfb.root.children[0]!, 100).ok).toBe(false);
  });

  it('treats a chain that runs into a free sector as corrupt', () => {
    const file = writeCompoundFile([{ name: 'big', data: bytesOf(5000, 1) }]);
    const dv = new DataView(file.buffer);
    const dirAt = (dv.getUint32(48, true) + 1) * 512;
    const start = dv.getUint32(dirAt + 128 + 116, true);
    const fatAt = (dv.getUint32(76, true) + 1) * 512;
    dv.setUint32(fatAt + start * 4, 0xffffffff, true); // FAT[start] = FREESECT
    const cfb = open(file);
    const res = cfb.readStream(cfb.root.children[0]!);
    expect(res.ok ? null : res.error.kind).toBe('corrupt');
    expect(ENDOFCHAIN).toBe(0xfffffffe);
  });

  it('never throws on arbitrary bytes behind a valid signature', () => {
    const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 5000 }), (tail) => {
        const bytes = Uint8Array.from([...signature, ...tail]);
        const res = openCompoundFile(bytes);
        if (res.ok) for (const c of res.value.root.children) expectAnticipated(res.value.readStream(c, 1 << 20));
        else expect(['truncated', 'corrupt', 'too-large']).toContain(res.error.kind);
        expectAnticipated(res);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when header and directory fields of a valid file are overwritten', () => {
    const base = writeCompoundFile([
      { name: 'a', data: bytesOf(100, 1) },
      { name: 'b', data: bytesOf(5000, 2) },
    ]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }), (edits) => {
        const bytes = base.slice();
        for (const [at, v] of edits) bytes[at] = v;
        const res = openCompoundFile(bytes);
        expectAnticipated(res);
        if (res.ok) for (const c of res.value.root.children) expectAnticipated(res.value.readStream(c));
      }),
      { numRuns: 500 },
    );
  });
});
