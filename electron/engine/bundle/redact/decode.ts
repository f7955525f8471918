/**
 * Strict decoding for the bundle. A text can only be cleaned if it is read exactly: msiexec writes
 * UTF-16LE with a BOM (security.md 5.2 [L1]); people re-save logs as UTF-8. Anything else (a legacy
 * code page, BOM-less bytes with NULs that are not UTF-16, invalid sequences, binary) is refused, and
 * the caller withholds the file (Netdata withholds NUL-containing and undecodable files: [ND1]).
 * Guessing a code page would risk decoding a name into characters the redactor cannot recognise and
 * then shipping it.
 */
import type { WithheldReason } from '@shared/model/bundle';
import { utf16Guess } from '../../msilog/detect-encoding';

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean }
  | { ok: false; reason: Extract<WithheldReason, 'undecodable' | 'binary'>; detail: string };

function fatal(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, line feed, carriage return, form feed and escape. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  const n = Math.min(text.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) bad++;
  }
  return bad / n;
}

function checked(text: string | null, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  if (text === null) return { ok: false, reason: 'undecodable', detail: `not valid ${encoding.toUpperCase()}` };
  if (text.includes('\0')) return { ok: false, reason: 'binary', detail: 'contains NUL characters' };
  if (controlRatio(text) > 0.01) return { ok: false, reason: 'binary', detail: 'contains control characters' };
  return { ok: true, text, encoding, bom };
}

export function decodeStrict(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(bytes.length % 2 === 0 ? fatal('utf-16le', bytes.subarray(2)) : null, 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(bytes.length % 2 === 0 ? fatal('utf-16be', bytes.subarray(2)) : null, 'utf-16be', true);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return checked(fatal('utf-8', bytes.subarray(3)), 'utf-8', true);
  if (bytes.includes(0)) {
    const guess = utf16Guess(bytes, 8192);
    if (!guess) return { ok: false, reason: 'binary', detail: 'contains NUL bytes and is not UTF-16' };
    return checked(bytes.length % 2 === 0 ? fatal(guess, bytes) : null, guess, false);
  }
  const utf8 = fatal('utf-8', bytes);
  if (utf8 === null)
    return { ok: false, reason: 'undecodable', detail: 'neither UTF-8 nor UTF-16 (a legacy code page?)' };
  return checked(utf8, 'utf-8', false);
}
