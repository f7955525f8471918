/**
 * End to end on the simulated machine, over EVERY built-in scenario: each finding that names a fix is
 * fixed, re-diagnosed (the finding must be gone), undone (it must be back). Fixes that by nature cannot
 * be undone (an install, a restart) or change nothing (waiting, guidance) are held to what they claim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIX_IDS } from '@shared/model/catalog-ids';
import { builtinScenarioIds, loadBuiltinScenario } from '../host/simulated/scenario-loader';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { diagnose } from '../diagnose/index';
import { JournalStore } from '../journal/journal-store';
import { FIXES } from './catalog';
import { applyPlan } from './run-fix';
import { undoEntry } from './rollback';
import { engineAnalyzeLog, engineDiagnose } from './engine-wiring';

const PKG = 'C:\\Users\\alex\\Downloads\\ExampleApp-1.4.2-x64.msi';
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fixes-e2e-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

interface Journey {
  scenario: string;
  finding: string;
  fix: (typeof FIX_IDS)[number];
  symptom: string | undefined;
}

async function journeys(): Promise<Journey[]> {
  const out: Journey[] = [];
  for (const scenario of builtinScenarioIds()) {
    const s = loadBuiltinScenario(scenario);
    // A scenario whose user declines the UAC prompt cannot complete an elevated fix: covered below.
    if (s.machine.installer.declineUac) continue;
    const report = await diagnose(new SimulatedHost(s), { symptom: s.expect?.symptom as never });
    for (const f of report.findings)
      if (f.checkId !== 'event-log')
        for (const fix of f.fixes) out.push({ scenario, finding: f.id, fix, symptom: s.expect?.symptom });
  }
  return out;
}
const all = await journeys();
/**
 * Pairs the diagnosis offers where this fix refuses, on purpose, with a reason: repair-user-temp
 * repairs the folder TEMP names; it does not rewrite the TEMP variable when it points to a network
 * share (temp-redirect-install covers that case for one install).
 */
const KNOWN_REFUSALS = new Set(['user-temp-on-share-2503/user-temp-risky-path/repair-user-temp']);
const REVERSIBLE = new Set([
  'repair-user-temp',
  'repair-windows-temp',
  'reset-msiserver',
  'enable-installer-logging',
  'disable-installer-logging',
  'remove-always-install-elevated',
]);

describe('the catalog', () => {
  it('has exactly one definition per FIX_ID (10+ fixes)', () => {
    expect(Object.keys(FIXES).sort()).toEqual([...FIX_IDS].sort());
    expect(FIX_IDS.length).toBeGreaterThanOrEqual(10);
  });
  it('every reversible fix is exercised by at least one scenario', () => {
    for (const fix of REVERSIBLE) expect(all.some((j) => j.fix === fix)).toBe(true);
  });
});

it.each([...KNOWN_REFUSALS])('known refusal %s is explicit, not a silent no-op', async (key) => {
  const [scenario, , fix] = key.split('/') as [string, string, keyof typeof FIXES];
  const planned = await FIXES[fix].plan({ host: new SimulatedHost(loadBuiltinScenario(scenario)) });
  expect(planned).toMatchObject({ ok: false, reason: 'not-applicable' });
});

describe.each(
  all
    .filter((j) => REVERSIBLE.has(j.fix) && !KNOWN_REFUSALS.has(`${j.scenario}/${j.finding}/${j.fix}`))
    .map((j) => [`${j.scenario}: ${j.finding} -> ${j.fix}`, j] as const),
)('%s', (_name, j) => {
  it('fix -> the finding is gone -> undo -> it is back', async () => {
    const host = new SimulatedHost(loadBuiltinScenario(j.scenario));
    const before = host.snapshot();
    const planned = await FIXES[j.fix].plan({ host, targetFindings: [j.finding] });
    if (!planned.ok) throw new Error(`refused: ${planned.messageKey} ${planned.detail ?? ''}`);
    expect(planned.plan.steps.every((s) => s.command.length > 0)).toBe(true);
    const journal = new JournalStore(dir);
    const result = await applyPlan(host, FIXES[j.fix], planned.plan, {
      journal,
      diagnose: engineDiagnose,
      ...(j.symptom ? { symptom: j.symptom } : {}),
    });
    expect(result.outcome).toBe('applied');
    expect(result.verified).toBe(true);
    expect((await diagnose(host, { symptom: j.symptom as never })).findings.map((f) => f.id)).not.toContain(j.finding);
    const undo = await undoEntry(host, journal, result.journalId ?? '');
    expect('state' in undo && undo.state).toBe('undone');
    expect((await diagnose(host, { symptom: j.symptom as never })).findings.map((f) => f.id)).toContain(j.finding);
    expect(host.snapshot()).toEqual(before);
  });
});

