/**
 * Chooses the machine the engine talks to: on Windows the live host, unless a scenario is asked for
 * with --scenario or INSTALLER_DOCTOR_SCENARIO; anywhere else a simulated host on that scenario, or on
 * the default one (the UI then shows a banner naming it).
 */
import type { WindowsHost } from './windows-host';
import { SimulatedHost } from './simulated/simulated-host';
import { DEFAULT_SCENARIO_ID, loadScenario } from './simulated/scenario-loader';

export interface HostChoice {
  scenario?: string | undefined;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
}

export async function selectHost(choice: HostChoice): Promise<WindowsHost> {
  const scenario = choice.scenario ?? choice.env['INSTALLER_DOCTOR_SCENARIO'];
  if (choice.platform === 'win32' && !scenario) {
    const { LiveHost } = await import('./live/live-host');
    return new LiveHost();
  }
  return new SimulatedHost(await loadScenario(scenario ?? DEFAULT_SCENARIO_ID));
}
