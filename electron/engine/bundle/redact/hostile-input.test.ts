/**
 * Hostile one-line inputs (a million characters of "@", "%40", "USERNAME=", "\Users\", SID prefixes,
 * open quotes ...) must not make redaction quadratic: each would take minutes if any scan restarted
 * per match. The bound is generous (linear work here is tens of milliseconds); this is a guard
 * against super-linear behaviour, not a benchmark.
 */
import { expect, it } from 'vitest';
import { Redactor } from './redactor';

const CASES: Record<string, string> = {
  usernames: 'USERNAME=a '.repeat(200_000),
  atSigns: 'a@'.repeat(300_000),
  encodedAtSigns: 'a%40'.repeat(300_000),
  pairs: 'A=B'.repeat(300_000),
  colons: 'a:'.repeat(300_000),
  profiles: '\\Users\\'.repeat(200_000),
  openQuotes: 'PASSWORD="'.repeat(100_000),
  dots: '1.'.repeat(300_000),
  sidPrefixes: 'S-1-5-21-'.repeat(100_000),
  masked: ' = **********'.repeat(100_000),
  uncs: ' \\\\h\\'.repeat(200_000),
};

for (const [name, text] of Object.entries(CASES)) {
  it(`stays linear on ${name} (${text.length} characters on one line)`, () => {
    const t0 = performance.now();
    const r = new Redactor({ users: ['alex'], hosts: ['DESKTOP-1'] });
    r.learnText(text);
    r.leaks(r.redactText(text).value);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
}
