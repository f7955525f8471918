/**
 * A bounded, defensive reader for [MS-CFB] compound files (the container of .msi/.msp/.mst).
 *
 * The bytes come from files users drop on the app, so nothing here trusts the file: every sector
 * number is range-checked, every chain is walked with a visited set (a FAT cycle would otherwise
 * loop forever), sizes are capped by the file's own length, and failures come back as a typed
 * `CfbResult` instead of an exception. Only reading is supported; the fixture writer lives in
 * ../testing.
 */
import {
  DIFSECT,
  DIRECTORY_ENTRY_SIZE,
  ENDOFCHAIN,
  FATSECT,
  FREESECT,
  HEADER_DIFAT_ENTRIES,
  MAXREGSECT,
  MINI_SECTOR_SIZE,
  MINI_STREAM_CUTOFF,
  NOSTREAM,
  OBJECT_ROOT,
  OBJECT_STORAGE,
  OBJECT_STREAM,
  formatGuid,
  hasCfbSignature,
} from './constants';

export type CfbErrorKind = 'not-compound-file' | 'truncated' | 'corrupt' | 'too-large';
export interface CfbError {
  kind: CfbErrorKind;
  message: string;
}
export type CfbResult<T> = { ok: true; value: T } | { ok: false; error: CfbError };

export interface CfbEntry {
  /** Index in the directory. */
  id: number;
  name: string;
  type: 'root' | 'storage' | 'stream';
  clsid: string;
  startSector: number;
  size: number;
  /** Direct children for the root and storages, in directory order. */
  children: CfbEntry[];
}

export interface CompoundFile {
  majorVersion: 3 | 4;
  sectorSize: number;
  root: CfbEntry;
  /** Reads a stream entry's bytes, at most `maxBytes` (default: the open-time limit). */
  readStream(entry: CfbEntry, maxBytes?: number): CfbResult<Uint8Array>;
}

export interface CfbLimits {
  /** Largest single stream readStream will materialise. */
  maxStreamBytes: number;
  /** Most directory entries accepted (each costs 128 bytes of file, so this mostly bounds memory). */
  maxDirectoryEntries: number;
}
export const DEFAULT_CFB_LIMITS: CfbLimits = { maxStreamBytes: 64 * 1024 * 1024, maxDirectoryEntries: 100_000 };

/** Prefix of messages for failures the reader did not anticipate (bugs, not file defects). */
export const UNEXPECTED_PREFIX = 'unexpected: ';

class CfbFailure extends Error {
  constructor(
    readonly kind: CfbErrorKind,
    message: string,
  ) {
    super(message);
  }
}
const fail = (kind: CfbErrorKind, message: string): never => {
  throw new CfbFailure(kind, message);
};

/** Internal exceptions stop at this boundary and become a typed error. */
function guard<T>(fn: () => T): CfbResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof CfbFailure) return { ok: false, error: { kind: e.kind, message: e.message } };
    // A RangeError from a typed array or anything unforeseen is a reader bug that a hostile file
    // reached: still reported (never thrown), but marked so fuzz tests can catch it.
    return {
      ok: false,
      error: { kind: 'corrupt', message: `${UNEXPECTED_PREFIX}${e instanceof Error ? e.message : String(e)}` },
    };
  }
}

export function openCompoundFile(bytes: Uint8Array, limits: Partial<CfbLimits> = {}): CfbResult<CompoundFile> {
  return guard(() => new Reader(bytes, { ...DEFAULT_CFB_LIMITS, ...limits }).open());
}

