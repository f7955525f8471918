import { describe, expect, it } from 'vitest';
import { SimulatedHost } from './simulated-host';
import { loadBuiltinScenario, parseScenario } from './scenario-loader';

const host = (id = 'healthy') => new SimulatedHost(loadBuiltinScenario(id));

describe('SimulatedHost latency (scenario.simulation.queryDelayMs)', () => {
  const slow = (queryDelayMs: number) =>
    new SimulatedHost(
      parseScenario({ id: 'slow-test', extends: 'healthy', title: 'Slow', simulation: { queryDelayMs } }),
    );
  const batch = [{ kind: 'token' }, { kind: 'service', name: 'msiserver' }, { kind: 'os' }, { kind: 'token' }] as const;

  it('defaults to no delay and answers each query after the delay when set', async () => {
    expect(loadBuiltinScenario('healthy').simulation.queryDelayMs).toBe(0);
    const h = slow(40);
    const t0 = performance.now();
    const out = await h.collect(batch);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(4 * 40 - 5);
    expect(out.every((o) => o.ok)).toBe(true);
    expect(h.answeredQueries()).toBe(4);
  });

  it('stops waiting at once when the signal aborts: the rest come back cancelled and unanswered', async () => {
    const h = slow(200);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const t0 = performance.now();
    const out = await h.collect(batch, { signal: controller.signal });
    const took = performance.now() - t0;
    expect(took).toBeLessThan(600);
    expect(out.map((o) => o.ok)).toEqual([true, false, false, false]);
    expect(out[1]).toMatchObject({ ok: false, kind: 'service', error: 'cancelled' });
    expect(h.answeredQueries()).toBe(1);
  });

  it('rejects a negative delay and unknown simulation keys', () => {
    expect(() =>
      parseScenario({ id: 'bad-delay', extends: 'healthy', title: 'x', simulation: { queryDelayMs: -1 } }),
    ).toThrow(/queryDelayMs/u);
    expect(() => parseScenario({ id: 'bad-key', extends: 'healthy', title: 'x', simulation: { delay: 5 } })).toThrow(
      /delay/u,
    );
  });
});

describe('SimulatedHost queries', () => {
  it('answers a batch in order, each with its kind', async () => {
    const out = await host().collect([
      { kind: 'token' },
      { kind: 'service', name: 'MSISERVER' },
      { kind: 'path', path: 'c:\\windows\\temp\\' },
    ]);
    expect(out.map((o) => o.kind)).toEqual(['token', 'service', 'path']);
    expect(out.every((o) => o.ok)).toBe(true);
    const svc = out[1];
    expect(svc?.ok && svc.kind === 'service' && svc.answer).toMatchObject({ exists: true, startType: 3 });
  });

  it('reports an invalid query as a failed outcome instead of throwing', async () => {
    const out = await host().collect([{ kind: 'registry', hive: 'HKXX', key: 'x' } as never]);
    expect(out[0]).toMatchObject({ ok: false, kind: 'registry' });
  });

  it('evaluates write access from the DACL and the token', async () => {
    const [ok] = await host().collect([{ kind: 'writeTest', path: 'C:\\Users\\alex\\AppData\\Local\\Temp' }]);
    expect(ok).toMatchObject({ ok: true, answer: { canCreate: true } });
    const [missing] = await host().collect([{ kind: 'writeTest', path: 'C:\\Nope' }]);
    expect(missing).toMatchObject({ ok: true, answer: { canCreate: false, errorCode: 3 } });
  });

  it('filters events by provider, id and age', async () => {
    const [ev] = await host('standard-user-windows-temp-2503').collect([
      { kind: 'events', log: 'Application', provider: 'MsiInstaller', ids: [11708], sinceDays: 30 },
    ]);
    expect(ev?.ok && ev.kind === 'events' && ev.answer.events.map((e) => e.id)).toEqual([11708]);
  });
});

