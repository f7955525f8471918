/**
 * LiveHost.apply: turns HostOperations into the commands of op-commands.ts and runs them through the
 * tool runner (PowerShell by absolute System32 path, -EncodedCommand, no shell). Consecutive steps
 * that need an administrator run in ONE elevated PowerShell, so a fix asks for UAC once; steps that
 * must run as the user (HKCU, the user's own folders) never run elevated (with over-the-shoulder
 * elevation, the elevated token belongs to another account). One elevation at a time per process.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostOperation, OperationOutcome } from '../operations';
import type { ToolRunner } from './tool-runner';
import { operationCommand } from './op-commands';
import { elevatedLauncherScript, LAUNCH, msiexecLauncherScript, sha256Hex, stepScript } from './elevation';
import { formatMsiexecLine } from './msiexec-command';
import { encodeCommand } from './ps-encode';

const STEP_TIMEOUT_MS = 10 * 60_000;
const INSTALL_TIMEOUT_MS = 4 * 60 * 60_000;
const psArgs = (script: string): string[] => [
  '-NoLogo',
  '-NoProfile',
  '-NonInteractive',
  '-ExecutionPolicy',
  'Bypass',
  '-EncodedCommand',
  encodeCommand(script),
];

let elevationInFlight = false;

/** Runs `fn` as the only elevation of this process; a second one meanwhile gets E_ELEVATION_BUSY. */
async function exclusiveElevation<T>(fn: () => Promise<T>, busy: () => T): Promise<T> {
  if (elevationInFlight) return busy();
  elevationInFlight = true;
  try {
    return await fn();
  } finally {
    elevationInFlight = false;
  }
}

const busyOutcome = (): OperationOutcome => ({
  status: 'failed',
  error: 'E_ELEVATION_BUSY: an administrator prompt is already open.',
});

function launcherFailure(code: number | null): OperationOutcome {
  if (code === LAUNCH.declined) return { status: 'declined' };
  if (code === LAUNCH.badHash)
    return {
      status: 'failed',
      error: 'The elevated script did not match its checksum and was not run.',
      exitCode: code,
    };
  if (code === LAUNCH.unsafePath)
    return {
      status: 'failed',
      error: 'E_UNSAFE_PATH: the network path of the package cannot be passed safely.',
      exitCode: code,
    };
  return {
    status: 'failed',
    error: `The step could not be started (launcher exit code ${String(code)}).`,
    ...(code === null ? {} : { exitCode: code }),
  };
}

interface StepLine {
  i: number;
  status: 'started' | 'done' | 'failed';
  error?: string | null;
}

function parseResults(text: string, count: number, exitCode: number | null): OperationOutcome[] {
  const last = new Map<number, StepLine>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = JSON.parse(line) as StepLine;
      if (Number.isInteger(parsed.i)) last.set(parsed.i, parsed);
    } catch {
      // A torn last line (the process was killed while writing) counts as not reported.
    }
  }
  return Array.from({ length: count }, (_, i): OperationOutcome => {
    const s = last.get(i);
    if (s?.status === 'done') return { status: 'done' };
    if (s?.status === 'failed') return { status: 'failed', error: s.error ?? 'failed' };
    if (s?.status === 'started') return { status: 'failed', error: 'The step was interrupted.' };
    return last.size === 0 && exitCode !== 0 && exitCode !== 1
      ? launcherFailure(exitCode)
      : { status: 'failed', error: 'The step did not run because an earlier step failed.' };
  });
}

export class LiveOperations {
  constructor(
    private readonly runner: ToolRunner,
    private readonly workDir: string,
  ) {}

  async apply(op: HostOperation, signal?: AbortSignal): Promise<OperationOutcome> {
    const [outcome] = await this.applyBatch([op], signal);
    return outcome ?? { status: 'failed', error: 'no outcome' };
  }

  /** Runs operations in order, one elevation per run of consecutive elevated steps; stops at the first failure. */
  async applyBatch(ops: readonly HostOperation[], signal?: AbortSignal): Promise<OperationOutcome[]> {
    try {
      return await this.applyInOrder(ops, signal);
    } catch (err) {
      // Builders refuse unsafe input by throwing (e.g. E_UNSAFE_PATH): nothing ran.
      return ops.map(() => ({ status: 'failed', error: (err as Error).message }));
    }
  }

