import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseStringPool } from './string-pool';

function pool(words: number[]): Uint8Array {
  const out = new Uint8Array(words.length * 2);
  const dv = new DataView(out.buffer);
  words.forEach((w, i) => dv.setUint16(i * 2, w, true));
  return out;
}

function ok(p: Uint8Array, d: Uint8Array) {
  const res = parseStringPool(p, d);
  if (!res.ok) throw new Error(res.message);
  return res.value;
}

describe('MSI string pool', () => {
  it('reads code page 1252 strings with 2-byte references', () => {
    const data = new Uint8Array(iconv.encode('ProductNameCafé', 'cp1252'));
    const sp = ok(pool([1252, 0, 11, 1, 4, 1]), data);
    expect(sp.codepage).toBe(1252);
    expect(sp.refBytes).toBe(2);
    expect([sp.get(0), sp.get(1), sp.get(2), sp.get(3)]).toEqual(['', 'ProductName', 'Café', null]);
  });

  it('reads 3-byte references (bit 15 of the header) and code page 936 (GBK) text', () => {
    const data = new Uint8Array(iconv.encode('示例应用', 'cp936'));
    const sp = ok(pool([936, 0x8000, data.length, 1]), data);
    expect(sp.refBytes).toBe(3);
    expect(sp.codepage).toBe(936);
    expect(sp.get(1)).toBe('示例应用');
  });

  it('reads UTF-8 (65001) pools', () => {
    const data = new TextEncoder().encode('Überprüfung');
    const sp = ok(pool([65001 & 0xffff, 0, data.length, 1]), data);
    expect(sp.codepage).toBe(65001);
    expect(sp.get(1)).toBe('Überprüfung');
  });

  it('keeps ids for unused (0, 0) entries and reads long strings from the following pair', () => {
    const long = 'x'.repeat(70_000);
    const data = new TextEncoder().encode(`a${long}b`);
    const sp = ok(pool([1252, 0, 1, 1, 0, 0, 0, 2, 70_000 & 0xffff, 70_000 >>> 16, 1, 1]), data);
    expect(sp.get(1)).toBe('a');
    expect(sp.get(2)).toBe('');
    expect(sp.get(3)).toBe(long);
    expect(sp.get(4)).toBe('b');
  });

  it('rejects a pool whose lengths run past !_StringData', () => {
    const res = parseStringPool(pool([1252, 0, 50, 1]), new Uint8Array(10));
    expect(res.ok).toBe(false);
  });
});
