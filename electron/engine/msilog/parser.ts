/**
 * The streaming log parser: one call per line, constant work per line, bounded state. It recognizes
 * a line by its fixed prefix first ("MSI (s) (..) [..]: ", "Action ended", "Property(S):", a Burn
 * "[pid:tid][time]x000:" prefix) and only then looks at the text, so text inside a property value, a
 * command line or a Burn variable can never pose as an engine line.
 */
import type { LogLine } from '@shared/model/log-analysis';
import { LIMITS, createState, type ErrorEvent, type ParseState } from './parse-state';
import { handleMsiBody } from './msi-lines';
import { handlePlainLine } from './plain-lines';
import { handleBurnLine, isBurnLine } from './burn-lines';
import { recordEvent } from './record-event';

/** Logs pasted through CI bots or chat keep a quote/time prefix ("> 12:26:46 PM: MSI (s) ..."). */
const TRANSCRIPT_PREFIX = /^> ?(?:\d{1,2}:\d{2}:\d{2}(?: [AP]M)?: )?/u;

/** A multi-line property value ends with "'." (PROPERTY CHANGE) and is never followed for longer than this. */
const MAX_VALUE_LINES = 2000;

export class LogParser {
  readonly state: ParseState = createState();
  private readonly ring: (LogLine | undefined)[] = new Array<LogLine | undefined>(LIMITS.contextBefore);
  private ringAt = 0;
  private pendingAfter: { ctx: LogLine[]; remaining: number }[] = [];
  /** Lines left inside a multi-line PROPERTY CHANGE value (they are data, not log lines). */
  private valueLines = 0;
  /** Inside the "Property(S): X = v" dump msiexec writes at the end of each side. */
  inPropertyDump = false;
  /** The line being parsed, as read (context shows whole lines, not just the part a handler saw). */
  private current = '';
  /** A "=== ... ===" header line was seen (the next one is the footer). */
  seenHeader = false;

  line(raw: string, truncated: boolean): void {
    const s = this.state;
    const lineNo = ++s.lines;
    if (truncated) s.longLines++;
    const entry: LogLine = { line: lineNo, text: raw.length > 400 ? `${raw.slice(0, 400)}…` : raw };
    if (this.pendingAfter.length > 0) this.feedAfter(entry);
    this.current = entry.text;
    if (this.valueLines > 0) {
      this.valueLines = raw.endsWith("'.") ? 0 : this.valueLines - 1;
    } else if (raw.length > 0) {
      this.dispatch(raw.charCodeAt(0) === 62 ? raw.replace(TRANSCRIPT_PREFIX, '') : raw, lineNo);
    }
    this.ring[this.ringAt] = entry;
    this.ringAt = (this.ringAt + 1) % LIMITS.contextBefore;
  }

  private dispatch(text: string, lineNo: number): void {
    if (text.startsWith('MSI (') && text.length > 8) {
      const end = text.indexOf(']: ', 8);
      if (end !== -1 && end < 40) {
        const side = text.charCodeAt(5) === 99 ? 'c' : 's';
        this.inPropertyDump = false;
        // Without a header, "MSI (s)" lines mean verbose even if a bare message line came first.
        if (this.state.format === 'unknown' || (this.state.format === 'msi-basic' && !this.seenHeader)) this.state.format = 'msi-verbose';
        handleMsiBody(this, side, text.slice(end + 3), lineNo);
        return;
      }
    }
    // Burn lines only count in a Burn log: in an MSI log they can only be text inside a value.
    const format = this.state.format;
    if (text.charCodeAt(0) === 91 && (format === 'unknown' || format === 'burn') && !this.inPropertyDump && isBurnLine(text)) {
      this.state.format = 'burn';
      handleBurnLine(this, text, lineNo);
      return;
    }
    handlePlainLine(this, text, lineNo);
  }

  /** Starts ignoring the continuation lines of a multi-line property value. */
  enterValue(): void {
    this.valueLines = MAX_VALUE_LINES;
  }

  /** The lines before this one plus this one; the lines after are appended as they arrive. */
  capture(lineNo: number): LogLine[] {
    const ctx: LogLine[] = [];
    for (let i = 0; i < LIMITS.contextBefore; i++) {
      const e = this.ring[(this.ringAt + i) % LIMITS.contextBefore];
      if (e) ctx.push(e);
    }
    ctx.push({ line: lineNo, text: this.current });
    if (this.pendingAfter.length < 64) this.pendingAfter.push({ ctx, remaining: LIMITS.contextAfter });
    return ctx;
  }

  record(ev: Omit<ErrorEvent, 'context' | 'signals' | 'nested'> & { signals?: ErrorEvent['signals'] }): void {
    const customAction = ev.customAction ?? this.state.scriptCustomAction;
    const full: ErrorEvent = { ...ev, customAction, signals: ev.signals ?? [], nested: this.state.nestedOpen !== null, context: [] };
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
