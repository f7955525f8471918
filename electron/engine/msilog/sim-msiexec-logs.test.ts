/**
 * The simulated msiexec (host/simulated/sim-msiexec.ts) writes small verbose logs; the analyzer must
 * read every one of them right: the exit code it states, and a root cause that names the problem.
 */
import { describe, expect, it } from 'vitest';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { builtinScenarioIds, loadBuiltinScenario } from '../host/simulated/scenario-loader';
import { analyzeLogBytes } from './index';

const LOG = 'C:\\Users\\alex\\AppData\\Local\\Temp\\MSI-test.LOG';

async function runInstall(id: string, packagePath?: string) {
  const host = new SimulatedHost(loadBuiltinScenario(id));
  const pkg =
    packagePath ??
    Object.keys(host.snapshot().paths).find((p) => /\.msi$/iu.test(p) && !/\\Windows\\Installer\\/iu.test(p)) ??
    'C:\\missing.msi';
  const outcome = await host.apply({
    kind: 'runMsiexec',
    args: ['/i', pkg, '/qn', '/L*v', LOG],
    elevated: false,
    logPath: LOG,
  });
  if (outcome.status !== 'done') return null;
  return { exitCode: outcome.exitCode, analysis: analyzeLogBytes(await host.readFile(LOG, 1 << 20)) };
}

describe('logs written by the simulated msiexec', () => {
  it.each(builtinScenarioIds())('%s: the analysis states the exit code msiexec returned', async (id) => {
    const r = await runInstall(id);
    if (!r) return; // UAC declined: no process, no log
    const a = r.analysis;
    expect(a.format).toBe('msi-verbose');
    expect(a.exitCode).toBe(r.exitCode);
    expect(a.status.source).toBe('engine');
    expect(a.outcome).toBe(
      r.exitCode === 0
        ? 'success'
        : r.exitCode === 3010 || r.exitCode === 1641
          ? 'reboot-required'
          : r.exitCode === 1602
            ? 'cancelled'
            : 'failure',
    );
    if (r.exitCode !== 0) expect(a.rootCause).not.toBeNull();
  });

  it('1618 with another msiexec running: the mutex line is the root cause', async () => {
    const r = await runInstall('install-in-progress-1618');
    expect(r?.analysis.rootCause).toMatchObject({ kind: 'mutex', code: 1618, namespace: 'exit' });
  });

  it('2503 when SYSTEM cannot write C:\\Windows\\Temp, with the .ipi access-denied signal', async () => {
    const r = await runInstall('standard-user-windows-temp-2503');
    expect(r?.analysis.rootCause).toMatchObject({ code: 2503, namespace: 'message', signals: ['ipi-access-denied'] });
    expect(r?.analysis.errors.map((e) => e.code)).toEqual([2503, 2502]);
  });

  it('1619 when the package does not exist: the exit code is the cause', async () => {
    const r = await runInstall('healthy', 'C:\\Users\\alex\\Downloads\\not-there.msi');
    expect(r?.analysis).toMatchObject({
      exitCode: 1619,
      rootCause: { kind: 'exit-code', code: 1619, namespace: 'exit', signals: ['package-open-failed'] },
    });
  });
});
