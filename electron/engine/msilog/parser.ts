/**
 * The streaming log parser: one call per line, constant work per line, bounded state. It recognizes
 * a line by its fixed prefix first ("MSI (s) (..) [..]: ", "Action ended", "Property(S):", a Burn
 * "[pid:tid][time]x000:" prefix) and only then looks at the text, so text inside a property value, a
 * command line or a Burn variable can never pose as an engine line.
 */
import type { LogLine } from '@shared/model/log-analysis';
import { LIMITS, createState, detach, type ErrorEvent, type ParseState } from './parse-state';
import { handleMsiBody } from './msi-lines';
import { handleAction, handlePlainLine } from './plain-lines';
import { handleBurnLine, isBurnLine } from './burn-lines';
import { recordEvent } from './record-event';

/** Logs pasted through CI bots or chat keep a quote/time prefix ("> 12:26:46 PM: MSI (s) ..."). */
const TRANSCRIPT_PREFIX = /^> ?(?:\d{1,2}:\d{2}:\d{2}(?: [AP]M)?: )?/u;

/** A multi-line property value ends with "'." (PROPERTY CHANGE) and is never followed for longer than this. */
const MAX_VALUE_LINES = 2000;

const CONTEXT_CHARS = 400;
const RING = LIMITS.contextBefore + 1;

/**
 * Where the text of a verbose line starts: after "MSI (s) (18:F4) [12:02:17:900]: ". Looks only at
 * the first 40 characters of the line, so a line without the prefix costs nothing more.
 */
function verboseBody(text: string, start: number, end: number): number {
  // The usual shape, "MSI (s) (18:F4) [12:02:17:900]: ", has it at a fixed place: taken when no "]"
  // comes before it (then the scan below would find the same place, so the result is the same).
  if (
    text.charCodeAt(start + 29) === 93 &&
    text.charCodeAt(start + 30) === 58 &&
    text.charCodeAt(start + 31) === 32 &&
    start + 32 <= end &&
    text.indexOf(']', start + 8) === start + 29
  )
    return start + 32;
  if (text.charCodeAt(start + 30) === 93 && text.charCodeAt(start + 31) === 58 && start + 33 <= end) return start + 33;
  const limit = Math.min(end - 2, start + 40);
  for (let i = start + 8; i < limit; i++) {
    if (text.charCodeAt(i) === 93 && text.charCodeAt(i + 1) === 58 && text.charCodeAt(i + 2) === 32) return i + 3;
  }
  return -1;
}

/** A context line: shortened and detached from the chunk it was read from. */
const contextLine = (line: number, text: string): LogLine => ({
  line,
  text: text.length > CONTEXT_CHARS ? detach(`${text.slice(0, CONTEXT_CHARS)}…`) : detach(text),
});

export class LogParser {
  readonly state: ParseState = createState();
  /** The last lines as read (raw strings, no per-line objects: most lines are never shown). */
  /** The last lines, this one included, by reference to their chunk (no string cut out per line). */
  private readonly ringText: string[] = new Array<string>(RING).fill('');
  private readonly ringStart = new Int32Array(RING);
  private readonly ringEnd = new Int32Array(RING);
  private pendingAfter: { ctx: LogLine[]; remaining: number }[] = [];
  /** Lines left inside a multi-line PROPERTY CHANGE value (they are data, not log lines). */
  private valueLines = 0;
  /** Inside the "Property(S): X = v" dump msiexec writes at the end of each side. */
  inPropertyDump = false;
  /** A "=== ... ===" header line was seen (the next one is the footer). */
  seenHeader = false;
  /** The line `text.slice(start, end)` (see LineSink). */
  line(text: string, start: number, end: number, truncated: boolean): void {
    const s = this.state;
    const lineNo = ++s.lines;
    if (truncated) s.longLines++;
    const slot = lineNo % RING;
    this.ringText[slot] = text;
    this.ringStart[slot] = start;
    this.ringEnd[slot] = end;
    if (this.pendingAfter.length > 0) this.feedAfter(contextLine(lineNo, text.slice(start, end)));
    if (this.valueLines > 0) {
      this.valueLines = end - start >= 2 && text.startsWith("'.", end - 2) ? 0 : this.valueLines - 1;
    } else if (end > start) {
      if (text.charCodeAt(start) === 62) {
        const stripped = text.slice(start, end).replace(TRANSCRIPT_PREFIX, '');
        this.dispatch(stripped, 0, stripped.length, lineNo);
      } else this.dispatch(text, start, end, lineNo);
    }
  }

