/**
 * Integration: every built-in scenario, diagnosed end to end on the SimulatedHost with the symptom it
 * declares, ranks its expected finding first; "healthy" has no error-level finding.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SYMPTOM_IDS, type SymptomId } from '@shared/model/catalog-ids';
import { DiagnosisReport } from '@shared/model/diagnosis';
import { FINDING_IDS } from '@shared/model/finding-ids';
import { builtinScenarioIds, loadBuiltinScenario } from '../host/simulated/scenario-loader';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { diagnose } from './index';

const ids = builtinScenarioIds();
/** Scenarios made for other journeys (fixes) may carry no expectation; every diagnosis scenario does. */
const withExpect = ids.filter((id) => loadBuiltinScenario(id).expect !== undefined);

describe('built-in scenarios', () => {
  it('has at least 16 scenarios besides healthy, all listed in scenarios/index.ts', () => {
    const dir = fileURLToPath(new URL('../host/simulated/scenarios/', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(ids).toEqual(files);
    expect(withExpect.filter((id) => id !== 'healthy').length).toBeGreaterThanOrEqual(16);
  });

  it.each(withExpect)('%s: declares a known symptom and finding', (id) => {
    const s = loadBuiltinScenario(id);
    if (s.expect?.healthy) return;
    expect(SYMPTOM_IDS).toContain(s.expect?.symptom);
    expect(FINDING_IDS).toContain(s.expect?.topFinding);
  });

  it.each(withExpect)('%s: the expected finding ranks first', async (id) => {
    const s = loadBuiltinScenario(id);
    const report = await diagnose(new SimulatedHost(s), {
      symptom: s.expect?.symptom as SymptomId | undefined,
      packagePath: s.expect?.packagePath,
    });
    expect(DiagnosisReport.safeParse(report).success).toBe(true);
    expect(report.probeErrors).toEqual([]);
    if (s.expect?.healthy) {
      expect(report.healthy).toBe(true);
      expect(report.findings.filter((f) => f.severity === 'error' || f.severity === 'critical')).toEqual([]);
      return;
    }
    expect(report.findings[0]?.id).toBe(s.expect?.topFinding);
    expect(report.findings[0]?.fixes.length ?? 0).toBeGreaterThanOrEqual(0);
  });

  it('every scenario but healthy is unhealthy or has a warning', async () => {
    for (const id of withExpect.filter((i) => i !== 'healthy')) {
      const s = loadBuiltinScenario(id);
      const report = await diagnose(new SimulatedHost(s), {
        symptom: s.expect?.symptom as SymptomId | undefined,
        packagePath: s.expect?.packagePath,
      });
      expect(
        report.findings.some((f) => f.severity !== 'info'),
        id,
      ).toBe(true);
    }
  });
});
