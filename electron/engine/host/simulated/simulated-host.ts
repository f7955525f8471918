/**
 * SimulatedHost: a stateful Windows machine built from a scenario. Queries read the model; operations
 * change it, so "fix, verify, undo" runs end to end on Linux. The model is private; tests compare
 * `snapshot()` before and after.
 */
import type { ApplyOptions, HostDescription, WindowsHost, CollectOptions } from '../windows-host';
import type { HostOperation, OperationOutcome } from '../operations';
import { HostQuery, queryFailed, type QueryOutcome } from '../queries';
import type { Machine, Scenario } from './scenario-schema';
import { answerQuery } from './sim-queries';
import { applyOperation } from './sim-operations';
import { pathKey } from './win-path';

export interface SimState {
  machine: Machine;
  /** The scenario clock in milliseconds since the epoch. */
  now: number;
  /** How many times the process list was polled (drives the 1618 holder finishing). */
  processPolls: number;
}

export class SimulatedHost implements WindowsHost {
  private readonly state: SimState;
  private answered = 0;

  constructor(private readonly scenario: Scenario) {
    this.state = {
      machine: structuredClone(scenario.machine),
      now: scenario.now ? Date.parse(scenario.now) : Date.now(),
      processPolls: 0,
    };
  }

  describe(): HostDescription {
    return {
      kind: 'simulated',
      scenarioId: this.scenario.id,
      scenarioTitle: this.scenario.title,
      scenarioTitles: this.scenario.titles,
      platform: process.platform,
    };
  }

  /** The scenario this host was built from (unchanged by operations). */
  source(): Scenario {
    return this.scenario;
  }

  /** A deep copy of the current machine model. */
  snapshot(): Machine {
    return structuredClone(this.state.machine);
  }

  async collect(queries: readonly HostQuery[], options: CollectOptions = {}): Promise<QueryOutcome[]> {
    const delay = this.scenario.simulation.queryDelayMs;
    const out: QueryOutcome[] = [];
    for (const [index, raw] of queries.entries()) {
      const kind = (raw as { kind: QueryOutcome['kind'] }).kind;
      // A slow PC (scenario.simulation.queryDelayMs): each answer takes this long, and a cancel stops the wait.
      if (delay > 0 && !options.signal?.aborted) await sleep(delay, options.signal);
      if (options.signal?.aborted) {
        out.push(queryFailed(kind, 'cancelled'));
        continue;
      }
      this.answered++;
      out.push(this.answer(raw, kind));
      options.onAnswered?.(index);
    }
    return out;
  }

  private answer(raw: HostQuery, kind: QueryOutcome['kind']): QueryOutcome {
    const parsed = HostQuery.safeParse(raw);
    if (!parsed.success) return queryFailed(kind, `invalid query: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
    try {
      return answerQuery(this.state, parsed.data);
    } catch (err) {
      return queryFailed(kind, (err as Error).message);
    }
  }

  /** How many queries this machine has answered so far (a cancelled run stops adding to it). */
  answeredQueries(): number {
    return this.answered;
  }

  async apply(operation: HostOperation, options: ApplyOptions = {}): Promise<OperationOutcome> {
    // The user answers "No" on the UAC prompt: nothing that needed it runs (ERROR_CANCELLED 1223).
    if (options.elevated && this.state.machine.installer.declineUac) return { status: 'declined' };
    if (options.signal?.aborted) return { status: 'failed', error: 'cancelled' };
    return applyOperation(this.state, operation);
  }

  /**
   * Puts a file on the simulated machine, as if the user had downloaded it there: a package handed to
   * the preview lives on the real disk, but the simulated msiexec and the probes read the machine.
   */
  placeFile(path: string, bytes: Uint8Array): void {
    this.state.machine.paths[path] = {
      type: 'file',
      attributes: 0x20,
      ownerSid: this.state.machine.token.userSid,
      acl: null,
      isNetwork: false,
      contentBase64: Buffer.from(bytes).toString('base64'),
      modified: new Date(this.state.now).toISOString(),
    };
  }

  async readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    const bytes = fileBytes(this.state.machine, path);
    if (!bytes) throw Object.assign(new Error(`File not found: ${path}`), { code: 'ENOENT' });
    return bytes.subarray(0, maxBytes);
  }
}

/** Resolves after `ms`, or at once when the signal aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The bytes of a simulated file, or null when it does not exist or is a folder. */
export function fileBytes(machine: Machine, path: string): Uint8Array | null {
  const entry = findPath(machine, path);
  if (!entry || entry.type !== 'file') return null;
  if (entry.contentBase64 !== undefined) return new Uint8Array(Buffer.from(entry.contentBase64, 'base64'));
  if (entry.content !== undefined) return new TextEncoder().encode(entry.content);
  return new Uint8Array(0);
}

/** Case-insensitive lookup of a path entry. */
export function findPath(machine: Machine, path: string): Machine['paths'][string] | undefined {
  const wanted = pathKey(path);
  for (const [p, entry] of Object.entries(machine.paths)) if (pathKey(p) === wanted) return entry;
  return undefined;
}