describe('the user declines the UAC prompt (1223)', () => {
  it('an elevated fix comes back declined, not failed, and the machine is unchanged with nothing left to undo', async () => {
    const host = new SimulatedHost(loadBuiltinScenario('uac-declined-1223'));
    const before = host.snapshot();
    const planned = await FIXES['enable-installer-logging'].plan({ host });
    if (!planned.ok) throw new Error(planned.messageKey);
    expect(planned.plan.steps.some((s) => s.elevated)).toBe(true);
    const result = await applyPlan(host, FIXES['enable-installer-logging'], planned.plan, {
      journal: new JournalStore(dir),
      diagnose: engineDiagnose,
    });
    expect(result.outcome).toBe('declined');
    expect(host.snapshot()).toEqual(before);
  });
});

describe('fixes that cannot be undone say so, and do what they claim', () => {
  it('restart-for-pending-renames: verified after the (simulated) restart; undo refuses honestly', async () => {
    const host = new SimulatedHost(loadBuiltinScenario('pending-reboot-prompt'));
    const planned = await FIXES['restart-for-pending-renames'].plan({ host, targetFindings: ['pending-reboot'] });
    if (!planned.ok) throw new Error(planned.messageKey);
    expect(planned.plan.undoable).toBe('none');
    const journal = new JournalStore(dir);
    const result = await applyPlan(host, FIXES['restart-for-pending-renames'], planned.plan, {
      journal,
      diagnose: engineDiagnose,
    });
    expect([result.outcome, result.verified]).toEqual(['applied', true]);
    expect(await undoEntry(host, journal, result.journalId ?? '')).toMatchObject({
      error: 'not-undoable',
      notUndoable: ['restart'],
    });
  });

  it('wait-for-install: names the holder, polls with progress until it ends, no journal entry', async () => {
    const host = new SimulatedHost(loadBuiltinScenario('install-in-progress-1618'));
    const planned = await FIXES['wait-for-install'].plan({ host, targetFindings: ['install-in-progress'] });
    if (!planned.ok) throw new Error(planned.messageKey);
    expect(planned.plan.steps[0]?.params['pid']).toBe(5312);
    const polls: number[] = [];
    const result = await applyPlan(host, FIXES['wait-for-install'], planned.plan, {
      journal: new JournalStore(dir),
      diagnose: engineDiagnose,
      pollIntervalMs: 0,
      onProgress: (p) => p.phase === 'waiting' && polls.push(p.polls ?? 0),
    });
    expect([result.outcome, result.verified, result.journalId]).toEqual(['applied', true, null]);
    expect(polls.length).toBeGreaterThan(1);
  });

  it('missing-package-guidance changes nothing and names the product and its source', async () => {
    const host = new SimulatedHost(loadBuiltinScenario('cached-package-missing-1612'));
    const before = host.snapshot();
    const planned = await FIXES['missing-package-guidance'].plan({ host });
    if (!planned.ok) throw new Error(planned.messageKey);
    expect(planned.plan.steps.every((s) => s.operation === null)).toBe(true);
    const result = await applyPlan(host, FIXES['missing-package-guidance'], planned.plan, {
      journal: new JournalStore(dir),
    });
    expect(result.outcome).toBe('planned');
    expect(host.snapshot()).toEqual(before);
  });
});

describe('elevated-install: exit codes explained, log analysed (msdocs error-codes)', () => {
  const run = async (scenario: string, fix: 'elevated-install' | 'temp-redirect-install' = 'elevated-install') => {
    const host = new SimulatedHost(loadBuiltinScenario(scenario));
    const planned = await FIXES[fix].plan({ host, packagePath: PKG });
    if (!planned.ok) throw new Error(planned.messageKey);
    return applyPlan(host, FIXES[fix], planned.plan, { journal: new JournalStore(dir), analyzeLog: engineAnalyzeLog });
  };
  it('0 on a healthy machine: applied and verified, the log read back', async () => {
    const r = await run('healthy');
    expect([r.outcome, r.verified, r.install?.exitCode, r.install?.log?.exitCode]).toEqual(['applied', true, 0, 0]);
  });
  it('1223: the user declined the UAC prompt: declined, not failed, nothing left changed', async () => {
    const r = await run('uac-declined-1223');
    expect(r.outcome).toBe('declined');
  });
  it('1603 with 2503 as the log root cause when C:\\Windows\\Temp is a file', async () => {
    const r = await run('windows-temp-is-file-2503');
    expect([r.outcome, r.install?.exitCode, r.install?.log?.rootCause?.code]).toEqual(['failed', 1603, 2503]);
  });
  it('1618 while another install holds the mutex, pointing to wait-for-install', async () => {
    const r = await run('install-in-progress-1618');
    expect([r.install?.exitCode, r.install?.next]).toEqual([1618, 'wait-for-install']);
  });
  it('temp-redirect-install succeeds while %TEMP% is missing, and leaves TEMP unchanged', async () => {
    const r = await run('user-temp-missing-1632', 'temp-redirect-install');
    expect([r.outcome, r.verified]).toEqual(['applied', true]);
  });
});
