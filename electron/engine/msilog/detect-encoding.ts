/**
 * Works out how a log's bytes are encoded. msiexec writes UTF-16LE with a BOM; people re-save logs as
 * UTF-8 (with or without BOM); old or third-party tools write the machine's ANSI code page (GBK on
 * zh-CN Windows, Big5 on zh-TW, cp1252 on Western Windows). Never throws: unknown input falls back to
 * the caller's ANSI hint or cp1252, which decodes every byte.
 */
import iconv from 'iconv-lite';
import type { LogEncoding } from '@shared/model/log-analysis';

/** How many leading bytes the heuristics look at. */
export const DETECTION_SAMPLE_BYTES = 64 * 1024;

export interface DetectOptions {
  /** Force this encoding (any iconv-lite name, e.g. "gbk", "big5", "windows-1252", "utf-16le"). */
  override?: string | undefined;
  /** The machine's ANSI code page, used when the bytes are not Unicode (default: detected, else cp1252). */
  ansiHint?: string | undefined;
}

export interface DetectedEncoding extends LogEncoding {
  /** Bytes to skip at the start (the BOM). */
  skip: number;
}

export class UnknownEncodingError extends Error {
  constructor(readonly encoding: string) {
    super(`unknown encoding "${encoding}"`);
  }
}

/** Normalizes a user-supplied encoding name, or throws UnknownEncodingError. */
export function canonicalEncoding(name: string): string {
  const n = name.trim().toLowerCase();
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    utf16le: 'utf-16le',
    'utf-16': 'utf-16le',
    ucs2: 'utf-16le',
    utf16be: 'utf-16be',
    cp936: 'gbk',
    cp950: 'big5',
    ansi: 'windows-1252',
    cp1252: 'windows-1252',
  };
  const c = aliases[n] ?? n;
  if (c === 'utf-8' || c === 'utf-16le' || c === 'utf-16be') return c;
  if (!iconv.encodingExists(c)) throw new UnknownEncodingError(name);
  return c;
}

function bomOf(b: Uint8Array): DetectedEncoding | null {
  if (b[0] === 0xff && b[1] === 0xfe) return { name: 'utf-16le', bom: true, source: 'bom', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { name: 'utf-16be', bom: true, source: 'bom', skip: 2 };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { name: 'utf-8', bom: true, source: 'bom', skip: 3 };
  return null;
}

/** UTF-16 without BOM: ASCII-range text puts a zero in every other byte. Also used by the bundle's decoder. */
export function utf16Guess(b: Uint8Array, sampleBytes = 4096): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, sampleBytes) & ~1;
  if (n < 4) return null;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when the sample is valid UTF-8, allowing one sequence cut at the end of the sample. */
function isUtf8(b: Uint8Array): { valid: boolean; ascii: boolean } {
  let ascii = true;
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    ascii = false;
    const len = c >= 0xf5 ? 0 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
    if (len === 0) return { valid: false, ascii };
    for (let k = 1; k < len; k++) {
      if (i + k >= b.length) return { valid: true, ascii };
      const t = b[i + k] ?? 0;
      if ((t & 0xc0) !== 0x80) return { valid: false, ascii };
    }
    i += len;
  }
  return { valid: true, ascii };
}

// Characters that msiexec's own zh-CN / zh-TW messages use all the time (our own pick: product,
// install, error, status, success, version, name, language, manufacturer, configuration). Decoding
// GBK bytes as Big5 (or the reverse) turns them into rare characters, so the count tells them apart.
const SIMPLIFIED = new Set('产品安装错误状态成功版本名称语言制造商配置已重新或的在中为文件无法系统请');
const TRADITIONAL = new Set('產品安裝錯誤狀態成功版本名稱語言製造商設定已重新或的在中為檔案無法系統請');

function scoreCjk(text: string, common: Set<string>): number {
  let score = 0;
  for (const ch of text) {
    if (ch === '\ufffd') score -= 5;
    else if (common.has(ch)) score += 2;
  }
  return score;
}

function guessAnsi(b: Uint8Array, hint: string | undefined): DetectedEncoding {
  const sample = b.subarray(0, Math.min(b.length, 16 * 1024));
  let highBytes = 0;
  for (const c of sample) if (c >= 0x80) highBytes++;
  if (hint) return { name: hint, bom: false, source: 'default', skip: 0 };
  if (highBytes > 8) {
    const gbk = scoreCjk(iconv.decode(sample, 'gbk'), SIMPLIFIED);
    const big5 = scoreCjk(iconv.decode(sample, 'big5'), TRADITIONAL);
    if (gbk > 0 && gbk >= big5) return { name: 'gbk', bom: false, source: 'detected', skip: 0 };
    if (big5 > 0) return { name: 'big5', bom: false, source: 'detected', skip: 0 };
  }
  return { name: 'windows-1252', bom: false, source: highBytes > 0 ? 'detected' : 'default', skip: 0 };
}

/**
 * Picks the encoding for a log from its first bytes. A BOM wins; then UTF-16 without BOM; then valid
 * UTF-8; then an ANSI code page. An override is used as given, only skipping a BOM of the same family.
 */
export function detectEncoding(sample: Uint8Array, options: DetectOptions = {}): DetectedEncoding {
  const bom = bomOf(sample);
  if (options.override) {
    const name = canonicalEncoding(options.override);
    const skip = bom && bom.name === name ? bom.skip : 0;
    return { name, bom: skip > 0, source: 'override', skip };
  }
  if (bom) return bom;
  const utf16 = utf16Guess(sample);
  if (utf16) return { name: utf16, bom: false, source: 'detected', skip: 0 };
  const utf8 = isUtf8(sample.subarray(0, DETECTION_SAMPLE_BYTES));
  if (utf8.valid) return { name: 'utf-8', bom: false, source: utf8.ascii ? 'default' : 'detected', skip: 0 };
  const hint = options.ansiHint ? canonicalEncoding(options.ansiHint) : undefined;
  return guessAnsi(sample, hint);
}
