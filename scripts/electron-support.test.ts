/**
 * The Electron major must be inside the supported window: Electron supports the latest three stable
 * majors and ships a new major every 8 weeks (electronjs.org/docs/latest/tutorial/electron-timelines).
 * Anchor: Electron 28.0.0 shipped on 2023-12-05. The estimate errs by at most one major around a
 * release date, so the test accepts the estimated latest minus two, minus one more as a grace period.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const electronPkg = JSON.parse(
  readFileSync(new URL('../node_modules/electron/package.json', import.meta.url), 'utf8'),
) as { version: string };

function estimatedLatestMajor(now: Date): number {
  const anchor = Date.UTC(2023, 11, 5);
  return 28 + Math.floor((now.getTime() - anchor) / (56 * 86_400_000));
}

describe('Electron version', () => {
  it('is within the supported window of stable majors', () => {
    const major = Number(electronPkg.version.split('.')[0]);
    const latest = estimatedLatestMajor(new Date());
    expect(major, `Electron ${electronPkg.version}; estimated latest stable major ${latest}`).toBeGreaterThanOrEqual(
      latest - 3,
    );
  });
});
