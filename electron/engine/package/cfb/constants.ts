/**
 * Numbers from [MS-CFB] "Compound File Binary File Format" that both the reader and the test-fixture
 * writer rely on. Section numbers refer to MS-CFB v20210407.
 */

/** 2.2 Compound File Header: Header Signature. */
export const CFB_SIGNATURE = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

/** 2.1 Compound File Sector Numbers and Types. */
export const MAXREGSECT = 0xfffffffa;
export const DIFSECT = 0xfffffffc;
export const FATSECT = 0xfffffffd;
export const ENDOFCHAIN = 0xfffffffe;
export const FREESECT = 0xffffffff;

/** 2.6.1 Directory Entry: NOSTREAM terminates sibling/child links. */
export const NOSTREAM = 0xffffffff;

export const HEADER_DIFAT_ENTRIES = 109;
export const DIRECTORY_ENTRY_SIZE = 128;
export const MINI_SECTOR_SIZE = 64;
/** 2.2 Mini Stream Cutoff Size: MUST be 4096; smaller streams live in the mini stream. */
export const MINI_STREAM_CUTOFF = 4096;

/** 2.6.1 Object Type. */
export const OBJECT_UNALLOCATED = 0;
export const OBJECT_STORAGE = 1;
export const OBJECT_STREAM = 2;
export const OBJECT_ROOT = 5;

export function hasCfbSignature(bytes: Uint8Array): boolean {
  if (bytes.length < CFB_SIGNATURE.length) return false;
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Formats 16 bytes as a registry-style GUID: Data1-3 are little-endian (MS-DTYP 2.3.4.2). */
export function formatGuid(bytes: Uint8Array, offset: number): string {
  const hex = (i: number): string => (bytes[offset + i] ?? 0).toString(16).padStart(2, '0');
  const part = (indices: number[]): string => indices.map(hex).join('');
  return `{${part([3, 2, 1, 0])}-${part([5, 4])}-${part([7, 6])}-${part([8, 9])}-${part([10, 11, 12, 13, 14, 15])}}`.toUpperCase();
}

/** Inverse of formatGuid, for the fixture writer. Accepts "{...}" or bare. */
export function parseGuid(guid: string): Uint8Array {
  const hex = guid.replace(/[{}-]/gu, '');
  if (!/^[0-9a-f]{32}$/iu.test(hex)) throw new Error(`not a GUID: ${guid}`);
  const b = (i: number): number => parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  return Uint8Array.from(order, (i) => b(i));
}
