/**
 * A log for the bundle without holding it whole as text (a verbose log can be 100 MB of UTF-16).
 *
 * scanLog reads the bytes once, in pieces of whole lines: every piece is decoded strictly (the same
 * checks as decodeStrict: valid UTF-8/UTF-16 throughout, no NUL, few control characters) and handed
 * to the redactor's discovery, so names and hidden properties are learned from every line of the log,
 * also the middle the bundle leaves out (a name seen only there may be written elsewhere in a form
 * discovery would not spot: it must still be known). Nothing of the text is kept, only where the
 * pieces start (character and byte offsets, line counts).
 *
 * redactLogWindows then decodes and redacts only what the bundle keeps: the head and the tail, cut at
 * line ends where capText would cut them (counted in the log's own characters, not the redacted
 * ones), and hands the result out in pieces of whole lines, which the caller re-checks and encodes one
 * by one, so no string of the whole window is ever built. Redaction reads line by line except for a
 * secret value that runs on over several lines (msi-lines.ts); windows are therefore redacted in
 * segments that start where that state is known, and the tail together with the lines before it back
 * to a line the log wrote itself ("MSI (s)", "Property(S):" ...), which ends any such value (that
 * context is redacted, then not emitted). Every kept line reads exactly as in the whole log redacted
 * at once (log-window.test.ts), only pseudonym numbers may differ. When no such line is near, or the
 * text is hostile (no line end near a cut), the whole log is decoded and redacted as before
 * (decodeStrict, redactText, capText): never less redaction, only more memory.
 */
import type { RedactionCounts, WithheldReason } from '@shared/model/bundle';
import { utf16Guess } from '../msilog/detect-encoding';
import { decodeStrict } from './redact/decode';
import { LOG_LINE_START } from './redact/msi-lines';
import { emptyCounts } from './redact/pseudonyms';
import { WindowStartError, type Redactor } from './redact/redactor';

export type LogEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Bytes decoded at a time: whole lines, about this many bytes (more when one line is longer). Small
 * strings stay in V8's young generation and die young; megabyte strings would pile up until a full GC.
 */
export const PIECE_BYTES = 64 * 1024;
/** How far before the tail (in bytes) a line the log wrote itself is looked for. */
const CONTEXT_BYTES = 256 * 1024;
/** decodeStrict judges control characters on the first this many characters. */
const CONTROL_SAMPLE = 1 << 20;
const PROPERTY_CHANGE = 'PROPERTY CHANGE: ';

interface Piece {
  byteStart: number;
  byteEnd: number;
  charStart: number;
  chars: number;
  /** Line ends before the piece. */
  newlinesBefore: number;
}

export type ScannedLog =
  | {
      ok: true;
      encoding: LogEncoding;
      bom: boolean;
      bytes: Uint8Array;
      /** Where the text starts (after the BOM). */
      start: number;
      chars: number;
      pieces: Piece[];
      /** Character offset of the first "PROPERTY CHANGE: " (-1: none), the only start of a multi-line value. */
      firstPropertyChange: number;
    }
  | { ok: false; reason: Extract<WithheldReason, 'undecodable' | 'binary'>; detail: string };

type Failure = Extract<ScannedLog, { ok: false }>;

function sniff(bytes: Uint8Array): { encoding: LogEncoding; bom: boolean; start: number; invalid: string } | Failure {
  const utf16 = (encoding: 'utf-16le' | 'utf-16be', bom: boolean) =>
    (bytes.length - (bom ? 2 : 0)) % 2 === 0
      ? { encoding, bom, start: bom ? 2 : 0, invalid: `not valid ${encoding.toUpperCase()}` }
      : ({ ok: false, reason: 'undecodable', detail: `not valid ${encoding.toUpperCase()}` } as const);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be', true);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', bom: true, start: 3, invalid: 'not valid UTF-8' };
  if (bytes.includes(0)) {
    const guess = utf16Guess(bytes, 8192);
    if (!guess) return { ok: false, reason: 'binary', detail: 'contains NUL bytes and is not UTF-16' };
    return utf16(guess, false);
  }
  return { encoding: 'utf-8', bom: false, start: 0, invalid: 'neither UTF-8 nor UTF-16 (a legacy code page?)' };
}

