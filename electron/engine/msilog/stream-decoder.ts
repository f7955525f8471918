/**
 * Incremental text decoding that never throws: bytes arrive in chunks of any size (a UTF-16 code unit
 * or a UTF-8/GBK sequence may be split across chunks, and a file may end on an odd byte); invalid
 * sequences become U+FFFD instead of errors.
 */
import iconv from 'iconv-lite';

export interface StreamDecoder {
  write(bytes: Uint8Array): string;
  /** Flushes what is left (an incomplete trailing sequence becomes U+FFFD). */
  end(): string;
}

function webDecoder(label: 'utf-8' | 'utf-16le' | 'utf-16be'): StreamDecoder {
  // ignoreBOM: the BOM is skipped by the reader, and a second one mid-file must stay visible text.
  const d = new TextDecoder(label, { fatal: false, ignoreBOM: true });
  return {
    write: (bytes) => d.decode(bytes, { stream: true }),
    end: () => d.decode(),
  };
}

function iconvDecoder(name: string): StreamDecoder {
  const d = iconv.getDecoder(name, { stripBOM: false });
  return {
    write: (bytes) => d.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => d.end() ?? '',
  };
}

/** A decoder for a canonical encoding name (see canonicalEncoding). */
export function createDecoder(name: string): StreamDecoder {
  if (name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be') return webDecoder(name);
  return iconvDecoder(name);
}
