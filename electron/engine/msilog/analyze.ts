/** Runs the streaming pipeline (read, decode, split, parse) and builds the analysis. */
import type { LogAnalysis } from '@shared/model/log-analysis';
import { LogParser } from './parser';
import { readByteLines, readFileLines, type ReadOptions } from './read-source';
import { buildAnalysis } from './build-analysis';

export interface AnalyzeOptions {
  /** Force an encoding (iconv-lite name: "gbk", "big5", "windows-1252", "utf-16le", ...). */
  encoding?: string | undefined;
  /** The machine's ANSI code page for logs that are not Unicode, when detection cannot tell. */
  ansiCodePage?: string | undefined;
  /** Called after each chunk with bytes read so far and the total. */
  onProgress?: ((bytesRead: number, totalBytes: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Lines longer than this are kept shortened (default 16 Ki characters). */
  maxLineChars?: number | undefined;
  chunkBytes?: number | undefined;
}

function readOptions(o: AnalyzeOptions): ReadOptions {
  return {
    override: o.encoding,
    ansiHint: o.ansiCodePage,
    onProgress: o.onProgress,
    signal: o.signal,
    maxLineChars: o.maxLineChars,
    chunkBytes: o.chunkBytes,
  };
}

/**
 * Analyzes a log file on disk with bounded memory. Rejects only when the file cannot be read
 * (ENOENT, EACCES, EISDIR), the encoding override is unknown (UnknownEncodingError), or on abort.
 */
export async function analyzeLogFile(path: string, options: AnalyzeOptions = {}): Promise<LogAnalysis> {
  const parser = new LogParser();
  const { encoding, bytes } = await readFileLines(
    path,
    (text, start, end, truncated) => parser.line(text, start, end, truncated),
    readOptions(options),
  );
  return buildAnalysis(parser.state, encoding, bytes);
}

/** Analyzes a log already in memory. Never throws for any content (only for an unknown override or abort). */
export function analyzeLogBytes(bytes: Uint8Array, options: AnalyzeOptions = {}): LogAnalysis {
  const parser = new LogParser();
  const { encoding } = readByteLines(
    bytes,
    (text, start, end, truncated) => parser.line(text, start, end, truncated),
    readOptions(options),
  );
  return buildAnalysis(parser.state, encoding, bytes.length);
}
