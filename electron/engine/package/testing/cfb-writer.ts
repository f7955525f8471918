/**
 * Writes a minimal but spec-conformant [MS-CFB] compound file: a root storage with streams (no
 * sub-storages), v3 (512-byte sectors) or v4 (4096). Streams under 4096 bytes go to the mini stream
 * as 2.4 requires, larger ones to regular sectors; FAT sectors beyond the header's 109 are listed in
 * DIFAT sectors. Test fixtures and simulated scenarios only: production code never writes packages.
 */
import {
  CFB_SIGNATURE,
  DIFSECT,
  DIRECTORY_ENTRY_SIZE,
  ENDOFCHAIN,
  FATSECT,
  FREESECT,
  HEADER_DIFAT_ENTRIES,
  MINI_SECTOR_SIZE,
  MINI_STREAM_CUTOFF,
  NOSTREAM,
  OBJECT_ROOT,
  OBJECT_STREAM,
  parseGuid,
} from '../cfb/constants';

export interface CfbStreamInput {
  /** The directory name exactly as stored (already MSI-encoded where that applies). */
  name: string;
  data: Uint8Array;
}
export interface CfbWriteOptions {
  majorVersion?: 3 | 4;
  rootClsid?: string;
}

/** 2.6.4: siblings are ordered by name length first, then by upper-cased UTF-16 code units. */
export function compareCfbNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

export function writeCompoundFile(streams: readonly CfbStreamInput[], options: CfbWriteOptions = {}): Uint8Array {
  const major = options.majorVersion ?? 3;
  const sectorSize = major === 3 ? 512 : 4096;
  const perSector = sectorSize / 4;
  for (const s of streams) if (s.name.length > 31) throw new Error(`stream name longer than 31 characters: ${s.name}`);

  // Mini stream: small streams back to back, each rounded up to 64 bytes.
  const miniFat: number[] = [];
  const miniStart = new Map<CfbStreamInput, number>();
  const miniChunks: Uint8Array[] = [];
  for (const s of streams) {
    if (s.data.length >= MINI_STREAM_CUTOFF || s.data.length === 0) continue;
    const first = miniFat.length;
    const n = Math.ceil(s.data.length / MINI_SECTOR_SIZE);
    for (let i = 0; i < n; i++) miniFat.push(i === n - 1 ? ENDOFCHAIN : first + i + 1);
    miniStart.set(s, first);
    const padded = new Uint8Array(n * MINI_SECTOR_SIZE);
    padded.set(s.data);
    miniChunks.push(padded);
  }
  const miniStream = concat(miniChunks);
  const big = streams.filter((s) => s.data.length >= MINI_STREAM_CUTOFF);

  const sectorsFor = (bytes: number): number => Math.ceil(bytes / sectorSize);
  const dirSectors = sectorsFor((streams.length + 1) * DIRECTORY_ENTRY_SIZE);
  const miniFatSectors = sectorsFor(miniFat.length * 4);
  const miniStreamSectors = sectorsFor(miniStream.length);
  const bigSectors = big.reduce((n, s) => n + sectorsFor(s.data.length), 0);
  const payload = dirSectors + miniFatSectors + miniStreamSectors + bigSectors;
  let fatSectors = 1;
  let difatSectors = 0;
  for (;;) {
    const difat =
      fatSectors > HEADER_DIFAT_ENTRIES ? Math.ceil((fatSectors - HEADER_DIFAT_ENTRIES) / (perSector - 1)) : 0;
    const needed = Math.ceil((payload + fatSectors + difat) / perSector);
    if (needed <= fatSectors && difat === difatSectors) break;
    fatSectors = Math.max(needed, fatSectors);
    difatSectors = difat;
  }

  const total = fatSectors + difatSectors + payload;
  const fat = new Uint32Array(fatSectors * perSector).fill(FREESECT);
  let next = 0;
  const allocate = (count: number, marker?: number): number => {
    const first = count === 0 ? ENDOFCHAIN : next;
    for (let i = 0; i < count; i++) fat[next + i] = marker ?? (i === count - 1 ? ENDOFCHAIN : next + i + 1);
    next += count;
    return first;
  };
  const fatStart = allocate(fatSectors, FATSECT);
  const difatStart = allocate(difatSectors, DIFSECT);
  const dirStart = allocate(dirSectors);
  const miniFatStart = allocate(miniFatSectors);
  const miniStreamStart = allocate(miniStreamSectors);
  const bigStart = new Map(big.map((s) => [s, allocate(sectorsFor(s.data.length))]));

  const out = new Uint8Array(sectorSize * (total + 1));
  const dv = new DataView(out.buffer);
  const at = (sector: number): number => (sector + 1) * sectorSize;

  // 2.2 header.
  out.set(CFB_SIGNATURE, 0);
  dv.setUint16(24, 0x003e, true);
  dv.setUint16(26, major, true);
  dv.setUint16(28, 0xfffe, true);
  dv.setUint16(30, major === 3 ? 9 : 12, true);
  dv.setUint16(32, 6, true);
  dv.setUint32(40, major === 3 ? 0 : dirSectors, true);
  dv.setUint32(44, fatSectors, true);
  dv.setUint32(48, dirStart, true);
  dv.setUint32(56, MINI_STREAM_CUTOFF, true);
  dv.setUint32(60, miniFatSectors === 0 ? ENDOFCHAIN : miniFatStart, true);
  dv.setUint32(64, miniFatSectors, true);
  dv.setUint32(68, difatSectors === 0 ? ENDOFCHAIN : difatStart, true);
  dv.setUint32(72, difatSectors, true);
  const fatList = Array.from({ length: fatSectors }, (_, i) => fatStart + i);
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) dv.setUint32(76 + i * 4, fatList[i] ?? FREESECT, true);
  // 2.5 DIFAT sectors: perSector-1 FAT sector numbers, then the next DIFAT sector.
  const rest = fatList.slice(HEADER_DIFAT_ENTRIES);
  for (let d = 0; d < difatSectors; d++) {
    const base = at(difatStart + d);
    for (let i = 0; i < perSector - 1; i++) dv.setUint32(base + i * 4, rest[d * (perSector - 1) + i] ?? FREESECT, true);
    dv.setUint32(base + (perSector - 1) * 4, d === difatSectors - 1 ? ENDOFCHAIN : difatStart + d + 1, true);
  }
  fat.forEach((v, i) => dv.setUint32(at(fatStart) + i * 4, v, true));
  miniFat.forEach((v, i) => dv.setUint32(at(miniFatStart) + i * 4, v, true));
  if (miniStream.length > 0) out.set(miniStream, at(miniStreamStart));
  for (const [s, start] of bigStart) out.set(s.data, at(start));

  writeDirectory(out, at(dirStart), dirSectors * sectorSize, streams, {
    rootClsid: options.rootClsid ?? null,
    miniStreamStart: miniStreamSectors === 0 ? ENDOFCHAIN : miniStreamStart,
    miniStreamSize: miniStream.length,
    start: (s) => (s.data.length === 0 ? ENDOFCHAIN : (miniStart.get(s) ?? bigStart.get(s) ?? ENDOFCHAIN)),
  });
  return out;
}