/** The byte just after the first line feed at or after `from` (on a code unit boundary), or the end. */
function lineEndAfter(bytes: Uint8Array, encoding: LogEncoding, start: number, from: number): number {
  if (encoding === 'utf-8') {
    const i = bytes.indexOf(0x0a, from);
    return i === -1 ? bytes.length : i + 1;
  }
  // UTF-16: the code unit 0x000A at an even offset from the text's start.
  const lowFirst = encoding === 'utf-16le';
  for (let i = bytes.indexOf(0x0a, from); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    const unit = lowFirst ? i : i - 1;
    if (unit >= from && (unit - start) % 2 === 0 && bytes[lowFirst ? i + 1 : i - 1] === 0) return unit + 2;
  }
  return bytes.length;
}

const decoderFor = (encoding: LogEncoding) => new TextDecoder(encoding, { fatal: true, ignoreBOM: true });

function countNewlines(text: string, end = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Decodes and checks a log piece by piece, handing each piece to `learn` (ended only when the whole
 * log decodes). Fails exactly where decodeStrict fails, with the same reason.
 */
export function scanLog(bytes: Uint8Array, learn: { push(piece: string): void; end(): void }): ScannedLog {
  const s = sniff(bytes);
  if ('ok' in s) return s;
  const decoder = decoderFor(s.encoding);
  const pieces: Piece[] = [];
  let chars = 0;
  let newlines = 0;
  let nul = false;
  let controls = 0;
  let sampled = 0;
  let firstPropertyChange = -1;
  for (let pos = s.start; pos < bytes.length;) {
    const end = lineEndAfter(bytes, s.encoding, s.start, Math.min(pos + PIECE_BYTES, bytes.length));
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(pos, end));
    } catch {
      return { ok: false, reason: 'undecodable', detail: s.invalid };
    }
    if (!nul && text.includes('\0')) nul = true;
    for (let i = 0; sampled < CONTROL_SAMPLE && i < text.length; i++, sampled++) {
      const c = text.charCodeAt(i);
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) controls++;
    }
    if (firstPropertyChange === -1) {
      const at = text.indexOf(PROPERTY_CHANGE);
      if (at !== -1) firstPropertyChange = chars + at;
    }
    pieces.push({ byteStart: pos, byteEnd: end, charStart: chars, chars: text.length, newlinesBefore: newlines });
    chars += text.length;
    newlines += countNewlines(text);
    if (!nul) learn.push(text);
    pos = end;
  }
  if (nul) return { ok: false, reason: 'binary', detail: 'contains NUL characters' };
  if (sampled > 0 && controls / sampled > 0.01)
    return { ok: false, reason: 'binary', detail: 'contains control characters' };
  learn.end();
  return { ok: true, encoding: s.encoding, bom: s.bom, bytes, start: s.start, chars, pieces, firstPropertyChange };
}

type Scanned = Extract<ScannedLog, { ok: true }>;

/** A line start in the text: character and byte offset, line ends before it. */
interface Pos {
  char: number;
  byte: number;
  newlines: number;
}

function pieceAt(scan: Scanned, char: number): Piece {
  let lo = 0;
  let hi = scan.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((scan.pieces[mid]?.charStart ?? 0) <= char) lo = mid;
    else hi = mid - 1;
  }
  const p = scan.pieces[lo];
  if (!p) throw new Error('empty log');
  return p;
}

const decodePiece = (scan: Scanned, p: Piece): string =>
  decoderFor(scan.encoding).decode(scan.bytes.subarray(p.byteStart, p.byteEnd));

function posIn(scan: Scanned, p: Piece, text: string, local: number): Pos {
  const head = text.slice(0, local);
  const bytes = scan.encoding === 'utf-8' ? Buffer.byteLength(head, 'utf8') : local * 2;
  return { char: p.charStart + local, byte: p.byteStart + bytes, newlines: p.newlinesBefore + countNewlines(head) };
}

/** What redactLogWindows hands back besides the pieces of text it emits. */
export interface RedactedLog {
  counts: RedactionCounts;
  /** capText's note ("cut: ..."), or null when the log is kept whole. */
  note: string | null;
}

/** Receives the bundle's text of a log in order, in pieces of whole lines (the last may not end in one). */
export type Emit = (piece: string) => void;

function addInto(into: RedactionCounts, from: RedactionCounts, sign = 1): void {
  for (const k of Object.keys(into) as (keyof RedactionCounts)[]) into[k] = Math.max(0, into[k] + sign * from[k]);
}

