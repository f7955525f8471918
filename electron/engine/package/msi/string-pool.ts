/**
 * The MSI string pool: every string in every table is an index into it. Two streams:
 *   !_StringPool  u16 pairs (length, refcount). Pair 0 is the header: the code page in the low
 *                 bits, and bit 15 of the second word set when string references in tables are
 *                 3 bytes wide instead of 2 (databases with more than 65535 strings).
 *                 A pair (0, refcount) with refcount != 0 marks a string longer than 65535 bytes:
 *                 the next pair then holds its length as (low word, high word). (0, 0) is an
 *                 unused id.
 *   !_StringData  the strings' bytes, concatenated, in the code page.
 * String id 0 is the null string. Undocumented by Microsoft; the layout matches Wine's
 * msi_load_string_table, which reads real-world packages.
 */
import { decodeCodepage } from './codepage';

export interface StringPool {
  codepage: number;
  /** 2 or 3: width of a string reference inside table streams. */
  refBytes: 2 | 3;
  /** strings[id]; id 0 is the null string (''). */
  get(id: number): string | null;
  count: number;
}

export type StringPoolResult = { ok: true; value: StringPool } | { ok: false; message: string };

const LONG_REFS_FLAG = 0x8000;

export function parseStringPool(pool: Uint8Array, data: Uint8Array, maxStrings = 2_000_000): StringPoolResult {
  if (pool.length < 4) return { ok: false, message: '!_StringPool is shorter than its header' };
  const dv = new DataView(pool.buffer, pool.byteOffset, pool.byteLength);
  const words = (i: number): number => dv.getUint16(i * 2, true);
  const pairs = Math.floor(pool.length / 4);
  const codepage = words(0) | ((words(1) & ~LONG_REFS_FLAG) << 16);
  const refBytes: 2 | 3 = words(1) & LONG_REFS_FLAG ? 3 : 2;
  if (pairs > maxStrings) return { ok: false, message: `string pool holds ${pairs} entries` };

  // (offset, length) per id; decoded lazily so a large pool costs little until strings are asked for.
  const offsets = new Uint32Array(pairs);
  const lengths = new Uint32Array(pairs);
  let id = 1;
  let offset = 0;
  for (let i = 1; i < pairs;) {
    let len = words(i * 2);
    const refs = words(i * 2 + 1);
    if (len === 0 && refs !== 0) {
      // Long string: the next pair is its 32-bit length, low word first.
      if (i + 1 >= pairs) return { ok: false, message: 'long string entry at the end of the pool' };
      len = words((i + 1) * 2) + words((i + 1) * 2 + 1) * 0x10000;
      i += 2;
    } else i += 1;
    if (offset + len > data.length) return { ok: false, message: `string ${id} runs past the end of !_StringData` };
    offsets[id] = offset;
    lengths[id] = len;
    offset += len;
    id++;
  }
  const count = id;
  const cache = new Map<number, string>();
  return {
    ok: true,
    value: {
      codepage,
      refBytes,
      count,
      get(n: number): string | null {
        if (n === 0) return '';
        if (!Number.isInteger(n) || n < 0 || n >= count) return null;
        let s = cache.get(n);
        if (s === undefined) {
          s = decodeCodepage(data.subarray(offsets[n]!, offsets[n]! + lengths[n]!), codepage);
          cache.set(n, s);
        }
        return s;
      },
    },
  };
}
