/**
 * Splits decoded text into lines across chunk boundaries. Accepts CRLF and LF (msiexec writes CRLF,
 * editors and pastes leave LF, a log can mix both) and a lone CR inside a line is kept as text.
 * Memory stays bounded: a line longer than `maxLineChars` is cut to that length and the rest of it is
 * skipped, so a 1 GB file with no newline at all costs no more than one long line.
 *
 * A line is handed over as (text, start, end) without cutting it out of the chunk: most lines of a
 * big log are looked at and dropped, and not allocating a string for each is what keeps parsing fast.
 */
export const DEFAULT_MAX_LINE_CHARS = 16 * 1024;

/** One line is `text.slice(start, end)`, without its line break. */
export type LineSink = (text: string, start: number, end: number, truncated: boolean) => void;

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
      else if (this.carry.length > 0) {
        const line = this.carry + text.slice(start, nl);
        this.emit(line, 0, line.length);
      } else this.emit(text, start, nl);
      this.carry = '';
      start = nl + 1;
    }
    if (start < text.length && !this.skipping) {
      this.carry = this.carry.length > 0 ? this.carry + text.slice(start) : text.slice(start);
      if (this.carry.length > this.maxLineChars) {
        this.sink(this.carry, 0, this.maxLineChars, true);
        this.carry = '';
        this.skipping = true;
      }
    }
  }

  /** Emits the last line when the text does not end with a newline. */
  end(): void {
    if (this.carry.length > 0 && !this.skipping) this.emit(this.carry, 0, this.carry.length);
    this.carry = '';
    this.skipping = false;
  }

  private emit(text: string, start: number, lineEnd: number): void {
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    if (end - start > this.maxLineChars) this.sink(text, start, start + this.maxLineChars, true);
    else this.sink(text, start, end, false);
  }
}