describe('SimulatedHost operations change the model and can be reversed', () => {
  it('setAcl then the original ACL restores the snapshot', async () => {
    const h = host('standard-user-windows-temp-2503');
    const before = h.snapshot();
    const original = before.paths['C:\\Windows\\Temp']?.acl ?? [];
    expect(
      await h.apply({
        kind: 'setAcl',
        path: 'C:\\Windows\\Temp',
        acl: [{ sid: 'S-1-5-18', rights: 0x1f01ff, type: 'allow', inherited: false, inheritance: 3 }],
      }),
    ).toEqual({ status: 'done' });
    expect(h.snapshot()).not.toEqual(before);
    await h.apply({ kind: 'setAcl', path: 'C:\\Windows\\Temp', acl: original });
    expect(h.snapshot()).toEqual(before);
  });

  it('a disabled service cannot be started (ERROR_SERVICE_DISABLED 1058)', async () => {
    const h = host();
    await h.apply({ kind: 'setServiceStartType', name: 'msiserver', startType: 4 });
    expect(await h.apply({ kind: 'controlService', name: 'msiserver', action: 'start' })).toMatchObject({
      status: 'failed',
      exitCode: 1058,
    });
  });

  it('the simulated msiexec fails with 1603 and a 2503 log while C:\\Windows\\Temp is broken for the user, and succeeds once repaired', async () => {
    const h = host('standard-user-windows-temp-2503');
    const args = [
      '/i',
      'C:\\Users\\alex\\Downloads\\ExampleApp-1.4.2-x64.msi',
      '/L*v',
      'C:\\Users\\alex\\AppData\\Local\\Temp\\id.log',
    ];
    expect(
      await h.apply({
        kind: 'runMsiexec',
        args,
        elevated: false,
        logPath: 'C:\\Users\\alex\\AppData\\Local\\Temp\\id.log',
      }),
    ).toMatchObject({ status: 'done', exitCode: 1603 });
    const log = new TextDecoder().decode(await h.readFile('C:\\Users\\alex\\AppData\\Local\\Temp\\id.log', 1 << 20));
    expect(log).toContain('Error 2503');
    const healthyAcl = loadBuiltinScenario('healthy').machine.paths['C:\\Windows\\Temp']?.acl ?? [];
    await h.apply({ kind: 'setAcl', path: 'C:\\Windows\\Temp', acl: healthyAcl });
    expect(
      await h.apply({
        kind: 'runMsiexec',
        args,
        elevated: false,
        logPath: 'C:\\Users\\alex\\AppData\\Local\\Temp\\id2.log',
      }),
    ).toMatchObject({ status: 'done', exitCode: 0 });
  });

  it('an elevated install gets past a C:\\Windows\\Temp that only administrators can write (the folklore workaround)', async () => {
    const h = host('standard-user-windows-temp-2503');
    const args = ['/i', 'C:\\Users\\alex\\Downloads\\ExampleApp-1.4.2-x64.msi'];
    expect(
      await h.apply({
        kind: 'runMsiexec',
        args,
        elevated: true,
        logPath: 'C:\\Users\\alex\\AppData\\Local\\Temp\\e.log',
      }),
    ).toMatchObject({ status: 'done', exitCode: 0 });
  });

  it('the 1618 holder finishes after the configured number of polls', async () => {
    const h = host('install-in-progress-1618');
    const count = async () => {
      const [p] = await h.collect([{ kind: 'processes', imageName: 'msiexec.exe' }]);
      return p?.ok && p.kind === 'processes' ? p.answer.processes.length : -1;
    };
    const limit = loadBuiltinScenario('install-in-progress-1618').machine.installer.holderFinishesAfterPolls ?? 0;
    expect(limit).toBeGreaterThan(8);
    expect(await count()).toBe(2);
    for (let i = 2; i < limit; i++) await count();
    expect(await count()).toBe(2);
    expect(await count()).toBe(1);
  });
});
