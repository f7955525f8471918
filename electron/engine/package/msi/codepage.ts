/**
 * Turns code-page bytes into text. MSI string pools and Summary Information strings are stored in
 * the database's ANSI code page (1252, 936, ...), or in UTF-8 for code page 65001. Code page 0 means
 * "language neutral", which by Windows Installer's rules holds only ASCII; we read it as 1252 so a
 * package that breaks the rule still shows something readable.
 */
import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false });

export function decodeCodepage(bytes: Uint8Array, codepage: number): string {
  if (codepage === 65001) return utf8.decode(bytes);
  if (codepage === 1200) return utf16le.decode(bytes);
  const name = codepage === 0 ? 'cp1252' : `cp${codepage}`;
  if (!iconv.encodingExists(name)) return utf8.decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

export function encodeCodepage(text: string, codepage: number): Uint8Array {
  if (codepage === 65001) return new TextEncoder().encode(text);
  const name = codepage === 0 ? 'cp1252' : `cp${codepage}`;
  if (!iconv.encodingExists(name)) throw new Error(`unsupported code page ${codepage}`);
  return new Uint8Array(iconv.encode(text, name));
}
