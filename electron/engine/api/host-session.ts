/**
 * Holds the host the app talks to. On the simulated host the user (or an e2e test) may switch to
 * another scenario; on the live host that is refused.
 */
import type { HostInfo } from '@shared/model/app';
import type { WindowsHost } from '../host/windows-host';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { loadScenario } from '../host/simulated/scenario-loader';

export class HostSession {
  private listeners = new Set<(info: HostInfo) => void>();

  constructor(private current: WindowsHost) {}

  get host(): WindowsHost {
    return this.current;
  }

  info(): HostInfo {
    return this.current.describe();
  }

  isSimulated(): boolean {
    return this.current instanceof SimulatedHost;
  }

  /** Replaces the simulated machine with a fresh copy of another scenario. */
  async selectScenario(nameOrPath: string): Promise<HostInfo> {
    if (!this.isSimulated()) throw new Error('The live host cannot switch to a scenario.');
    this.current = new SimulatedHost(await loadScenario(nameOrPath));
    const info = this.info();
    for (const l of this.listeners) l(info);
    return info;
  }

  onChanged(listener: (info: HostInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
