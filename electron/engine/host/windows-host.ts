/**
 * WindowsHost: the only place in the engine that knows Windows exists. Everything above it (probes,
 * checks, fix plans, journal, log analysis, bundle, CLI, UI) runs and is tested on Linux against the
 * SimulatedHost; the LiveHost answers the same questions on a real machine.
 */
import type { HostOperation, OperationOutcome } from './operations';
import type { HostQuery, QueryOutcome } from './queries';

export type HostKind = 'live' | 'simulated';

export interface HostDescription {
  kind: HostKind;
  /** The scenario id when simulated. */
  scenarioId: string | null;
  /** Human title of the scenario (English; the UI localizes known ids). */
  scenarioTitle: string | null;
  /** The scenario title in zh-CN and zh-TW, when the scenario has them. */
  scenarioTitles: { 'zh-CN'?: string | undefined; 'zh-TW'?: string | undefined };
  platform: string;
}

export interface CollectOptions {
  signal?: AbortSignal;
  /** Time limit for each query, in milliseconds. */
  perQueryTimeoutMs?: number;
  /**
   * Called as each query is answered, with its index in the batch, for hosts that answer one at a
   * time (the simulated host). A host that answers the whole batch at once may never call it.
   */
  onAnswered?: (index: number) => void;
}

export interface ApplyOptions {
  signal?: AbortSignal;
  /**
   * The plan runs this step as administrator. The live host decides elevation from the operation
   * itself; the simulated host uses the flag to model the UAC prompt (a scenario may decline it).
   */
  elevated?: boolean;
}

export interface WindowsHost {
  describe(): HostDescription;
  /**
   * Answers a batch of queries in one round trip (one PowerShell process on the live host). The result
   * has one outcome per query, in order. It never throws: a query that fails comes back as `ok: false`.
   */
  collect(queries: readonly HostQuery[], options?: CollectOptions): Promise<QueryOutcome[]>;
  /** Applies one change. Never throws for machine-side failures: they come back as `failed`. */
  apply(operation: HostOperation, options?: ApplyOptions): Promise<OperationOutcome>;
  /** Reads up to `maxBytes` of a file on the machine (logs, packages). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
}
