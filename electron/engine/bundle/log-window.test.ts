/**
 * The bundle decodes and redacts only a long log's head and tail (log-window.ts): every kept line must
 * read exactly as in the whole log redacted at once, also when a secret value runs on over lines across
 * a cut or a segment border, when a user is named like the start of a log line ("MSI"), and in UTF-8,
 * UTF-16LE and UTF-16BE. Discovery still sees the left-out middle.
 */
import { describe, expect, it } from 'vitest';
import { capText } from './build';
import { redactLogWindows, scanLog } from './log-window';
import { Redactor } from './redact/redactor';

function msiLog(lines: number, user: string): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    if (i % 37 === 5)
      out.push(
        `MSI (s) (3C:40) [10:00:01:${i}]: PROPERTY CHANGE: Adding SERVICE_PASSWORD property. Its value is 'first ${i}`,
        `second line ${i} hunter2`,
        `third ${i}'.`,
      );
    else if (i % 41 === 7)
      out.push(
        `MSI (s) (3C:40) [10:00:01:${i}]: PROPERTY CHANGE: Adding NOTE property. Its value is 'open ${i}`,
        `still ${i} C:\\Users\\${user}\\x`,
      );
    else if (i % 5 === 0)
      out.push(`MSI (s) (3C:40) [10:00:01:${i}]: Note: C:\\Users\\${user}\\AppData\\x ${i} 10.20.30.${(i % 200) + 1}`);
    else out.push(`Property(S): INSTALLFOLDER = C:\\Users\\${user}\\Apps\\${i}\\`);
  }
  // A name that only the left-out middle holds, and that another file writes bare.
  out.splice(Math.floor(lines / 2), 0, 'MSI (s) (3C:40) [10:00:02:000]: Note: C:\\Users\\middleonly\\x');
  return `${out.join('\r\n')}\r\n`;
}

/** Stand-in numbers follow the order names are first redacted in, which the left-out middle shifts. */
const unnumbered = (lines: string[]): string[] =>
  lines.map((l) => l.replace(/\b(USER|HOST|DOMAIN|ORG|MAC)\d+|192\.0\.2\.\d+|email\d+@/gu, '$1#'));

const encode = (text: string, enc: 'utf-8' | 'utf-16le' | 'utf-16be'): Uint8Array => {
  if (enc === 'utf-8') return new Uint8Array(Buffer.from(text, 'utf8'));
  const le = Buffer.from(text, 'utf16le');
  if (enc === 'utf-16be') le.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from(enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]));
};

describe('head and tail windows', () => {
  for (const user of ['alex', 'MSI']) {
    for (const enc of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
      it(`keep every line as the whole log redacted at once reads it (user ${user}, ${enc})`, () => {
        // 24000 lines: about 1.4 M characters, so windows are redacted in several segments (SEGMENT_CHARS).
        const text = msiLog(24_000, user);
        const whole = new Redactor();
        whole.learnText(text);
        const expected = whole.redactText(text).value.split('\n');
        const windows: [number, number][] = [
          [3000, 7000],
          [20_000, 50_000],
          [200, 1_200_000],
          [1_100_001, 3],
          [600_000, 700_000],
        ];
        for (const [head, tail] of windows) {
          const r = new Redactor();
          const scan = scanLog(encode(text, enc), r.learnPieces());
          expect(scan.ok).toBe(true);
          if (!scan.ok) return;
          expect(r.knownIdentities().map((i) => i.value)).toEqual(expect.arrayContaining([user, 'middleonly']));
          const pieces: string[] = [];
          const out = redactLogWindows(scan, r, head, tail, capText, (piece) => pieces.push(piece));
          expect(`${head}/${tail}: ${out.note}`).toMatch(/^\d+\/\d+: cut: /u);
          expect(pieces.length).toBeGreaterThan(head + tail > 1_000_000 ? 10 : 2);
          const joined = pieces.join('');
          const lines = joined.split('\n');
          const marker = lines.findIndex((l) => l.startsWith('[... Installer Doctor left out'));
          expect(marker).toBeGreaterThan(-1);
          const omitted = Number(/left out (\d+) lines/u.exec(lines[marker] ?? '')?.[1]);
          expect(unnumbered(lines.slice(0, marker))).toEqual(unnumbered(expected.slice(0, marker)));
          expect(unnumbered(lines.slice(marker + 1))).toEqual(unnumbered(expected.slice(marker + omitted)));
          expect(joined).not.toMatch(/hunter2|alex|10\.20\.30\./u);
          expect(r.redactText('bare middleonly here').value).not.toContain('middleonly');
        }
      });
    }
  }

  it('falls back to redacting the whole log, then cutting it, where no safe place to start the tail is near', () => {
    const whole = (text: string, head: number, tail: number) => {
      const r = new Redactor();
      r.learnText(text);
      return capText(r.redactText(text).value, head, tail).text;
    };
    const windows = (text: string, head: number, tail: number) => {
      const r = new Redactor();
      const scan = scanLog(encode(text, 'utf-16le'), r.learnPieces());
      if (!scan.ok) throw new Error(scan.detail);
      const pieces: string[] = [];
      const out = redactLogWindows(scan, r, head, tail, capText, (p) => pieces.push(p));
      return { text: pieces.join(''), note: out.note };
    };
    // A secret value opened before the tail runs on over 300 KB of lines no log line starts.
    const open = `MSI (s) (3C:40) [10:00:01:001]: PROPERTY CHANGE: Adding DBPASSWORD property. Its value is 'x\n${'continued hunter2 C:\\Users\\alex\\x\n'.repeat(10_000)}done'.\n`;
    expect(windows(open, 1000, 5000).text).toBe(whole(open, 1000, 5000));
    expect(windows(open, 1000, 5000).text).not.toMatch(/hunter2|alex/u);
    // One enormous line: no line end where the head would be cut.
    const oneLine = `${'C:\\Users\\alex\\x '.repeat(20_000)}\nend\n`;
    expect(windows(oneLine, 1000, 5000)).toEqual({ text: whole(oneLine, 1000, 5000), note: 'cut to its first part' });
  });

  it('withholds what decodeStrict withholds: a bad sequence past the first piece, NUL characters', () => {
    const good = Buffer.from('line\n'.repeat(400_000));
    const bad = new Uint8Array(Buffer.concat([good, Buffer.from([0xc3, 0x28, 0x0a])]));
    expect(scanLog(bad, new Redactor().learnPieces())).toMatchObject({ ok: false, reason: 'undecodable' });
    const nul = new Uint8Array(
      Buffer.concat([encode('a\n'.repeat(600_000), 'utf-16le'), Buffer.from([0, 0, 0x0a, 0])]),
    );
    expect(scanLog(nul, new Redactor().learnPieces())).toMatchObject({ ok: false, reason: 'binary' });
  });
});
