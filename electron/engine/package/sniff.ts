/**
 * What a file that is not a compound file actually is. The common case is a browser that saved an
 * error or login page under the .msi name; msiexec then fails with 1619 (ERROR_INSTALL_PACKAGE_OPEN_FAILED)
 * and the user has no idea why. Only the first bytes are looked at, with plain string tests.
 */
import type { SniffedContent } from '@shared/model/package-info';

const HEAD = 1024;
const HTML_MARKERS = ['<!doctype html', '<html', '<head', '<body', '<script', '<meta', '<title'];

function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD);
  // A UTF-16LE BOM (FF FE): some "save as" paths write HTML as UTF-16.
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return new TextDecoder('latin1').decode(head.subarray(start));
}

/** Printable ASCII, whitespace, or any byte >= 0x80 (UTF-8 / code-page text). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, HEAD);
  let bad = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) bad++;
  return bad === 0 || (head[0] === 0xff && head[1] === 0xfe);
}

export function sniffContent(bytes: Uint8Array): SniffedContent {
  if (bytes.length === 0) return 'empty';
  // "MZ" DOS header; a PE image has "PE\0\0" at e_lfanew, but a bare MZ is executable enough to say so.
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return 'pe';
  // ZIP local file header "PK\3\4", or the end record of an empty archive "PK\5\6" (also .msix/.appx/.nupkg).
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  )
    return 'zip';
  const text = headText(bytes).trimStart().toLowerCase();
  if (HTML_MARKERS.some((m) => text.includes(m))) return 'html';
  return looksLikeText(bytes) ? 'text' : 'unknown';
}
