/**
 * Feeds a log to a line sink in fixed-size chunks: detect the encoding from the first chunk, decode
 * incrementally, split lines. Memory is one chunk plus one (bounded) line, time is linear in the size.
 * Reports progress per chunk and stops at the next chunk when the AbortSignal fires.
 */
import { open } from 'node:fs/promises';
import { DETECTION_SAMPLE_BYTES, detectEncoding, type DetectOptions, type DetectedEncoding } from './detect-encoding';
import { createDecoder } from './stream-decoder';
import { LineSplitter, type LineSink } from './line-splitter';

/** Bytes per read: big reads keep system calls few. */
export const CHUNK_BYTES = 1024 * 1024;
/**
 * Bytes per decode: decoded text stays below V8's large-object size, so it dies young in the nursery
 * instead of piling up in the old generation until a full collection (peak RSS drops by a third).
 */
const DECODE_BYTES = 64 * 1024;

export interface ReadOptions extends DetectOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((bytesRead: number, totalBytes: number) => void) | undefined;
  maxLineChars?: number | undefined;
  chunkBytes?: number | undefined;
}

export interface ReadResult {
  encoding: DetectedEncoding;
  bytes: number;
}

class ChunkPipeline {
  private decoder: ReturnType<typeof createDecoder> | null = null;
  encoding: DetectedEncoding | null = null;
  private readonly splitter: LineSplitter;

  constructor(
    sink: LineSink,
    private readonly options: ReadOptions,
  ) {
    this.splitter = new LineSplitter(sink, options.maxLineChars);
  }

  /** Bytes held back until there are enough to detect the encoding from. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  push(chunk: Uint8Array): void {
    if (this.decoder) {
      for (let at = 0; at < chunk.length; at += DECODE_BYTES)
        this.splitter.push(this.decoder.write(chunk.subarray(at, at + DECODE_BYTES)));
      return;
    }
    // The reader reuses its buffer, so bytes held back for detection are copied.
    this.pending.push(Uint8Array.from(chunk));
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= DETECTION_SAMPLE_BYTES) this.start();
  }

  private start(): void {
    const sample = this.pending.length === 1 ? (this.pending[0] as Uint8Array) : Buffer.concat(this.pending);
    this.pending = [];
    this.encoding = detectEncoding(sample, this.options);
    this.decoder = createDecoder(this.encoding.name);
    const rest = sample.subarray(this.encoding.skip);
    for (let at = 0; at < rest.length; at += DECODE_BYTES)
      this.splitter.push(this.decoder.write(rest.subarray(at, at + DECODE_BYTES)));
  }

  end(): DetectedEncoding {
    if (!this.decoder) this.start();
    this.splitter.push(this.decoder?.end() ?? '');
    this.splitter.end();
    return this.encoding as DetectedEncoding;
  }
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw signal.reason instanceof Error
      ? signal.reason
      : new DOMException('The analysis was cancelled.', 'AbortError');
}

/**
 * Streams a file. Throws only for I/O errors (missing file, no access) and for abort. The next chunk
 * is read while this one is parsed (two buffers), so the parser does not sit idle waiting for I/O.
 */
export async function readFileLines(path: string, sink: LineSink, options: ReadOptions = {}): Promise<ReadResult> {
  const handle = await open(path, 'r');
  let inFlight: Promise<unknown> | null = null;
  try {
    const total = (await handle.stat()).size;
    const size = options.chunkBytes ?? CHUNK_BYTES;
    const pipeline = new ChunkPipeline(sink, options);
    let read = 0;
    // Two buffers for the whole file, one being filled while the other is parsed: decoders copy
    // what they keep, so memory stays at two chunks.
    let current = Buffer.alloc(size);
    let spare = Buffer.alloc(size);
    // Position null (the file's own position, as before: pipes work too); one read at a time is in
    // flight and each starts after the previous one ended, so chunks arrive in order.
    let next = handle.read(current, 0, size, null);
    inFlight = next;
    for (;;) {
      checkAbort(options.signal);
      const { bytesRead } = await next;
      inFlight = null;
      if (bytesRead === 0) break;
      read += bytesRead;
      next = handle.read(spare, 0, size, null);
      inFlight = next;
      pipeline.push(current.subarray(0, bytesRead));
      [current, spare] = [spare, current];
      options.onProgress?.(read, Math.max(total, read));
    }
    return { encoding: pipeline.end(), bytes: read };
  } finally {
    // A read still running (abort, or a sink that threw) finishes before the file is closed.
    if (inFlight) await inFlight.catch(() => undefined);
    await handle.close();
  }
}

/** The same over bytes already in memory (a dropped file, a test fixture). */
export function readByteLines(bytes: Uint8Array, sink: LineSink, options: ReadOptions = {}): ReadResult {
  const size = options.chunkBytes ?? CHUNK_BYTES;
  const pipeline = new ChunkPipeline(sink, options);
  for (let at = 0; at < bytes.length; at += size) {
    checkAbort(options.signal);
    pipeline.push(bytes.subarray(at, Math.min(bytes.length, at + size)));
    options.onProgress?.(Math.min(bytes.length, at + size), bytes.length);
  }
  return { encoding: pipeline.end(), bytes: bytes.length };
}
