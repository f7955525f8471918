import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinCrtArgs, parseCrtArgs, quoteCrtArg } from './cmdline';

describe('CRT / CommandLineToArgvW rules (Microsoft Learn, "Parsing C++ command-line arguments")', () => {
  // The table of the Microsoft doc (with the erratum for a"b"" c d fixed, MicrosoftDocs/cpp-docs PR #4643).
  it.each([
    ['"a b c" d e', ['a b c', 'd', 'e']],
    ['"ab\\"c" "\\\\" d', ['ab"c', '\\', 'd']],
    ['a\\\\\\b d"e f"g h', ['a\\\\\\b', 'de fg', 'h']],
    ['a\\\\\\"b c d', ['a\\"b', 'c', 'd']],
    ['a\\\\\\\\"b c" d e', ['a\\\\b c', 'd', 'e']],
    ['a"b"" c d', ['ab" c d']],
  ])('decodes the documented example %s', (line, expected) => {
    expect(parseCrtArgs(line)).toEqual(expected);
  });

  it('quotes only when needed and doubles backslashes before a quote', () => {
    expect(quoteCrtArg('plain')).toBe('plain');
    expect(quoteCrtArg('')).toBe('""');
    expect(quoteCrtArg('a b')).toBe('"a b"');
    expect(quoteCrtArg('C:\\dir with space\\')).toBe('"C:\\dir with space\\\\"');
    expect(quoteCrtArg('say "hi"')).toBe('"say \\"hi\\""');
  });

  it('never emits "" inside a quoted region (security.md §3.1)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const q = quoteCrtArg(s);
        expect(q.slice(1, -1).includes('""')).toBe(false);
      }),
    );
  });

  it('round-trips arbitrary Unicode argument lists through encoder and reference decoder', () => {
    const arg = fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[\\" a\t]{0,12}$/u));
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), (args) => {
        expect(parseCrtArgs(joinCrtArgs(args))).toEqual(args);
      }),
      { numRuns: 500 },
    );
  });
});
