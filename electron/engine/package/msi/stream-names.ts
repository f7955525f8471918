/**
 * Windows Installer squeezes table and stream names into the 31 characters MS-CFB allows by packing
 * characters of a 64-symbol alphabet (0-9 A-Z a-z . _) into single UTF-16 code units:
 *   0x3800 + a + (b << 6)  two characters a, b
 *   0x4800 + a             one character (the last, or one followed by a character outside the alphabet)
 *   0x4840                 prefix marking a table stream (shown here as "!")
 * Other code units stand for themselves. This is undocumented by Microsoft; the layout is the one
 * Wine's msi/table.c (encode_streamname / decode_streamname) and every open-source MSI reader use.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._';
const TABLE_PREFIX = 0x4840;
const PAIR_BASE = 0x3800;
const SINGLE_BASE = 0x4800;

export function decodeMsiStreamName(encoded: string): string {
  let out = '';
  for (let i = 0; i < encoded.length; i++) {
    const unit = encoded.charCodeAt(i);
    if (unit === TABLE_PREFIX) out += '!';
    else if (unit >= SINGLE_BASE && unit < TABLE_PREFIX) out += ALPHABET[unit - SINGLE_BASE];
    else if (unit >= PAIR_BASE && unit < SINGLE_BASE) {
      const v = unit - PAIR_BASE;
      out += ALPHABET[v & 0x3f]! + ALPHABET[(v >> 6) & 0x3f]!;
    } else out += encoded[i];
  }
  return out;
}

/** `name` without the "!" marker; `isTable` adds it. Used by the fixture writer. */
export function encodeMsiStreamName(name: string, isTable: boolean): string {
  const codes: number[] = isTable ? [TABLE_PREFIX] : [];
  for (let i = 0; i < name.length; i++) {
    const a = ALPHABET.indexOf(name[i]!);
    if (a < 0) {
      codes.push(name.charCodeAt(i));
      continue;
    }
    const b = i + 1 < name.length ? ALPHABET.indexOf(name[i + 1]!) : -1;
    if (b >= 0) {
      codes.push(PAIR_BASE + a + (b << 6));
      i++;
    } else codes.push(SINGLE_BASE + a);
  }
  return String.fromCharCode(...codes);
}
