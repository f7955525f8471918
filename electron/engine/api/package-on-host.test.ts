/**
 * The preview journey "install this package as administrator, with a log": the package the user
 * uploaded is put on the simulated machine, so the plan names a Windows path and the simulated
 * msiexec installs it (exit 0), or the user declines the UAC prompt (declined, not failed).
 */
import { describe, expect, it } from 'vitest';
import { createDispatcher } from './dispatch';
import { handlers } from './handlers/index';
import { testContext } from './test-context';
import { windowsFileName } from '../host/simulated/place-local-file';
import { loadBuiltinScenario } from '../host/simulated/scenario-loader';

const sampleMsi =
  loadBuiltinScenario('healthy').machine.paths['C:\\Users\\alex\\Downloads\\ExampleApp-1.4.2-x64.msi']?.contentBase64 ??
  '';

async function installThroughIpc(scenario: string) {
  const ctx = await testContext(() => {}, scenario);
  const dispatch = createDispatcher(handlers, ctx);
  const upload = await dispatch('files:upload', [
    { name: 'My App (x64).msi', purpose: 'package', dataBase64: sampleMsi },
  ]);
  if (upload.status !== 'ok') throw new Error(JSON.stringify(upload));
  const token = (upload.value as { token: string }).token;
  const planned = await dispatch('fix:plan', [{ fixId: 'elevated-install', packageToken: token }]);
  if (planned.status !== 'ok') throw new Error(JSON.stringify(planned));
  const plan = (planned.value as { kind: string; plan: { planId: string; steps: { command: string }[] } }).plan;
  const applied = await dispatch('fix:apply', [{ planId: plan.planId }]);
  return { plan, applied };
}

describe('a package handed to the preview is installed on the simulated machine', () => {
  it("the plan names the package in the simulated user's Downloads, and the install succeeds", async () => {
    const { plan, applied } = await installThroughIpc('healthy');
    expect(plan.steps.map((s) => s.command).join('\n')).toContain('C:\\Users\\alex\\Downloads\\My App (x64).msi');
    expect(applied).toMatchObject({ status: 'ok', value: { outcome: 'applied', install: { exitCode: 0 } } });
  });

  it('a declined UAC prompt is reported as declined', async () => {
    const { applied } = await installThroughIpc('uac-declined-1223');
    expect(applied).toMatchObject({ status: 'ok', value: { outcome: 'declined' } });
  });

  it('file names become valid Windows names', () => {
    expect(windowsFileName('a<b>c:d"e|f?g*h.msi')).toBe('abcdefgh.msi');
    expect(windowsFileName('setup.msi. . ')).toBe('setup.msi');
    expect(windowsFileName('\u0000\u0001')).toBe('package.msi');
  });
});
