/**
 * Incremental text decoding that never throws: bytes arrive in chunks of any size (a UTF-16 code unit,
 * a surrogate pair or a UTF-8/GBK sequence may be split across chunks, and a file may end on an odd
 * byte); invalid sequences become U+FFFD instead of errors.
 *
 * UTF-8 and UTF-16LE, by far the common cases, hold back an incomplete tail themselves and decode the
 * rest with Buffer.toString, which is several times faster than a streaming TextDecoder on big logs.
 */
import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';

export interface StreamDecoder {
  write(bytes: Uint8Array): string;
  /** Flushes what is left (an incomplete trailing sequence becomes U+FFFD). */
  end(): string;
}

const asBuffer = (b: Uint8Array): Buffer =>
  Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Length of the longest prefix of `b` that ends on a UTF-8 sequence boundary (at most 3 bytes held back). */
function utf8Complete(b: Buffer): number {
  const n = b.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const c = b[n - back] ?? 0;
    if (c < 0x80) return n; // ASCII: everything before is complete
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

/** Length of the prefix that ends on a whole UTF-16LE code unit and not inside a surrogate pair. */
function utf16Complete(b: Buffer): number {
  let n = b.length & ~1;
  if (n >= 2) {
    const hi = (b[n - 1] ?? 0) & 0xfc;
    if (hi === 0xd8) n -= 2; // a high surrogate waits for its low half
  }
  return n;
}

function carryDecoder(complete: (b: Buffer) => number, encoding: 'utf8' | 'utf16le'): StreamDecoder {
  let tail: Buffer | null = null;
  return {
    write(bytes) {
      let b = asBuffer(bytes);
      if (tail) {
        b = Buffer.concat([tail, b]);
        tail = null;
      }
      const n = complete(b);
      if (n < b.length) tail = Buffer.from(b.subarray(n));
      // Pure ASCII (most of a UTF-8 log) decodes the same as Latin-1, which is a plain copy.
      if (encoding === 'utf8' && isAscii(b)) return b.toString('latin1', 0, n);
      return b.toString(encoding, 0, n);
    },
    end() {
      if (!tail) return '';
      const rest = tail;
      tail = null;
      // A lone byte or an unfinished sequence: the decoders below turn it into U+FFFD.
      return encoding === 'utf16le' && rest.length % 2 === 1
        ? `${rest.toString('utf16le', 0, rest.length - 1)}\ufffd`
        : rest.toString(encoding);
    },
  };
}

function webDecoder(label: 'utf-16be'): StreamDecoder {
  // ignoreBOM: the BOM is skipped by the reader, and a second one mid-file must stay visible text.
  const d = new TextDecoder(label, { fatal: false, ignoreBOM: true });
  return { write: (bytes) => d.decode(bytes, { stream: true }), end: () => d.decode() };
}

function iconvDecoder(name: string): StreamDecoder {
  const d = iconv.getDecoder(name, { stripBOM: false });
  return { write: (bytes) => d.write(asBuffer(bytes)), end: () => d.end() ?? '' };
}

/** A decoder for a canonical encoding name (see canonicalEncoding). */
export function createDecoder(name: string): StreamDecoder {
  if (name === 'utf-8') return carryDecoder(utf8Complete, 'utf8');
  if (name === 'utf-16le') return carryDecoder(utf16Complete, 'utf16le');
  if (name === 'utf-16be') return webDecoder(name);
  return iconvDecoder(name);
}
