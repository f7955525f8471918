import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectEncoding, UnknownEncodingError } from './detect-encoding';
import { createDecoder } from './stream-decoder';
import { LineSplitter } from './line-splitter';
import { readByteLines } from './read-source';
import { encodeText } from './test-helpers';

const sample =
  'MSI (s) (44:48) [09:30:00:200]: Product: 示例 -- Error 1925. 權限 privilèges\r\nAction ended 9:30:00: INSTALL. Return value 3.\nlast';

function lines(bytes: Uint8Array, chunkBytes?: number, options: Parameters<typeof readByteLines>[2] = {}): string[] {
  const out: string[] = [];
  readByteLines(bytes, (t, start, end) => out.push(t.slice(start, end)), { ...options, chunkBytes });
  return out;
}

describe('detectEncoding', () => {
  it.each([
    ['utf-16le-bom', { name: 'utf-16le', bom: true, source: 'bom', skip: 2 }],
    ['utf-8-bom', { name: 'utf-8', bom: true, source: 'bom', skip: 3 }],
    ['utf-16le', { name: 'utf-16le', bom: false, source: 'detected', skip: 0 }],
    ['utf-8', { name: 'utf-8', bom: false, source: 'detected', skip: 0 }],
  ] as const)('%s', (encoding, want) => {
    expect(detectEncoding(encodeText(sample, encoding))).toEqual(want);
  });

  it('UTF-16BE with a BOM', () => {
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 65]))).toMatchObject({ name: 'utf-16be', skip: 2 });
  });

  it('pure ASCII is UTF-8 by default', () => {
    expect(detectEncoding(encodeText('Action start 1:00:00: INSTALL.', 'utf-8'))).toMatchObject({
      name: 'utf-8',
      source: 'default',
    });
  });

  it("tells GBK (zh-CN ANSI) from Big5 (zh-TW ANSI) by msiexec's common words", () => {
    const zhCN =
      '=== 日志 ===\r\nWindows Installer 已安装产品。产品名称: 示例软件。产品版本: 1.0。安装成功或错误状态: 1603。\r\n';
    const zhTW =
      '=== 記錄 ===\r\nWindows Installer 已安裝產品。產品名稱: 範例軟體。產品版本: 2.0。安裝成功或錯誤狀態: 0。\r\n';
    expect(detectEncoding(iconv.encode(zhCN, 'gbk')).name).toBe('gbk');
    expect(detectEncoding(iconv.encode(zhTW, 'big5')).name).toBe('big5');
  });

  it('falls back to cp1252 for other ANSI text, or to the given ANSI code page', () => {
    const fr = iconv.encode('Erreur 1925. Vous ne disposez pas des privilèges nécessaires.\r\n', 'windows-1252');
    expect(detectEncoding(fr).name).toBe('windows-1252');
    expect(detectEncoding(fr, { ansiHint: 'cp1250' })).toMatchObject({ name: 'cp1250', source: 'default' });
  });

  it('an override wins and keeps skipping a BOM of the same encoding; an unknown name is an error', () => {
    expect(detectEncoding(encodeText(sample, 'utf-16le-bom'), { override: 'UTF-16LE' })).toEqual({
      name: 'utf-16le',
      bom: true,
      source: 'override',
      skip: 2,
    });
    expect(detectEncoding(encodeText(sample, 'utf-8'), { override: 'cp936' })).toMatchObject({ name: 'gbk', skip: 0 });
    expect(() => detectEncoding(new Uint8Array(4), { override: 'no-such-charset' })).toThrow(UnknownEncodingError);
  });
});

describe('streaming decode and line splitting', () => {
  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom'] as const)(
    '%s gives the same lines for any chunk size',
    (encoding) => {
      const bytes = encodeText(sample, encoding, true);
      const want = [
        'MSI (s) (44:48) [09:30:00:200]: Product: 示例 -- Error 1925. 權限 privilèges',
        'Action ended 9:30:00: INSTALL. Return value 3.',
        'last',
      ];
      for (const size of [1, 2, 3, 7, 64, 1 << 20]) expect(lines(bytes, size), `chunk ${size}`).toEqual(want);
    },
  );

  it('GBK double-byte characters split across chunks decode whole', () => {
    const bytes = iconv.encode('错误状态: 1603。\r\n产品名称\r\n', 'gbk');
    for (const size of [1, 3, 5])
      expect(lines(bytes, size, { override: 'gbk' })).toEqual(['错误状态: 1603。', '产品名称']);
  });

  it('a UTF-16 file with an odd byte count ends in U+FFFD instead of throwing', () => {
    const bytes = new Uint8Array([...encodeText('ab\r\ncd', 'utf-16le-bom'), 0x41]);
    expect(lines(bytes, 3)).toEqual(['ab', 'cd\ufffd']);
  });

  it('a surrogate pair split across chunks stays one character', () => {
    const d = createDecoder('utf-16le');
    const bytes = Buffer.from('😀', 'utf16le');
    expect(d.write(bytes.subarray(0, 3)) + d.write(bytes.subarray(3)) + d.end()).toBe('😀');
  });

  it('mixed CRLF and LF, a lone CR kept inside a line, no newline at the end', () => {
    const out: string[] = [];
    const s = new LineSplitter((t, start, end) => out.push(t.slice(start, end)));
    s.push('a\r\nb\nc\rd\r');
    s.push('\ne');
    s.end();
    expect(out).toEqual(['a', 'b', 'c\rd', 'e']);
  });

  it('cuts an over-long line, skips the rest of it, and carries on with the next line', () => {
    const out: [string, boolean][] = [];
    const s = new LineSplitter((t, start, end, cut) => out.push([t.slice(start, end), cut]), 10);
    s.push('short\n0123456789ABC');
    s.push('DEFGHIJ more of the same line');
    s.push('\nnext\n');
    s.end();
    expect(out).toEqual([
      ['short', false],
      ['0123456789', true],
      ['next', false],
    ]);
  });
});
