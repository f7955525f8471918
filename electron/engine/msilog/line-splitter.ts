/**
 * Splits decoded text into lines across chunk boundaries. Accepts CRLF and LF (msiexec writes CRLF,
 * editors and pastes leave LF, a log can mix both) and a lone CR inside a line is kept as text.
 * Memory stays bounded: a line longer than `maxLineChars` is cut to that length and the rest of it is
 * skipped, so a 1 GB file with no newline at all costs no more than one long line.
 */
export const DEFAULT_MAX_LINE_CHARS = 16 * 1024;

export type LineSink = (line: string, truncated: boolean) => void;

export class LineSplitter {
  private carry = '';
  /** Inside an over-long line: drop text until the next newline. */
  private skipping = false;

  constructor(
    private readonly sink: LineSink,
    private readonly maxLineChars = DEFAULT_MAX_LINE_CHARS,
  ) {}

  push(text: string): void {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      if (this.skipping) this.skipping = false;
      else this.emit(this.carry.length > 0 ? this.carry + text.slice(start, nl) : text.slice(start, nl));
      this.carry = '';
      start = nl + 1;
    }
    if (start < text.length && !this.skipping) {
      this.carry = this.carry.length > 0 ? this.carry + text.slice(start) : text.slice(start);
      if (this.carry.length > this.maxLineChars) {
        this.sink(this.carry.slice(0, this.maxLineChars), true);
        this.carry = '';
        this.skipping = true;
      }
    }
  }

  /** Emits the last line when the text does not end with a newline. */
  end(): void {
    if (this.carry.length > 0 && !this.skipping) this.emit(this.carry);
    this.carry = '';
    this.skipping = false;
  }

  private emit(raw: string): void {
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line.length > this.maxLineChars) this.sink(line.slice(0, this.maxLineChars), true);
    else this.sink(line, false);
  }
}
