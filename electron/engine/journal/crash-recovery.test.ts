/**
 * Crash injection (security.md §4.1, Windows Installer's rollback model): a crash is injected after
 * every journal write and after every change, for several fixes; at the "next start" a fresh journal
 * finds the interrupted entry, rolls it back, and the simulated machine equals its pre-fix snapshot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBuiltinScenario } from '../host/simulated/scenario-loader';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { FIXES } from '../fixes/catalog';
import { applyPlan } from '../fixes/run-fix';
import { undoEntry } from '../fixes/rollback';
import { JournalStore } from './journal-store';

class Crash extends Error {}
const CASES = [
  ['windows-temp-is-file-2503', 'repair-windows-temp'],
  ['standard-user-windows-temp-2503', 'repair-windows-temp'],
  ['user-temp-missing-1632', 'repair-user-temp'],
  ['msiserver-disabled-1601', 'reset-msiserver'],
  ['always-install-elevated', 'remove-always-install-elevated'],
  ['healthy', 'enable-installer-logging'],
  ['debug-policy-secrets', 'disable-installer-logging'],
] as const;

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'journal-crash-'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

async function crashThenRecover(
  scenario: string,
  fix: keyof typeof FIXES,
  crashAt: number,
  where: 'write' | 'apply',
): Promise<{ crashed: boolean; equal: boolean }> {
  const dir = await mkdtemp(join(root, 'run-'));
  const host = new SimulatedHost(loadBuiltinScenario(scenario));
  const before = host.snapshot();
  let count = 0;
  const tick = () => {
    if (++count === crashAt) throw new Crash(`crash at ${where} ${crashAt}`);
  };
  const journal = new JournalStore(dir, where === 'write' ? { afterWrite: tick } : {});
  const planned = await FIXES[fix].plan({ host });
  if (!planned.ok) throw new Error(planned.messageKey);
  let crashed = false;
  try {
    await applyPlan(host, FIXES[fix], planned.plan, { journal, ...(where === 'apply' ? { afterApply: tick } : {}) });
  } catch (err) {
    if (!(err instanceof Crash)) throw err;
    crashed = true;
  }
  // Next start: a new journal over the same folder.
  const restarted = new JournalStore(dir);
  const pending = await restarted.pending();
  const entries = pending.length > 0 ? pending : (await restarted.list()).filter((e) => e.state === 'committed');
  for (const e of entries) await undoEntry(host, restarted, e.id);
  expect(await restarted.pending()).toEqual([]);
  expect((await readdir(join(dir, 'journal'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  expect(host.snapshot()).toEqual(before);
  return { crashed, equal: true };
}

describe('write-ahead journal: crash after every step, then rollback at the next start', () => {
  it.each(CASES)('%s / %s: every crash point returns the machine to its pre-fix state', async (scenario, fix) => {
    let crashes = 0;
    for (const where of ['write', 'apply'] as const) {
      for (let k = 1; k <= 12; k++) {
        const r = await crashThenRecover(scenario, fix, k, where);
        if (r.crashed) crashes++;
        expect(r.equal).toBe(true);
      }
    }
    expect(crashes).toBeGreaterThan(2);
  });

  it('property: any fix of the set, any crash point', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CASES),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('write' as const, 'apply' as const),
        async ([scenario, fix], k, where) => {
          expect((await crashThenRecover(scenario, fix, k, where)).equal).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an entry is never torn: the file on disk always parses', async () => {
    const dir = await mkdtemp(join(root, 'torn-'));
    const seen: number[] = [];
    const journal = new JournalStore(dir, { afterWrite: (e) => seen.push(e.steps.length) });
    const host = new SimulatedHost(loadBuiltinScenario('windows-temp-is-file-2503'));
    const planned = await FIXES['repair-windows-temp'].plan({ host });
    if (!planned.ok) throw new Error(planned.messageKey);
    const result = await applyPlan(host, FIXES['repair-windows-temp'], planned.plan, { journal });
    expect(seen.length).toBeGreaterThanOrEqual(planned.plan.steps.length * 2);
    expect((await new JournalStore(dir).get(result.journalId ?? ''))?.state).toBe('committed');
  });
});