  private dispatch(text: string, start: number, end: number, lineNo: number): void {
    // "MSI (", by its character codes (cheaper than startsWith on every line).
    if (
      end - start > 8 &&
      text.charCodeAt(start) === 77 &&
      text.charCodeAt(start + 1) === 83 &&
      text.charCodeAt(start + 2) === 73 &&
      text.charCodeAt(start + 3) === 32 &&
      text.charCodeAt(start + 4) === 40
    ) {
      const body = verboseBody(text, start, end);
      if (body !== -1) {
        const side = text.charCodeAt(start + 5) === 99 ? 'c' : 's';
        this.state.side = side === 'c' ? 'client' : 'server';
        this.inPropertyDump = false;
        // Without a header, "MSI (s)" lines mean verbose even if a bare message line came first.
        if (this.state.format === 'unknown' || (this.state.format === 'msi-basic' && !this.seenHeader))
          this.state.format = 'msi-verbose';
        handleMsiBody(this, side, text, body, end, lineNo);
        return;
      }
    }
    // "Action start/ended ..." (the commonest lines without the prefix) are read in place, as
    // handlePlainLine would read them: skipped inside the property dump, other "A" lines ignored.
    if (text.charCodeAt(start) === 65) {
      if (!this.inPropertyDump && end - start >= 7 && text.startsWith('Action ', start))
        handleAction(this, text, start, end, lineNo);
      return;
    }
    const line = text.slice(start, end);
    // Burn lines only count in a Burn log: in an MSI log they can only be text inside a value.
    const format = this.state.format;
    if (
      line.charCodeAt(0) === 91 &&
      (format === 'unknown' || format === 'burn') &&
      !this.inPropertyDump &&
      isBurnLine(line)
    ) {
      this.state.format = 'burn';
      handleBurnLine(this, line, lineNo);
      return;
    }
    handlePlainLine(this, line, lineNo);
  }

  /** Starts ignoring the continuation lines of a multi-line property value. */
  enterValue(): void {
    this.valueLines = MAX_VALUE_LINES;
  }

  /** The lines before this one plus this one; the lines after are appended as they arrive. */
  capture(lineNo: number): LogLine[] {
    const ctx: LogLine[] = [];
    const first = Math.max(1, lineNo - LIMITS.contextBefore);
    for (let n = first; n <= lineNo; n++) {
      const slot = n % RING;
      ctx.push(contextLine(n, (this.ringText[slot] ?? '').slice(this.ringStart[slot], this.ringEnd[slot])));
    }
    if (this.pendingAfter.length < 64) this.pendingAfter.push({ ctx, remaining: LIMITS.contextAfter });
    return ctx;
  }

  record(ev: Omit<ErrorEvent, 'context' | 'signals' | 'nested'> & { signals?: ErrorEvent['signals'] }): void {
    const customAction = ev.customAction ?? this.state.scriptCustomAction;
    const full: ErrorEvent = {
      ...ev,
      customAction,
      signals: ev.signals ?? [],
      nested: this.state.nestedOpen !== null,
      context: [],
    };
    const before = this.state.events.length;
    recordEvent(this.state, full);
    // Only a new event gets its own context; an echo of the previous one shares that one.
    if (this.state.events.length > before) full.context = this.capture(ev.line);
  }

  private feedAfter(entry: LogLine): void {
    for (const p of this.pendingAfter) {
      p.ctx.push(entry);
      p.remaining--;
    }
    this.pendingAfter = this.pendingAfter.filter((p) => p.remaining > 0);
  }
}
