/**
 * recordScenario is the live host's path (queries only, no snapshot): run here against simulated
 * machines, the recorded scenario must be valid and diagnose to the same findings as the original.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, planBatch } from '../diagnose/index';
import { builtinScenarioIds, loadScenario } from '../host/simulated/scenario-loader';
import { ScenarioSchema } from '../host/simulated/scenario-schema';
import { SimulatedHost } from '../host/simulated/simulated-host';
import type { HostDescription, WindowsHost } from '../host/windows-host';
import { recordScenario, RecordError } from './record-scenario';
import { queryDenied } from '../host/queries';

/** Hides the SimulatedHost class, so nothing can take the snapshot() shortcut. */
const asLive = (host: SimulatedHost): WindowsHost => ({
  describe: () => host.describe(),
  collect: (q, o) => host.collect(q, o),
  apply: (op, o) => host.apply(op, o),
  readFile: (p, n) => host.readFile(p, n),
});

describe('recordScenario', () => {
  for (const id of builtinScenarioIds()) {
    it(`records "${id}" through queries into a scenario that diagnoses the same`, async () => {
      const source = await loadScenario(id);
      const now = source.now ? new Date(source.now) : new Date();
      const original = new SimulatedHost(source);
      const recorded = await recordScenario(asLive(original), {
        now,
        extraQueries: planBatch({ packagePath: null, now: now.getTime() }).batch,
      });
      expect(ScenarioSchema.safeParse(recorded).success).toBe(true);
      const [a, b] = await Promise.all([
        diagnose(new SimulatedHost(source), { now: now.getTime() }),
        diagnose(new SimulatedHost(recorded), { now: now.getTime() }),
      ]);
      expect(b.findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
    });
  }

  it('refuses when the machine does not answer the basics', async () => {
    const dead: WindowsHost = {
      describe: () => ({ kind: 'live', scenarioId: null, scenarioTitle: null, platform: 'win32' }) as HostDescription,
      collect: async (qs) => qs.map((q) => queryDenied(q.kind) as never),
      apply: async () => ({ status: 'failed', error: 'no' }) as never,
      readFile: async () => new Uint8Array(),
    };
    await expect(recordScenario(dead)).rejects.toBeInstanceOf(RecordError);
  });
});
