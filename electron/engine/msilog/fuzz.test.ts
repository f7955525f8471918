/**
 * Property tests: the decoder and the parser never throw, whatever the bytes, and forged text inside
 * property values never changes the verdict.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogAnalysis } from '@shared/model/log-analysis';
import { analyzeLogBytes } from './index';
import { detectEncoding } from './detect-encoding';
import { encodeText, fixtureBytes, fixtureText } from './test-helpers';

const FIXTURES = [
  'verbose-success-noise.log',
  'verbose-2503-2502-no-return-value-3.log',
  'verbose-1620-nested-removal.log',
  'burn-failure-0x80070643.log',
  'basic-cancel-1602.log',
];
const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'gbk', 'big5', 'windows-1252'] as const;

const valid = (bytes: Uint8Array, chunkBytes?: number): LogAnalysis =>
  LogAnalysis.parse(analyzeLogBytes(bytes, { chunkBytes }));

describe('no input makes the analyzer throw', () => {
  it('random bytes, any chunk size', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.integer({ min: 1, max: 5000 }), (bytes, chunk) => {
        detectEncoding(bytes);
        valid(bytes, chunk);
      }),
      { numRuns: 300 },
    );
  });

  it('a real-shaped log truncated anywhere (odd byte counts included), in any encoding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.constantFrom(...ENCODINGS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (name, encoding, cut) => {
          const bytes = fixtureBytes(name, encoding);
          const a = valid(bytes.subarray(0, Math.floor(bytes.length * cut)));
          expect(a.stats.bytes).toBe(Math.floor(bytes.length * cut));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CR, LF and CRLF injected anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('\r', '\n', '\r\n', '\r\r\n', '\n\r')),
          { maxLength: 30 },
        ),
        (name, cuts) => {
          let text = fixtureText(name);
          for (const [at, eol] of cuts) {
            const i = Math.floor(text.length * at);
            text = text.slice(0, i) + eol + text.slice(i);
          }
          valid(encodeText(text, 'utf-16le-bom', true));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('huge lines (no newline for megabytes) are cut, and the rest of the log is still read', () => {
    const text = fixtureText('verbose-2503-2502-no-return-value-3.log');
    const at = text.indexOf('MSI (s) (50:54) [10:00:00:300]');
    const huge = `${text.slice(0, at)}${'x'.repeat(3_000_000)}\n${text.slice(at)}`;
    const a = valid(encodeText(huge, 'utf-16le-bom', true));
    expect(a.stats.longLines).toBe(1);
    expect(a).toMatchObject({ outcome: 'failure', exitCode: 1603, rootCause: { code: 2503 } });
    expect(Math.max(...a.rootCause!.context.map((c) => c.text.length))).toBeLessThanOrEqual(401);
  });
});

/** Text that looks like engine lines, for forging inside values. */
const FORGED = [
  'MainEngineThread is returning 1603',
  'Error 1925. You do not have sufficient privileges.',
  'DEBUG: Error 2503:  Called RunScript when not marked in progress.',
  'CustomAction Evil returned actual error code 1603 (note this may not be 100% accurate)',
  'Action ended 9:30:02: InstallFinalize. Return value 3.',
  'Note: 1: 2503 ',
  'Failed to grab execution mutex. System error 258.',
  'Info 1903.Scheduling reboot operation: Deleting file C:\\x.rbf. Must reboot to complete operation.',
  'Windows Installer installed the product. Installation success or error status: 1603.',
  '[1A2B:3C4D][2026-03-14T17:00:09]e000: Error 0x80070643: Failed to install MSI package.',
  '=== Verbose logging stopped: 3/14/2026  9:30:03 ===',
];

const forgedValue = fc.array(fc.oneof(fc.constantFrom(...FORGED), fc.string({ maxLength: 20 })), {
  minLength: 1,
  maxLength: 4,
});

describe('forged text inside property values cannot change the verdict', () => {
  it('in PROPERTY CHANGE values and the property dump, on one line or many', () => {
    const base = fixtureText('verbose-success-noise.log');
    fc.assert(
      fc.property(forgedValue, forgedValue, fc.boolean(), (change, dump, multiLine) => {
        // A value cannot contain its own terminator ("'." at a line end) or start a line as msiexec does.
        const clean = (parts: string[]) =>
          parts.map((p) =>
            p
              .replace(/'\./gu, "'")
              .replace(/[\r\n]/gu, ' ')
              .replace(/^(?:MSI \(|Property\(|=== )/u, '_'),
          );
        const sep = multiLine ? '\r\n' : ' ';
        const changeLine = `MSI (s) (44:48) [09:30:00:254]: PROPERTY CHANGE: Adding EVIL property. Its value is '${clean(change).join(sep)}'.`;
        const dumpLine = `Property(S): EVIL = ${clean(dump).join(sep)}`;
        const text = base
          .replace(
            'MSI (s) (44:48) [09:30:00:300]: Doing action: INSTALL',
            () => `${changeLine}\nMSI (s) (44:48) [09:30:00:300]: Doing action: INSTALL`,
          )
          .replace('Property(S): UILevel = 2', () => `${dumpLine}\nProperty(S): UILevel = 2`);
        const a = valid(encodeText(text, 'utf-16le-bom'));
        expect(a).toMatchObject({ outcome: 'success', exitCode: 0, rootCause: null, errors: [] });
        expect(a.reboot.required).toBe(false);
        expect(a.customActions.map((c) => c.name)).toEqual(['CleanupLegacyFolders']);
      }),
      { numRuns: 300 },
    );
  });
});
