import { describe, expect, it } from 'vitest';
import { inspectPackage } from './inspect';
import { sniffContent } from './sniff';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('files saved as .msi that are not packages (msiexec: 1619)', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    [
      'an HTML download page',
      text('\n  <!DOCTYPE html>\n<html lang="en"><head><title>Download</title></head></html>'),
      'html',
    ],
    [
      'an HTML error page without doctype, with a UTF-8 BOM',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...text('<html><body>403 Forbidden</body></html>')]),
      'html',
    ],
    [
      'an HTML page in UTF-16LE',
      Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from('<html><body>x</body></html>', 'utf16le'))]),
      'html',
    ],
    ['a ZIP archive', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), 'zip'],
    ['an empty ZIP archive', Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]), 'zip'],
    ['a setup.exe (PE)', Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]), 'pe'],
    ['a JSON error body', text('{"error":"not found"}\n'), 'text'],
    ['an empty file', new Uint8Array(0), 'empty'],
    ['random binary', Uint8Array.from([0, 1, 2, 3, 0xfe, 0x00, 0x10]), 'unknown'],
  ];
  it.each(cases)('recognises %s', (_name, bytes, expected) => {
    expect(sniffContent(bytes)).toBe(expected);
    const info = inspectPackage(bytes);
    expect(info.kind).toBe('not-compound-file');
    expect(info.sniffedContent).toBe(expected);
  });
});
