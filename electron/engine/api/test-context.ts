/** A HandlerContext on a simulated machine for tests (not used by the app). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { loadScenario } from '../host/simulated/scenario-loader';
import { createContext, type EventSink } from './create-context';
import type { HandlerContext } from './context';
import { FileTokenStore } from './file-tokens';
import { HostSession } from './host-session';
import { memorySettingsStore } from './settings-store';

export async function testContext(
  sink: EventSink = () => {},
  scenario = 'standard-user-windows-temp-2503',
): Promise<HandlerContext> {
  return createContext(
    {
      app: { name: 'Installer Doctor', version: '0.0.0-test' },
      session: new HostSession(new SimulatedHost(await loadScenario(scenario))),
      platform: { shell: 'preview', openExternal: async () => {}, osLanguages: () => ['en-US'] },
      settings: memorySettingsStore(),
      files: new FileTokenStore(),
      dataDir: mkdtempSync(join(tmpdir(), 'installer-doctor-test-')),
    },
    sink,
  );
}
