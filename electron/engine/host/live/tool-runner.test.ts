import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

type SpawnCall = { file: string; args: string[]; options: Record<string, unknown> };
const calls: SpawnCall[] = [];
let behaviour: (child: FakeChild) => void = (c) => c.finish(0);

class FakeChild extends EventEmitter {
  stdout = new PassThrough();
  stderr = new PassThrough();
  stdin = new PassThrough();
  killed = false;
  kill() {
    this.killed = true;
    setImmediate(() => this.emit('close', null));
    return true;
  }
  finish(code: number) {
    setImmediate(() => this.emit('close', code));
  }
}

vi.mock('node:child_process', () => ({
  spawn: (file: string, args: string[], options: Record<string, unknown>) => {
    calls.push({ file, args, options });
    const child = new FakeChild();
    behaviour(child);
    return child;
  },
}));

const { SpawnToolRunner, SYSTEM_TOOLS, systemRoot, toolEnvironment } = await import('./tool-runner');

const env = {
  SystemRoot: 'C:\\Windows',
  PATH: 'C:\\evil;C:\\Windows\\System32',
  NODE_OPTIONS: '--require evil.js',
  TEMP: 'C:\\Users\\a\\AppData\\Local\\Temp',
  ELECTRON_RUN_AS_NODE: '1',
  USERPROFILE: 'C:\\Users\\a',
};

describe('tool runner (security research §1.3, §2: no shell, absolute paths, allowlisted environment)', () => {
  it('starts tools by absolute System32 path, never a shell, never .bat/.cmd', async () => {
    const runner = new SpawnToolRunner(env);
    for (const tool of Object.keys(SYSTEM_TOOLS) as (keyof typeof SYSTEM_TOOLS)[]) {
      await runner.run({ tool, args: ['/?'], timeoutMs: 1000, maxOutputBytes: 1000 });
    }
    for (const call of calls) {
      expect(call.file).toMatch(/^C:\\Windows\\System32\\[\w\\.]+\.exe$/u);
      expect(call.file).not.toMatch(/cmd\.exe|\.bat$|\.cmd$/iu);
      expect(call.options).toMatchObject({ shell: false, windowsHide: true, windowsVerbatimArguments: false });
    }
  });

  it('passes only allowlisted variables and a System32-only PATH', () => {
    const e = toolEnvironment(env);
    expect(e).not.toHaveProperty('NODE_OPTIONS');
    expect(e).not.toHaveProperty('ELECTRON_RUN_AS_NODE');
    expect(e['PATH']).not.toContain('evil');
    expect(e['TEMP']).toBe(env.TEMP);
  });

  it('ignores a SystemRoot that is not a plain drive path', () => {
    expect(systemRoot({ SystemRoot: '\\\\attacker\\share' })).toBe('C:\\Windows');
    expect(systemRoot({ SystemRoot: 'C:\\Windows" & calc' })).toBe('C:\\Windows');
    expect(systemRoot({ SystemRoot: 'D:\\WINNT\\' })).toBe('D:\\WINNT');
  });

  it('kills the process at the output cap and reports truncation', async () => {
    behaviour = (c) => setImmediate(() => c.stdout.write(Buffer.alloc(4096, 65)));
    const r = await new SpawnToolRunner(env).run({ tool: 'whoami', args: [], timeoutMs: 5000, maxOutputBytes: 1024 });
    expect(r.truncated).toBe(true);
  });

  it('kills the process at the time limit and reports it', async () => {
    behaviour = () => {};
    const r = await new SpawnToolRunner(env).run({
      tool: 'sc',
      args: ['qc', 'msiserver'],
      timeoutMs: 20,
      maxOutputBytes: 1024,
    });
    expect(r.timedOut).toBe(true);
  });
});
