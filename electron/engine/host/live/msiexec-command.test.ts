import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMsiexecLine, msiexecArgs, unsafePathReason, UnsafePathError } from './msiexec-command';
import { parseCrtArgs } from './cmdline';

/**
 * Reference decoder of msiexec's documented syntax (msdocs command-line-options.md): tokens split on
 * spaces outside quotes; a quoted path is taken literally; in NAME="value", "" is one literal quote.
 */
function parseMsiexecLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
      started = true;
    } else if (ch === ' ' && !quoted) {
      if (started) out.push(cur);
      cur = '';
      started = false;
    } else {
      cur += ch;
      started = true;
    }
  }
  if (started) out.push(cur);
  return out;
}

const hasControl = (s: string): boolean => [...s].some((c) => (c.codePointAt(0) ?? 0) < 0x20 || c === '\u007f');
const LOG = 'C:\\Users\\alex\\AppData\\Local\\InstallerDoctor\\Logs\\msi-1.log';

describe('msiexec command builder (msdocs command-line-options, security.md §3.3/§3.6)', () => {
  // Allowed: no cmd.exe layer exists, so these are just characters (security.md §3.6 step 1).
  it.each([
    ['ampersand', 'C:\\Users\\alex\\Downloads\\Tom & Jerry.msi'],
    ['pipe-like caret', 'C:\\Users\\alex\\Downloads\\a^b.msi'],
    ['percent', 'C:\\Users\\alex\\Downloads\\%PATH%.msi'],
    ['bang', 'C:\\Users\\alex\\Downloads\\!x!.msi'],
    ['single quote', "C:\\Users\\alex\\Downloads\\O'Brien.msi"],
    ['smart quotes', 'C:\\Users\\alex\\Downloads\\\u2018x\u2019.msi'],
    ['backtick', 'C:\\Users\\alex\\Downloads\\a`b.msi'],
    ['dollar paren', 'C:\\Users\\alex\\Downloads\\$(calc).msi'],
    ['semicolon', 'C:\\Users\\alex\\Downloads\\a;b.msi'],
    ['CJK', 'C:\\Users\\小明\\下载\\安装程序.msi'],
    ['emoji', 'C:\\Users\\alex\\Downloads\\🚀 app.msi'],
    ['spaces', 'C:\\Program Files (x86)\\My App\\setup file.msi'],
    ['UNC', '\\\\server\\share\\a b\\app.msi'],
  ])('passes %s through unchanged', (_name, path) => {
    expect(unsafePathReason(path)).toBeNull();
    const line = formatMsiexecLine(msiexecArgs({ action: 'install', packagePath: path, logPath: LOG }));
    expect(parseMsiexecLine(line)[1]).toBe(path);
    expect(parseCrtArgs(line)[1]).toBe(path);
  });

  it.each([
    ['double quote', 'C:\\a"b.msi', 'quote'],
    ['newline', 'C:\\a\nb.msi', 'control'],
    ['carriage return', 'C:\\a\rb.msi', 'control'],
    ['NUL', 'C:\\a\u0000b.msi', 'control'],
    ['tab', 'C:\\a\tb.msi', 'control'],
    ['260 characters', `C:\\${'a'.repeat(253)}.msi`, 'tooLong'],
    ['\\\\?\\ prefix', '\\\\?\\C:\\a.msi', 'devicePath'],
    ['\\\\.\\ prefix', '\\\\.\\C:\\a.msi', 'devicePath'],
    ['alternate data stream', 'C:\\a.msi:evil', 'alternateStream'],
    ['device name CON', 'C:\\temp\\CON.msi', 'deviceName'],
    ['device name nul', 'C:\\temp\\nul', 'deviceName'],
    ['device name COM1', 'C:\\temp\\com1.msi', 'deviceName'],
    ['device name LPT9', 'C:\\LPT9\\a.msi', 'deviceName'],
    ['superscript COM¹', 'C:\\temp\\COM\u00b9.msi', 'deviceName'],
    ['trailing dot', 'C:\\temp\\a.msi.', 'trailingDotOrSpace'],
    ['trailing space', 'C:\\temp\\a.msi ', 'trailingDotOrSpace'],
    ['folder with trailing dots', 'C:\\temp..\\a.msi', 'trailingDotOrSpace'],
    ['relative', 'setup.msi', 'relative'],
    ['dot-dot', 'C:\\temp\\..\\a.msi', 'notNormalized'],
    ['forward slash', 'C:/temp/a.msi', 'notNormalized'],
    ['wildcard', 'C:\\temp\\*.msi', 'reservedChar'],
    ['pipe', 'C:\\temp\\a|b.msi', 'reservedChar'],
    ['trailing backslash', 'C:\\temp\\', 'trailingBackslash'],
  ])('refuses %s with a clear reason', (_name, path, reason) => {
    expect(unsafePathReason(path)).toBe(reason);
    expect(() => msiexecArgs({ action: 'install', packagePath: path, logPath: LOG })).toThrow(UnsafePathError);
  });

  it('accepts 259 characters and refuses 260 (MAX_PATH, security.md §3.3 [WX1])', () => {
    expect(unsafePathReason(`C:\\${'a'.repeat(252)}.msi`)).toBeNull();
    expect(unsafePathReason(`C:\\${'a'.repeat(253)}.msi`)).toBe('tooLong');
  });

  it('doubles quotes in property values, as in COMPANYNAME="Acme ""Widgets"" and ""Gizmos."""', () => {
    const line = formatMsiexecLine([
      ...msiexecArgs({ action: 'install', packagePath: 'C:\\a.msi', logPath: LOG }),
      'COMPANYNAME=Acme "Widgets" and "Gizmos."',
    ]);
    expect(line.endsWith('COMPANYNAME="Acme ""Widgets"" and ""Gizmos."""')).toBe(true);
  });

  it('builds install, repair and reinstall with /L*v to the given log', () => {
    expect(formatMsiexecLine(msiexecArgs({ action: 'install', packagePath: 'C:\\a.msi', logPath: LOG }))).toBe(
      `/i "C:\\a.msi" /qb /norestart /L*v "${LOG}"`,
    );
    expect(msiexecArgs({ action: 'repair', packagePath: 'C:\\a.msi', logPath: LOG })[0]).toBe('/fomus');
    expect(msiexecArgs({ action: 'reinstall', packagePath: 'C:\\a.msi', logPath: LOG })[0]).toBe('/fvamus');
  });

  it('refuses property names that are not public and switches it does not know', () => {
    expect(() => formatMsiexecLine(['/i', 'C:\\a.msi', 'lower=1'])).toThrow();
    expect(() => formatMsiexecLine(['/i', 'C:\\a.msi', 'C:\\other.msi'])).toThrow();
  });

  const component = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
    .filter(
      (s) =>
        !/["<>|?*:\\/]/u.test(s) && !hasControl(s) && !s.endsWith('.') && !s.endsWith(' ') && s !== '.' && s !== '..',
    );
  const safePath = fc
    .tuple(fc.constantFrom('C:', 'D:', '\\\\srv\\share'), fc.array(component, { minLength: 1, maxLength: 6 }))
    .map(([root, parts]) => `${root}\\${parts.join('\\')}.msi`)
    .filter((p) => unsafePathReason(p) === null);

  it('round-trips arbitrary Unicode paths through the builder and both reference decoders', () => {
    fc.assert(
      fc.property(safePath, (path) => {
        const line = formatMsiexecLine(msiexecArgs({ action: 'install', packagePath: path, logPath: LOG }));
        expect(parseMsiexecLine(line)).toEqual(['/i', path, '/qb', '/norestart', '/L*v', LOG]);
        expect(parseCrtArgs(line)).toEqual(['/i', path, '/qb', '/norestart', '/L*v', LOG]);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips arbitrary property values (with quotes) through msiexec quote doubling', () => {
    const value = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !hasControl(s));
    fc.assert(
      fc.property(value, (v) => {
        const line = formatMsiexecLine(['/i', 'C:\\a.msi', `PROP=${v}`]);
        expect(parseMsiexecLine(line)[2]).toBe(`PROP=${v}`);
      }),
      { numRuns: 400 },
    );
  });
});
