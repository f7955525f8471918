/** Test helpers: read a committed fixture and re-encode it the ways Windows tools write logs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

export type FixtureEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'gbk' | 'big5' | 'windows-1252';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** The fixture's text as bytes in the given encoding, with CRLF line ends unless `lf` (msiexec writes CRLF). */
export function encodeText(text: string, encoding: FixtureEncoding, lf = false): Uint8Array {
  const body = lf ? text : text.replace(/\r?\n/gu, '\r\n');
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(body, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
    case 'utf-16le':
      return Buffer.from(body, 'utf16le');
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    default:
      return iconv.encode(body, encoding);
  }
}

export function fixtureBytes(name: string, encoding: FixtureEncoding = 'utf-16le-bom', lf = false): Uint8Array {
  return encodeText(fixtureText(name), encoding, lf);
}
