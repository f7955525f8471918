/**
 * LiveHost: the thin Windows side. Queries go to one batched PowerShell process; if PowerShell cannot
 * run (blocked, or Constrained Language Mode), the token falls back to whoami by SID. Changes
 * (operations) are turned into exact commands by live-operations.ts, which the fixes issue fills in.
 */
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectOptions, HostDescription, WindowsHost } from '../windows-host';
import type { HostOperation, OperationOutcome } from '../operations';
import { HostQuery, queryFailed, type HostQueryParsed, type QueryOutcome } from '../queries';
import { buildBatchRequest, parseBatchOutput } from './ps-batch';
import { SpawnToolRunner, type ToolRunner } from './tool-runner';
import { parseWhoamiGroupsCsv } from './whoami-fallback';
import { LiveOperations } from './live-operations';

const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

export class LiveHost implements WindowsHost {
  private readonly operations: LiveOperations;

  /** `workDir` holds the short-lived step scripts and result files of operations. */
  constructor(
    private readonly runner: ToolRunner = new SpawnToolRunner(),
    workDir: string = join(tmpdir(), 'installer-doctor-ops'),
  ) {
    this.operations = new LiveOperations(runner, workDir);
  }

  describe(): HostDescription {
    return { kind: 'live', scenarioId: null, scenarioTitle: null, scenarioTitles: {}, platform: process.platform };
  }

  async collect(raw: readonly HostQuery[], options: CollectOptions = {}): Promise<QueryOutcome[]> {
    const queries: (HostQueryParsed | null)[] = raw.map((q) => {
      const parsed = HostQuery.safeParse(q);
      return parsed.success ? parsed.data : null;
    });
    const valid = queries.filter((q): q is HostQueryParsed => q !== null);
    if (valid.length === 0)
      return raw.map((q) => queryFailed((q as { kind: QueryOutcome['kind'] }).kind, 'invalid query'));
    if (options.signal?.aborted) return valid.map((q) => queryFailed(q.kind, 'cancelled'));

    const result = await this.runner.run(
      buildBatchRequest(valid, options.perQueryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS),
    );
    const parsed = result.spawnError
      ? ({ kind: 'unreadable', reason: result.spawnError } as const)
      : parseBatchOutput(result.stdout, valid);
    let outcomes: QueryOutcome[];
    if (parsed.kind === 'results') outcomes = parsed.outcomes;
    else {
      const reason =
        parsed.kind === 'constrained'
          ? 'PowerShell runs in Constrained Language Mode'
          : `PowerShell did not answer (${parsed.reason})`;
      outcomes = await this.fallback(valid, reason);
    }
    let next = 0;
    return queries.map((q, i) =>
      q === null
        ? queryFailed((raw[i] as { kind: QueryOutcome['kind'] }).kind, 'invalid query')
        : (outcomes[next++] as QueryOutcome),
    );
  }

  /** Answers what can be answered without PowerShell; the rest report why they could not be checked. */
  private async fallback(queries: readonly HostQueryParsed[], reason: string): Promise<QueryOutcome[]> {
    const needsToken = queries.some((q) => q.kind === 'token');
    const whoami = needsToken
      ? await this.runner.run({
          tool: 'whoami',
          args: ['/groups', '/fo', 'csv', '/nh'],
          timeoutMs: 10_000,
          maxOutputBytes: 1024 * 1024,
        })
      : null;
    const token = whoami && whoami.exitCode === 0 ? parseWhoamiGroupsCsv(whoami.stdout, null) : null;
    return queries.map((q): QueryOutcome => {
      if (q.kind === 'token' && token) return { ok: true, kind: 'token', answer: token, raw: whoami?.stdout };
      return queryFailed(q.kind, reason);
    });
  }

  async apply(operation: HostOperation, options: { signal?: AbortSignal } = {}): Promise<OperationOutcome> {
    return this.operations.apply(operation, options.signal);
  }

  /** Several operations with one UAC prompt per run of elevated steps (see live-operations.ts). */
  async applyBatch(
    operations: readonly HostOperation[],
    options: { signal?: AbortSignal } = {},
  ): Promise<OperationOutcome[]> {
    return this.operations.applyBatch(operations, options.signal);
  }

  async readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(maxBytes);
      const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0);
      return new Uint8Array(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  }
}
