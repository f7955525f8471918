import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeMsiStreamName, encodeMsiStreamName } from './stream-names';

describe('MSI stream name compression', () => {
  it('packs two alphabet characters into one code unit and marks tables with 0x4840', () => {
    const encoded = encodeMsiStreamName('_StringPool', true);
    // "!" marker + 5 pairs ("_S" "tr" "in" "gP" "oo") + the lone "l".
    expect(encoded.length).toBe(7);
    expect(encoded.charCodeAt(0)).toBe(0x4840);
    expect(encoded.charCodeAt(6)).toBe(0x4800 + 47); // "l" is symbol 47 of 0-9A-Za-z._
    expect(decodeMsiStreamName(encoded)).toBe('!_StringPool');
  });

  it('leaves characters outside the alphabet as they are', () => {
    expect(decodeMsiStreamName('\u0005SummaryInformation')).toBe('\u0005SummaryInformation');
    expect(decodeMsiStreamName(encodeMsiStreamName('Binary.Icon-1', false))).toBe('Binary.Icon-1');
  });

  it('round-trips any name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.boolean(), (name, table) => {
        // Code units in the encoded ranges cannot appear literally in a real name.
        fc.pre([...name].every((ch) => ch.charCodeAt(0) < 0x3800 || ch.charCodeAt(0) > 0x4840));
        expect(decodeMsiStreamName(encodeMsiStreamName(name, table))).toBe((table ? '!' : '') + name);
      }),
    );
  });
});