class Reader {
  private readonly view: DataView;
  private majorVersion: 3 | 4 = 3;
  private sectorSize = 512;
  private fat: Uint32Array = new Uint32Array(0);
  private miniFat: Uint32Array = new Uint32Array(0);
  private miniStream: Uint8Array | null = null;
  private rootEntry: CfbEntry | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: CfbLimits,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  open(): CompoundFile {
    if (!hasCfbSignature(this.bytes)) fail('not-compound-file', 'no compound file signature');
    if (this.bytes.length < 512) fail('truncated', `header needs 512 bytes, file has ${this.bytes.length}`);
    const h = this.readHeader();
    this.fat = this.readFat(h.fatSectorCount, h.firstDifatSector, h.difatSectorCount);
    this.checkLength();
    const entries = this.readDirectoryEntries(h.firstDirectorySector);
    const root = this.buildTree(entries);
    this.rootEntry = root;
    this.miniFat = this.readMiniFat(h.firstMiniFatSector, h.miniFatSectorCount);
    return {
      majorVersion: h.majorVersion,
      sectorSize: this.sectorSize,
      root,
      readStream: (entry, maxBytes) => guard(() => this.readStream(entry, maxBytes ?? this.limits.maxStreamBytes)),
    };
  }

  /** 2.2 Compound File Header. */
  private readHeader() {
    const v = this.view;
    const majorVersion = v.getUint16(26, true);
    if (majorVersion !== 3 && majorVersion !== 4) fail('corrupt', `unsupported major version ${majorVersion}`);
    if (v.getUint16(28, true) !== 0xfffe) fail('corrupt', 'byte order mark is not 0xFFFE');
    const sectorShift = v.getUint16(30, true);
    // The spec ties shift 9 to v3 and 12 to v4; accept either pairing, reject anything else.
    if (sectorShift !== 9 && sectorShift !== 12) fail('corrupt', `sector shift ${sectorShift}`);
    if (v.getUint16(32, true) !== 6) fail('corrupt', 'mini sector shift is not 6');
    if (v.getUint32(56, true) !== MINI_STREAM_CUTOFF) fail('corrupt', 'mini stream cutoff is not 4096');
    this.majorVersion = majorVersion as 3 | 4;
    this.sectorSize = 1 << sectorShift;
    return {
      majorVersion: majorVersion as 3 | 4,
      fatSectorCount: v.getUint32(44, true),
      firstDirectorySector: v.getUint32(48, true),
      firstMiniFatSector: v.getUint32(60, true),
      miniFatSectorCount: v.getUint32(64, true),
      firstDifatSector: v.getUint32(68, true),
      difatSectorCount: v.getUint32(72, true),
    };
  }

  /** Number of sectors the file can hold; a partial last sector counts (some writers do not pad it). */
  private get sectorsInFile(): number {
    return Math.ceil(Math.max(0, this.bytes.length - this.sectorSize) / this.sectorSize);
  }

  /** Sector n starts at (n + 1) << shift (the header occupies "sector -1"). Short tails read as zeros. */
  private sector(n: number): Uint8Array {
    if (n > MAXREGSECT) fail('corrupt', `special value 0x${n.toString(16)} used as a sector number`);
    const start = (n + 1) * this.sectorSize;
    if (start >= this.bytes.length) fail('truncated', `sector ${n} lies past the end of the file`);
    const end = start + this.sectorSize;
    if (end <= this.bytes.length) return this.bytes.subarray(start, end);
    const padded = new Uint8Array(this.sectorSize);
    padded.set(this.bytes.subarray(start));
    return padded;
  }

  private u32s(sector: Uint8Array): Uint32Array {
    const out = new Uint32Array(sector.length / 4);
    const dv = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
    for (let i = 0; i < out.length; i++) out[i] = dv.getUint32(i * 4, true);
    return out;
  }