/** Characters gathered before a segment is redacted (one redactText call). */
const SEGMENT_CHARS = 64 * 1024;

/** Decodes [from, to) (line starts) in pieces of whole lines. */
function* decodePieces(scan: Scanned, from: number, to: number): Generator<string> {
  const decoder = decoderFor(scan.encoding);
  for (let pos = from; pos < to;) {
    const end = Math.min(to, lineEndAfter(scan.bytes, scan.encoding, scan.start, Math.min(pos + PIECE_BYTES, to)));
    yield decoder.decode(scan.bytes.subarray(pos, end));
    pos = end;
  }
}

/** Whether a line the log wrote itself opens `text` and stays so through redaction (so it ends any open value). */
function startsSafely(redactor: Redactor, text: string): boolean {
  const nl = text.indexOf('\n');
  const line = nl === -1 ? text : text.slice(0, nl + 1);
  if (!LOG_LINE_START.test(line)) return false;
  try {
    redactor.redactText(line, { startsAtLogLine: true });
    return true;
  } catch (err) {
    if (err instanceof WindowStartError) return false;
    throw err;
  }
}

/**
 * Redacts a window (whole lines, given in pieces) in segments, each ending where the state that runs
 * from line to line (a secret value running on over lines, msi-lines.ts) is known: either no
 * "PROPERTY CHANGE: " line lies in the segment (nothing can be open after it), or the next segment
 * starts with a line the log wrote itself that stays so through every pass (it ends any open value;
 * checked on the line alone, and again by startsAtLogLine). Every other rule reads line by line, so
 * the result is redactText of the whole window. The first `dropLines` lines (context) are not emitted.
 */
function redactSegmented(
  redactor: Redactor,
  pieces: Iterable<string>,
  startsAtLogLine: boolean,
  emit: Emit,
  dropLines = 0,
): RedactionCounts {
  const counts = emptyCounts();
  let pending: string[] = [];
  let pendingChars = 0;
  let pendingChange = false;
  let atLogLine = startsAtLogLine;
  let drop = dropLines;
  const flush = (nextAtLogLine: boolean) => {
    if (pending.length === 0) return;
    const r = redactor.redactText(pending.join(''), atLogLine ? { startsAtLogLine: true } : {});
    addInto(counts, r.counts);
    pending = [];
    pendingChars = 0;
    pendingChange = false;
    atLogLine = nextAtLogLine;
    let cut = 0;
    // Redaction keeps every line end (no match spans one), so lines count the same before and after.
    while (drop > 0 && cut < r.value.length) {
      const nl = r.value.indexOf('\n', cut);
      cut = nl === -1 ? r.value.length : nl + 1;
      drop--;
    }
    if (cut < r.value.length) emit(cut === 0 ? r.value : r.value.slice(cut));
  };
  for (const piece of pieces) {
    if (pendingChars >= SEGMENT_CHARS) {
      if (!pendingChange) flush(false);
      else if (startsSafely(redactor, piece)) flush(true);
    }
    pending.push(piece);
    pendingChars += piece.length;
    pendingChange ||= piece.includes(PROPERTY_CHANGE);
  }
  flush(false);
  return counts;
}

/** Where the tail's redaction starts: at a line start, and how many lines (context) it does not emit. */
interface TailPlan {
  from: number;
  startsAtLogLine: boolean;
  dropLines: number;
  /** The context text (its redactions are not the tail's). */
  context: string;
}

/**
 * How to redact the tail exactly as it would be inside the whole log: alone when no multi-line value
 * can have opened before it, from its first line when that is a line the log wrote itself that stays
 * so, or together with the lines before it back to such a line (not emitted). Null: no such line near.
 */
