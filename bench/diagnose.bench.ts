/**
 * Full diagnosis on every built-in scenario (SimulatedHost), median of several runs, printed beside the
 * 100 ms budget. Figures, not assertions: `npm run bench` bundles this file and runs it with node.
 */
import type { SymptomId } from '@shared/model/catalog-ids';
import { diagnose } from '../electron/engine/diagnose/index';
import { builtinScenarioIds, loadBuiltinScenario } from '../electron/engine/host/simulated/scenario-loader';
import { SimulatedHost } from '../electron/engine/host/simulated/simulated-host';

const BUDGET_MS = 100;
const RUNS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const rows: { id: string; ms: number; findings: number }[] = [];
  for (const id of builtinScenarioIds()) {
    const scenario = loadBuiltinScenario(id);
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < RUNS; i++) {
      const host = new SimulatedHost(scenario);
      const t0 = performance.now();
      const report = await diagnose(host, {
        symptom: scenario.expect?.symptom as SymptomId | undefined,
        packagePath: scenario.expect?.packagePath,
      });
      times.push(performance.now() - t0);
      findings = report.findings.length;
    }
    rows.push({ id, ms: median(times), findings });
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  console.log(`diagnose() on each scenario: median of ${RUNS} runs, budget ${BUDGET_MS} ms`);
  for (const r of rows)
    console.log(
      `  ${r.id.padEnd(width)}  ${r.ms.toFixed(2).padStart(7)} ms  / ${BUDGET_MS} ms  ${r.ms < BUDGET_MS ? 'ok  ' : 'OVER'}  (${r.findings} findings)`,
    );
  console.log(
    `  ${'slowest'.padEnd(width)}  ${Math.max(...rows.map((r) => r.ms))
      .toFixed(2)
      .padStart(7)} ms`,
  );
}

await main();