  /** 2.5 DIFAT: 109 FAT sector numbers in the header, the rest in a chain of DIFAT sectors. */
  private readFat(fatSectorCount: number, firstDifat: number, difatCount: number): Uint32Array {
    // A FAT sector covers sectorSize/4 sectors; more FAT sectors than the file has sectors is a lie.
    if (fatSectorCount > this.sectorsInFile)
      fail('truncated', `header claims ${fatSectorCount} FAT sectors, the file holds ${this.sectorsInFile} sectors`);
    const fatSectors: number[] = [];
    for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; i++) {
      fatSectors.push(this.view.getUint32(76 + i * 4, true));
    }
    const seen = new Set<number>();
    let next = firstDifat;
    const perDifat = this.sectorSize / 4 - 1;
    for (let n = 0; fatSectors.length < fatSectorCount; n++) {
      if (next === ENDOFCHAIN || next === FREESECT || n >= difatCount + 1)
        fail('corrupt', 'DIFAT chain ends before all FAT sectors are listed');
      if (seen.has(next)) fail('corrupt', 'cycle in the DIFAT chain');
      seen.add(next);
      const words = this.u32s(this.sector(next));
      for (let i = 0; i < perDifat && fatSectors.length < fatSectorCount; i++) fatSectors.push(words[i] ?? FREESECT);
      next = words[perDifat] ?? ENDOFCHAIN;
    }
    const fat = new Uint32Array(fatSectorCount * (this.sectorSize / 4));
    const used = new Set<number>();
    fatSectors.forEach((s, i) => {
      if (used.has(s)) fail('corrupt', `FAT sector ${s} listed twice`);
      used.add(s);
      fat.set(this.u32s(this.sector(s)), i * (this.sectorSize / 4));
    });
    return fat;
  }

  /**
   * An interrupted download keeps its header and FAT (they come first) but loses the sectors the FAT
   * says are in use. Catch that here, so it reads as 'truncated' rather than as damaged streams.
   */
  private checkLength(): void {
    let last = this.fat.length - 1;
    while (last >= 0 && this.fat[last] === FREESECT) last--;
    if (last >= 0 && (last + 1) * this.sectorSize >= this.bytes.length) {
      fail('truncated', `sector ${last} is in use but the file ends at byte ${this.bytes.length}`);
    }
  }

  /**
   * Follows a sector chain. `maxSectors` bounds the walk for sized streams; the visited set catches
   * cycles (2.3: a chain MUST end in ENDOFCHAIN).
   */
  private chain(start: number, table: Uint32Array, maxSectors: number, what: string): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    let cur = start;
    while (cur !== ENDOFCHAIN && out.length < maxSectors) {
      if (cur === FREESECT || cur === FATSECT || cur === DIFSECT || cur > MAXREGSECT)
        fail('corrupt', `${what}: chain runs into a free or reserved sector`);
      if (cur >= table.length) fail('corrupt', `${what}: sector ${cur} is outside the allocation table`);
      if (seen.has(cur)) fail('corrupt', `${what}: cycle in the sector chain`);
      seen.add(cur);
      out.push(cur);
      cur = table[cur] ?? ENDOFCHAIN;
    }
    return out;
  }

  private readChain(start: number, size: number | null, what: string): Uint8Array {
    const max = size === null ? this.fat.length : Math.ceil(size / this.sectorSize);
    const sectors = this.chain(start, this.fat, max, what);
    if (size !== null && sectors.length * this.sectorSize < size)
      fail('corrupt', `${what}: chain shorter than the stream size`);
    const out = new Uint8Array(sectors.length * this.sectorSize);
    sectors.forEach((s, i) => out.set(this.sector(s), i * this.sectorSize));
    return size === null ? out : out.subarray(0, size);
  }

  private readDirectoryEntries(firstDirectorySector: number): Uint8Array {
    const dir = this.readChain(firstDirectorySector, null, 'directory');
    if (dir.length / DIRECTORY_ENTRY_SIZE > this.limits.maxDirectoryEntries)
      fail('too-large', 'too many directory entries');
    return dir;
  }

  /** 2.6.1 Directory Entry, with the name's UTF-16 code units taken up to the stated length. */
  private parseEntry(
    dir: Uint8Array,
    id: number,
  ): { entry: CfbEntry; left: number; right: number; child: number } | null {
    const off = id * DIRECTORY_ENTRY_SIZE;
    if (off + DIRECTORY_ENTRY_SIZE > dir.length) return null;
    const dv = new DataView(dir.buffer, dir.byteOffset + off, DIRECTORY_ENTRY_SIZE);
    const objectType = dv.getUint8(66);
    const type =
      objectType === OBJECT_ROOT
        ? 'root'
        : objectType === OBJECT_STORAGE
          ? 'storage'
          : objectType === OBJECT_STREAM
            ? 'stream'
            : null;
    if (type === null) return null;
    const nameBytes = Math.min(dv.getUint16(64, true), 64);
    let name = '';
    for (let i = 0; i + 1 < nameBytes; i += 2) {
      const unit = dv.getUint16(i, true);
      if (unit === 0) break;
      name += String.fromCharCode(unit);
    }
    // v3 files keep only the low 32 bits of the size meaningful (2.6.3); v4 uses all 64.
    const low = dv.getUint32(120, true);
    const high = this.majorVersion === 3 ? 0 : dv.getUint32(124, true);
    const size = high * 2 ** 32 + low;
    const clsid = formatGuid(dir, off + 80);
    const entry: CfbEntry = { id, name, type, clsid, startSector: dv.getUint32(116, true), size, children: [] };
    return { entry, left: dv.getUint32(68, true), right: dv.getUint32(72, true), child: dv.getUint32(76, true) };
  }

  /** 2.6.4 Red-Black Tree: each storage's children are a binary tree linked by left/right siblings. */
  private buildTree(dir: Uint8Array): CfbEntry {
    const rootParsed = this.parseEntry(dir, 0);
    if (rootParsed?.entry.type !== 'root') fail('corrupt', 'directory entry 0 is not the root storage');
    const root = rootParsed!.entry;
    const visited = new Set<number>([0]);
    const pending: Array<{ parent: CfbEntry; child: number }> = [{ parent: root, child: rootParsed!.child }];
    while (pending.length > 0) {
      const { parent, child } = pending.pop()!;
      const stack = [child];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (id === NOSTREAM) continue;
        if (visited.has(id)) fail('corrupt', `directory entry ${id} is linked twice`);
        visited.add(id);
        const parsed = this.parseEntry(dir, id);
        if (parsed === null || parsed.entry.type === 'root') fail('corrupt', `directory link to invalid entry ${id}`);
        const { entry, left, right, child: grandChild } = parsed!;
        parent.children.push(entry);
        stack.push(right, left);
        if (entry.type === 'storage') pending.push({ parent: entry, child: grandChild });
      }
    }
    return root;
  }

  private readMiniFat(first: number, count: number): Uint32Array {
    if (first === ENDOFCHAIN || count === 0) return new Uint32Array(0);
    const bytes = this.readChain(first, null, 'mini FAT');
    return this.u32s(bytes.subarray(0, Math.min(bytes.length, count * this.sectorSize)));
  }

  private readStream(entry: CfbEntry, maxBytes: number): Uint8Array {
    if (entry.type === 'storage') fail('corrupt', `${entry.name} is a storage, not a stream`);
    // A stream cannot hold more bytes than the whole file.
    if (entry.size > this.bytes.length)
      fail('corrupt', `stream ${JSON.stringify(entry.name)} claims ${entry.size} bytes`);
    if (entry.size > maxBytes) fail('too-large', `stream ${JSON.stringify(entry.name)} is ${entry.size} bytes`);
    if (entry.size === 0) return new Uint8Array(0);
    if (entry.type === 'root' || entry.size >= MINI_STREAM_CUTOFF)
      return this.readChain(entry.startSector, entry.size, entry.name);
    return this.readMini(entry);
  }

  /** 2.4 Mini FAT: small streams live in 64-byte sectors inside the root entry's stream. */
  private readMini(entry: CfbEntry): Uint8Array {
    const root = this.rootEntry!;
    this.miniStream ??= this.readChain(root.startSector, root.size, 'mini stream');
    const mini = this.miniStream;
    const sectors = this.chain(entry.startSector, this.miniFat, Math.ceil(entry.size / MINI_SECTOR_SIZE), entry.name);
    if (sectors.length * MINI_SECTOR_SIZE < entry.size)
      fail('corrupt', `${entry.name}: mini chain shorter than the stream size`);
    const out = new Uint8Array(sectors.length * MINI_SECTOR_SIZE);
    sectors.forEach((s, i) => {
      const start = s * MINI_SECTOR_SIZE;
      if (start + MINI_SECTOR_SIZE > mini.length)
        fail('corrupt', `${entry.name}: mini sector ${s} lies outside the mini stream`);
      out.set(mini.subarray(start, start + MINI_SECTOR_SIZE), i * MINI_SECTOR_SIZE);
    });
    return out.subarray(0, entry.size);
  }
}
