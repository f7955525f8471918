/**
 * `InstallerDoctor.exe --cli <command> [options]`: the packaged app runs the same CLI as
 * bin/installer-doctor, without a window, and exits with the CLI's exit code (docs/cli.md).
 *
 * Windows facts this module is built around (docs/cli.md "Console and pipes" has the user's side):
 * - InstallerDoctor.exe is a GUI-subsystem program. Electron's wWinMain calls Chromium's
 *   base::RouteStdioToConsole(false) (unless ELECTRON_NO_ATTACH_CONSOLE is set): when stdout/stderr
 *   are already valid handles (redirected to a file or a pipe) it leaves them alone, otherwise it calls
 *   AttachConsole(ATTACH_PARENT_PROCESS) and reopens CONOUT$. So `> out.json` and pipes work, and
 *   from an interactive console the text reaches the parent's console; but the shell does not wait for
 *   a GUI program, so there the prompt comes back first and the exit code is not collected.
 *   Refs: electron/electron shell/app/electron_main_win.cc, chromium base/process/launch_win.cc,
 *   electron/electron#4552, #5776.
 * - Node writes to a Windows console (TTY) asynchronously, and app.exit() does not wait for pending
 *   writes (Node docs "A note on process I/O"; Electron docs app.exit). So every write is tracked and
 *   flushed before exiting.
 * - The portable .exe is an NSIS stub that starts the real exe without passing its own handles on, so
 *   redirection of the stub's output cannot reach us. `--cli-out FILE` / `--cli-err FILE` write the
 *   streams to files instead, which works whatever the console situation is.
 * - An uncaught exception in Electron's main process opens a modal error dialog; in an unattended
 *   fleet run nobody would close it. CLI mode reports to stderr and exits with code 10 instead.
 */
import { open } from 'node:fs/promises';
import { ExitCode } from '../engine/cli/exit-codes';
import type { CliIo } from '../engine/cli/io';

/** The part of a Node writable the CLI mode needs (process.stdout, a file stream, a test double). */
export interface OutStream {
  write(chunk: string, callback: (err?: Error | null) => void): boolean;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

export interface CliModeDeps {
  argv: readonly string[];
  stdout: OutStream;
  stderr: OutStream;
  env: CliIo['env'];
  platform: NodeJS.Platform;
  run: (argv: readonly string[], io: Omit<CliIo, 'lang'>) => Promise<number>;
  /** Ends the process: app.exit in Electron. Called exactly once. */
  exit: (code: number) => void;
  /** Opens a file for --cli-out / --cli-err (rejects when it cannot); the default creates or truncates it. */
  openFile?: (path: string) => Promise<FileOut>;
  /** Registers last-resort handlers; the default uses process.on. */
  onFatal?: (handler: (err: unknown) => void) => void;
  /** How long to wait for output to drain before exiting anyway (a console nobody reads). */
  flushTimeoutMs?: number;
}

export type FileOut = OutStream & { end(callback: () => void): unknown };

export class CliModeUsageError extends Error {}
class OutputFileError extends Error {}

/** The CLI's own argv (everything after `--cli`) without the CLI-mode options. */
export function parseCliModeArgs(argv: readonly string[]): { args: string[]; outFile?: string; errFile?: string } {
  const start = argv.indexOf('--cli');
  const rest = start >= 0 ? argv.slice(start + 1) : [];
  const args: string[] = [];
  const files: { outFile?: string; errFile?: string } = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    const match = /^--cli-(out|err)(?:=(.*))?$/su.exec(a);
    if (!match) {
      args.push(a);
      continue;
    }
    const value = match[2] ?? rest[++i];
    if (!value) throw new CliModeUsageError(`${a.split('=')[0] ?? a} needs a file path`);
    if (match[1] === 'out') files.outFile = value;
    else files.errFile = value;
  }
  return { args, ...files };
}

/** Wraps a stream so that writes can be awaited; after a write error (EPIPE: reader gone) it drops output. */
export function trackedWriter(stream: OutStream): {
  write(text: string): void;
  flushed(): Promise<void>;
  failed(): boolean;
} {
  let pending = 0;
  let broken = false;
  let waiters: (() => void)[] = [];
  const settle = () => {
    if (pending > 0) return;
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };
  stream.on('error', () => {
    broken = true;
  });
  return {
    write(text) {
      if (broken || text.length === 0) return;
      pending++;
      try {
        stream.write(text, (err) => {
          if (err) broken = true;
          pending--;
          settle();
        });
      } catch {
        broken = true;
        pending--;
      }
    },
    flushed: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    failed: () => broken,
  };
}

const defaultOpenFile = async (path: string): Promise<FileOut> =>
  (await open(path, 'w')).createWriteStream({ encoding: 'utf8' });

/** Opens the file before the command runs, so a bad path fails fast instead of after a long diagnosis. */
async function openOutput(path: string, opener: (path: string) => Promise<FileOut>): Promise<FileOut> {
  try {
    return await opener(path);
  } catch (e) {
    throw new OutputFileError(`cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Runs the CLI and exits with its code once stdout and stderr are flushed. */
export async function runCliMode(deps: CliModeDeps): Promise<void> {
  let exited = false;
  const exitOnce = (code: number) => {
    if (exited) return;
    exited = true;
    deps.exit(code);
  };
  const files: FileOut[] = [];
  let out = trackedWriter(deps.stdout);
  let err = trackedWriter(deps.stderr);
  const drain = async () => {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, deps.flushTimeoutMs ?? 5000).unref?.());
    await Promise.race([Promise.all([out.flushed(), err.flushed()]), timeout]);
    await Promise.race([Promise.all(files.map((f) => new Promise<void>((resolve) => f.end(resolve)))), timeout]);
  };
  (
    deps.onFatal ??
    ((h) => {
      process.on('uncaughtException', h);
      process.on('unhandledRejection', h);
    })
  )((e) => {
    err.write(`installer-doctor: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    void drain().then(() => exitOnce(ExitCode.Internal));
  });

  let code: number;
  try {
    const { args, outFile, errFile } = parseCliModeArgs(deps.argv);
    const opener = deps.openFile ?? defaultOpenFile;
    if (outFile) {
      const f = await openOutput(outFile, opener);
      files.push(f);
      out = trackedWriter(f);
    }
    if (errFile) {
      const f = await openOutput(errFile, opener);
      files.push(f);
      err = trackedWriter(f);
    }
    code = await deps.run(args, {
      out: (t) => out.write(t),
      err: (t) => err.write(t),
      env: deps.env,
      platform: deps.platform,
    });
  } catch (e) {
    if (e instanceof CliModeUsageError) {
      err.write(`installer-doctor: ${e.message}\n`);
      code = ExitCode.Usage;
    } else if (e instanceof OutputFileError) {
      err.write(`installer-doctor: ${e.message}\n`);
      code = ExitCode.BadInput;
    } else {
      err.write(`installer-doctor: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      code = ExitCode.Internal;
    }
  }
  await drain();
  // Output that could not be written (disk full, pipe closed) is not the result the caller asked for.
  if (code === ExitCode.Ok && files.length > 0 && out.failed()) code = ExitCode.BadInput;
  exitOnce(code);
}