  private async applyInOrder(ops: readonly HostOperation[], signal?: AbortSignal): Promise<OperationOutcome[]> {
    const out: OperationOutcome[] = [];
    let i = 0;
    while (i < ops.length) {
      if (signal?.aborted) break;
      const first = ops[i] as HostOperation;
      if (first.kind === 'runMsiexec') {
        out.push(await this.runMsiexec(first));
        i++;
      } else {
        const elevated = operationCommand(first).elevated;
        let j = i;
        while (
          j < ops.length &&
          ops[j]?.kind !== 'runMsiexec' &&
          operationCommand(ops[j] as HostOperation).elevated === elevated
        )
          j++;
        out.push(...(await this.runSteps(ops.slice(i, j), elevated)));
        i = j;
      }
      if (out.some((o) => o.status !== 'done')) break;
    }
    while (out.length < ops.length)
      out.push({ status: 'failed', error: 'The step did not run because an earlier step failed or was cancelled.' });
    return out;
  }

  private runSteps(ops: readonly HostOperation[], elevated: boolean): Promise<OperationOutcome[]> {
    // The lock is taken before the first await, so a second elevation started meanwhile is refused.
    return elevated
      ? exclusiveElevation(
          () => this.runStepsNow(ops, true),
          () => ops.map(busyOutcome),
        )
      : this.runStepsNow(ops, false);
  }

  private async runStepsNow(ops: readonly HostOperation[], elevated: boolean): Promise<OperationOutcome[]> {
    const dir = join(this.workDir, `op-${randomUUID()}`);
    await mkdir(dir, { recursive: true });
    const resultPath = join(dir, 'result.jsonl');
    try {
      const script = stepScript(
        ops.map((op) => operationCommand(op).fragment),
        resultPath,
      );
      let launcher = script;
      if (elevated) {
        const bytes = new TextEncoder().encode(script);
        const scriptPath = join(dir, 'steps.ps1');
        await writeFile(scriptPath, bytes, { flush: true });
        launcher = elevatedLauncherScript(scriptPath, sha256Hex(bytes));
      }
      const result = await this.runner.run({
        tool: 'powershell',
        args: psArgs(launcher),
        timeoutMs: STEP_TIMEOUT_MS,
        maxOutputBytes: 1024 * 1024,
      });
      if (result.spawnError)
        return ops.map(
          () =>
            ({ status: 'failed', error: `PowerShell could not be started: ${result.spawnError}` }) as OperationOutcome,
        );
      const text = await readFile(resultPath, 'utf8').catch(() => '');
      return parseResults(text, ops.length, result.exitCode);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async runMsiexec(op: Extract<HostOperation, { kind: 'runMsiexec' }>): Promise<OperationOutcome> {
    // An elevated process gets no environment block from us (ShellExecuteEx has none): a redirect
    // only works unelevated, where Windows Installer asks for elevation itself (security.md §2.5).
    if (op.elevated && op.env && Object.keys(op.env).length > 0)
      return { status: 'failed', error: 'A TEMP redirect cannot be combined with an elevated launch.' };
    const line = formatMsiexecLine(op.args);
    const action = op.args[0] ?? '';
    const packagePath = op.args[1] ?? '';
    const before = `${action} `;
    if (!line.startsWith(`${before}"${packagePath}"`))
      return { status: 'failed', error: 'The msiexec command must start with the action and the package.' };
    const script = msiexecLauncherScript({
      before,
      packagePath,
      after: line.slice(before.length + packagePath.length + 2),
      elevated: op.elevated,
      env: op.env ?? {},
    });
    const run = async (): Promise<OperationOutcome> => {
      const result = await this.runner.run({
        tool: 'powershell',
        args: psArgs(script),
        timeoutMs: INSTALL_TIMEOUT_MS,
        maxOutputBytes: 1024 * 1024,
      });
      if (result.spawnError)
        return { status: 'failed', error: `PowerShell could not be started: ${result.spawnError}` };
      const code = result.exitCode;
      if (code === null || Object.values(LAUNCH).includes(code as never)) return launcherFailure(code);
      return { status: 'done', exitCode: code };
    };
    return op.elevated ? exclusiveElevation(run, busyOutcome) : run();
  }
}