function planTail(scan: Scanned, redactor: Redactor, headEnd: Pos, tailStart: Pos): TailPlan | null {
  const plain = { from: tailStart.byte, startsAtLogLine: false, dropLines: 0, context: '' };
  if (
    tailStart.byte >= scan.bytes.length ||
    scan.firstPropertyChange === -1 ||
    scan.firstPropertyChange >= tailStart.char
  )
    return plain;
  const decode = (from: number, to: number) => decoderFor(scan.encoding).decode(scan.bytes.subarray(from, to));
  if (
    startsSafely(redactor, decode(tailStart.byte, lineEndAfter(scan.bytes, scan.encoding, scan.start, tailStart.byte)))
  )
    return { ...plain, startsAtLogLine: true };
  const unit = scan.encoding === 'utf-8' ? 1 : 2;
  const from = Math.max(headEnd.byte, tailStart.byte - CONTEXT_BYTES);
  const ctxByte = from === headEnd.byte ? from : lineEndAfter(scan.bytes, scan.encoding, scan.start, from - unit);
  if (ctxByte >= tailStart.byte) return null;
  const before = decode(ctxByte, tailStart.byte);
  // Nearest first: the line just before the tail, then further back.
  for (let lineEnd = before.length; lineEnd > 0;) {
    const lineStart = before.lastIndexOf('\n', lineEnd - 2) + 1;
    lineEnd = lineStart;
    if (!startsSafely(redactor, before.slice(lineStart))) continue;
    const context = before.slice(lineStart);
    const at =
      ctxByte + (scan.encoding === 'utf-8' ? Buffer.byteLength(before.slice(0, lineStart), 'utf8') : lineStart * 2);
    return { from: at, startsAtLogLine: true, dropLines: countNewlines(context), context };
  }
  return null;
}

type CapText = (text: string, head: number, tail: number) => { text: string; note: string | null };

/** The whole log decoded and redacted, then cut (the way before windows, for hostile texts). */
function redactWhole(
  scan: Scanned,
  redactor: Redactor,
  head: number,
  tail: number,
  capText: CapText,
  emit: Emit,
): RedactedLog {
  const d = decodeStrict(scan.bytes);
  if (!d.ok) throw new Error(`the log no longer decodes: ${d.detail}`);
  const r = redactor.redactText(d.text);
  const capped = capText(r.value, head, tail);
  emit(capped.text);
  return { counts: r.counts, note: capped.note };
}

/**
 * The bundle's text of a scanned log, emitted in pieces: redacted, and past head + tail characters
 * cut to its head and tail at line ends with a line saying what was left out (capText's marker and
 * note). Throws when redaction fails: the caller withholds the log and drops what was emitted.
 */
export function redactLogWindows(
  scan: Scanned,
  redactor: Redactor,
  head: number,
  tail: number,
  capText: CapText,
  emit: Emit,
): RedactedLog {
  if (scan.chars <= head + tail)
    return {
      counts: redactSegmented(redactor, decodePieces(scan, scan.start, scan.bytes.length), false, emit),
      note: null,
    };
  // Where capText cuts: after the last line end at or before `head`, after the first at or after chars - tail.
  const hp = pieceAt(scan, head);
  const hText = decodePiece(scan, hp);
  const hLocal = hText.lastIndexOf('\n', head - hp.charStart);
  const headEnd =
    hLocal === -1
      ? { char: hp.charStart, byte: hp.byteStart, newlines: hp.newlinesBefore }
      : posIn(scan, hp, hText, hLocal + 1);
  const tp = pieceAt(scan, scan.chars - tail);
  const tText = decodePiece(scan, tp);
  const tLocal = tText.indexOf('\n', scan.chars - tail - tp.charStart);
  // No line end where a cut belongs (one enormous line): the old way, whole text then capText.
  if (headEnd.char <= 0 || tLocal === -1) return redactWhole(scan, redactor, head, tail, capText, emit);
  const tailStart = posIn(scan, tp, tText, tLocal + 1);
  if (tailStart.char <= headEnd.char) return redactWhole(scan, redactor, head, tail, capText, emit);

  const plan = planTail(scan, redactor, headEnd, tailStart);
  if (!plan) return redactWhole(scan, redactor, head, tail, capText, emit);
  const counts = redactSegmented(redactor, decodePieces(scan, scan.start, headEnd.byte), false, emit);
  const lines = tailStart.newlines - headEnd.newlines;
  const omitted = tailStart.char - headEnd.char;
  emit(`[... Installer Doctor left out ${lines} lines (${omitted} characters) here to keep the bundle small ...]\n`);
  addInto(
    counts,
    redactSegmented(
      redactor,
      decodePieces(scan, plan.from, scan.bytes.length),
      plan.startsAtLogLine,
      emit,
      plan.dropLines,
    ),
  );
  if (plan.context) addInto(counts, redactor.redactText(plan.context, { startsAtLogLine: true }).counts, -1);
  return {
    counts,
    note: `cut: ${lines} lines in the middle left out, the first ${headEnd.char} and last ${scan.chars - tailStart.char} characters kept`,
  };
}