interface DirLayout {
  rootClsid: string | null;
  miniStreamStart: number;
  miniStreamSize: number;
  start: (s: CfbStreamInput) => number;
}

/** 2.6 directory: root at 0, streams from 1, siblings as a balanced binary search tree. */
function writeDirectory(
  out: Uint8Array,
  base: number,
  bytes: number,
  streams: readonly CfbStreamInput[],
  layout: DirLayout,
): void {
  const dv = new DataView(out.buffer);
  for (let off = 0; off < bytes; off += DIRECTORY_ENTRY_SIZE) {
    for (const link of [68, 72, 76]) dv.setUint32(base + off + link, NOSTREAM, true);
  }
  const entry = (id: number, name: string, type: number, start: number, size: number): void => {
    const off = base + id * DIRECTORY_ENTRY_SIZE;
    for (let i = 0; i < name.length; i++) dv.setUint16(off + i * 2, name.charCodeAt(i), true);
    dv.setUint16(off + 64, (name.length + 1) * 2, true);
    dv.setUint8(off + 66, type);
    dv.setUint8(off + 67, 1); // black: a balanced tree of black nodes is what most writers emit
    dv.setUint32(off + 116, start, true);
    dv.setUint32(off + 120, size, true);
  };
  entry(0, 'Root Entry', OBJECT_ROOT, layout.miniStreamStart, layout.miniStreamSize);
  if (layout.rootClsid !== null) out.set(parseGuid(layout.rootClsid), base + 80);
  streams.forEach((s, i) => entry(i + 1, s.name, OBJECT_STREAM, layout.start(s), s.data.length));

  const sorted = streams.map((s, i) => ({ name: s.name, id: i + 1 })).sort((a, b) => compareCfbNames(a.name, b.name));
  const build = (lo: number, hi: number): number => {
    if (lo > hi) return NOSTREAM;
    const mid = (lo + hi) >> 1;
    const id = sorted[mid]!.id;
    const off = base + id * DIRECTORY_ENTRY_SIZE;
    dv.setUint32(off + 68, build(lo, mid - 1), true);
    dv.setUint32(off + 72, build(mid + 1, hi), true);
    return id;
  };
  dv.setUint32(base + 76, build(0, sorted.length - 1), true);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
