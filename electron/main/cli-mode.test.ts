import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliModeArgs, runCliMode, trackedWriter, type CliModeDeps, type OutStream } from './cli-mode';

/** A stream whose write callbacks fire later, like a Windows console (asynchronous TTY writes). */
function slowStream(delayMs = 20, failWith?: Error) {
  const written: string[] = [];
  const events: string[] = [];
  const stream: OutStream = {
    write(chunk, callback) {
      setTimeout(() => {
        if (!failWith) written.push(chunk);
        events.push('flushed');
        callback(failWith ?? null);
      }, delayMs);
      return true;
    },
    on: () => stream,
  };
  return { stream, written, events };
}

function deps(
  over: Partial<CliModeDeps> & { code?: number; text?: string },
): CliModeDeps & { exits: number[]; events: string[] } {
  const exits: number[] = [];
  const events: string[] = [];
  const out = slowStream();
  const err = slowStream();
  return {
    argv: ['InstallerDoctor.exe', '--cli', 'list', '--json'],
    stdout: out.stream,
    stderr: err.stream,
    env: {},
    platform: 'win32',
    run: async (_argv, io) => {
      io.out(over.text ?? '{"ok":true}\n');
      return over.code ?? 0;
    },
    exit: (code) => {
      exits.push(code);
      events.push(...out.events.map((e) => `out:${e}`), 'exit');
    },
    onFatal: () => undefined,
    ...over,
    exits,
    events,
  };
}

describe('parseCliModeArgs', () => {
  it("passes on only what follows --cli (Chromium switches before it are not the CLI's)", () => {
    expect(parseCliModeArgs(['app.exe', '--no-sandbox', '--cli', 'diagnose', '--json'])).toEqual({
      args: ['diagnose', '--json'],
    });
  });

  it('takes --cli-out/--cli-err out of the arguments, in both spellings, wherever they are', () => {
    expect(
      parseCliModeArgs([
        'app.exe',
        '--cli',
        '--cli-out',
        'C:\\Temp\\a b.json',
        'diagnose',
        '--cli-err=C:\\Temp\\e.txt',
        '--json',
      ]),
    ).toEqual({
      args: ['diagnose', '--json'],
      outFile: 'C:\\Temp\\a b.json',
      errFile: 'C:\\Temp\\e.txt',
    });
  });

  it('rejects --cli-out without a path', () => {
    expect(() => parseCliModeArgs(['app.exe', '--cli', 'list', '--cli-out'])).toThrow(/needs a file path/u);
    expect(() => parseCliModeArgs(['app.exe', '--cli', '--cli-out='])).toThrow(/needs a file path/u);
  });
});

describe('trackedWriter', () => {
  it('resolves flushed() only after every write callback ran', async () => {
    const s = slowStream(15);
    const w = trackedWriter(s.stream);
    w.write('a');
    w.write('b');
    await w.flushed();
    expect(s.written).toEqual(['a', 'b']);
  });

  it('stops writing after an EPIPE (the reading end went away) and still flushes', async () => {
    const s = slowStream(1, Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    const w = trackedWriter(s.stream);
    w.write('a');
    await w.flushed();
    expect(w.failed()).toBe(true);
    w.write('b');
    await w.flushed();
    expect(s.events).toEqual(['flushed']);
  });
});

describe('runCliMode', () => {
  it('exits with the CLI code only after stdout has been flushed', async () => {
    const d = deps({ code: 1 });
    await runCliMode(d);
    expect(d.exits).toEqual([1]);
    expect(d.events).toEqual(['out:flushed', 'exit']);
  });

  it('passes the CLI its arguments without the CLI-mode options', async () => {
    let seen: readonly string[] = [];
    const d = deps({
      argv: ['x.exe', '--cli', '--cli-err', join(tmpdir(), 'never-opened.txt'), 'list'],
      openFile: async () => ({ ...slowStream().stream, end: (cb: () => void) => cb() }),
      run: async (argv) => {
        seen = argv;
        return 0;
      },
    });
    await runCliMode(d);
    expect(seen).toEqual(['list']);
  });

  it('writes stdout to --cli-out (for the portable stub, which passes no handles on)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'id-cli-'));
    try {
      const file = join(dir, 'out.json');
      const d = deps({
        argv: ['x.exe', '--cli', '--cli-out', file, 'list', '--json'],
        code: 0,
        text: '{"checks":[]}\n',
      });
      await runCliMode(d);
      expect(d.exits).toEqual([0]);
      expect(readFileSync(file, 'utf8')).toBe('{"checks":[]}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 3 when --cli-out cannot be written', async () => {
    const d = deps({
      argv: ['x.exe', '--cli', '--cli-out', join(tmpdir(), 'no-such-dir-id', 'x', 'out.json'), 'list'],
      code: 0,
    });
    let ran = false;
    d.run = async () => {
      ran = true;
      return 0;
    };
    await runCliMode(d);
    expect(d.exits).toEqual([3]);
    expect(ran).toBe(false);
  });

  it('exits 2 on a malformed CLI-mode option and 10 when the CLI throws', async () => {
    const usage = deps({ argv: ['x.exe', '--cli', 'list', '--cli-out'] });
    await runCliMode(usage);
    expect(usage.exits).toEqual([2]);
    const broken = deps({
      run: async () => {
        throw new Error('boom');
      },
    });
    await runCliMode(broken);
    expect(broken.exits).toEqual([10]);
  });

  it('turns an uncaught exception into exit code 10 instead of an error dialog, and exits once', async () => {
    let fatal: ((e: unknown) => void) | undefined;
    let release: () => void = () => undefined;
    const d = deps({
      onFatal: (h) => {
        fatal = h;
      },
      run: () =>
        new Promise<number>((resolve) => {
          release = () => resolve(0);
        }),
    });
    const running = runCliMode(d);
    fatal?.(new Error('late failure'));
    await new Promise((r) => setTimeout(r, 50));
    expect(d.exits).toEqual([10]);
    release();
    await running;
    expect(d.exits).toEqual([10]);
  });
});
