import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ToolRequest, ToolResult, ToolRunner } from './tool-runner';
import { SYSTEM_TOOLS } from './tool-runner';
import { LiveOperations } from './live-operations';
import { operationCommand } from './op-commands';
import type { HostOperation } from '../operations';

const decodeUtf16 = (b64: string): string => Buffer.from(b64, 'base64').toString('utf16le');
const scriptOf = (req: ToolRequest): string => decodeUtf16(req.args[req.args.indexOf('-EncodedCommand') + 1] ?? '');
/** Every base64 literal a generated script decodes, decoded. */
const literals = (script: string): string[] =>
  [...script.matchAll(/\(D '([A-Za-z0-9+/=]*)'\)/gu)].map((m) => decodeUtf16(m[1] ?? ''));

/** A fake Windows: records requests and plays the part of PowerShell for the step scripts. */
class FakeRunner implements ToolRunner {
  requests: ToolRequest[] = [];
  constructor(private readonly behave: (script: string, req: ToolRequest) => Promise<number>) {}
  async run(req: ToolRequest): Promise<ToolResult> {
    this.requests.push(req);
    return {
      exitCode: await this.behave(scriptOf(req), req),
      stdout: '',
      stderr: '',
      timedOut: false,
      truncated: false,
    };
  }
}

/** Finds the step script (directly or behind the hash-pinned elevated bootstrap) and reports every step done. */
async function completeSteps(script: string): Promise<string> {
  let steps = script;
  const boot = /-EncodedCommand ([A-Za-z0-9+/=]+)'/u.exec(script)?.[1];
  if (boot) {
    const path = decodeUtf16(/FromBase64String\('([A-Za-z0-9+/=]+)'\)\)\)/u.exec(decodeUtf16(boot))?.[1] ?? '');
    steps = await readFile(path, 'utf8');
  }
  const result = literals(steps)[0] ?? '';
  const count = [...steps.matchAll(/Mark (\d+) 'done'/gu)].length;
  await writeFile(result, Array.from({ length: count }, (_, i) => `{"i":${i},"status":"done"}\n`).join(''));
  return steps;
}

const NASTY = "C:\\Users\\alex\\Tom & Jerry %PATH% !x! ^ ' ` $(calc) ; 小明 🚀\\Temp";
let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-ops-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('LiveOperations (security.md §2.5, §2.6, §3.6)', () => {
  it('runs elevated steps in ONE Start-Process -Verb RunAs, pinned by SHA-256, with user data only as base64', async () => {
    const seen: string[] = [];
    const runner = new FakeRunner(async (script) => {
      seen.push(script, await completeSteps(script));
      return 0;
    });
    const ops: HostOperation[] = [
      { kind: 'createDirectory', path: 'C:\\Windows\\Temp' },
      {
        kind: 'setRegistryValue',
        hive: 'HKLM',
        key: 'SOFTWARE\\Policies\\Microsoft\\Windows\\Installer',
        name: 'Logging',
        view: '64',
        value: { type: 'REG_SZ', data: NASTY },
      },
    ];
    const outcomes = await new LiveOperations(runner, dir).applyBatch(ops);
    expect(outcomes).toEqual([{ status: 'done' }, { status: 'done' }]);
    expect(runner.requests).toHaveLength(1);
    expect(runner.requests[0]?.tool).toBe('powershell');
    const [launcher, steps] = seen as [string, string];
    expect(launcher).toContain('-Verb RunAs -PassThru -Wait');
    expect(launcher).toContain('NativeErrorCode -eq 1223');
    expect(steps).not.toContain('Tom & Jerry');
    expect(literals(steps).some((l) => l.includes(NASTY))).toBe(true);
  });

  it('maps exit code 1223 to declined, not failed', async () => {
    const runner = new FakeRunner(async () => 1223);
    const outcome = await new LiveOperations(runner, dir).apply({
      kind: 'controlService',
      name: 'msiserver',
      action: 'start',
    });
    expect(outcome).toEqual({ status: 'declined' });
  });

  it('keeps HKCU steps unelevated and HKLM steps elevated (two runs, one prompt)', async () => {
    const runner = new FakeRunner(async (script) => {
      await completeSteps(script);
      return 0;
    });
    await new LiveOperations(runner, dir).applyBatch([
      {
        kind: 'deleteRegistryValue',
        hive: 'HKLM',
        key: 'Software\\Policies\\Microsoft\\Windows\\Installer',
        name: 'AlwaysInstallElevated',
        view: '64',
      },
      {
        kind: 'deleteRegistryValue',
        hive: 'HKCU',
        key: 'Software\\Policies\\Microsoft\\Windows\\Installer',
        name: 'AlwaysInstallElevated',
        view: '64',
      },
    ]);
    const scripts = runner.requests.map(scriptOf);
    expect(scripts.filter((s) => s.includes('-Verb RunAs'))).toHaveLength(1);
    expect(scripts[1]).not.toContain('-Verb RunAs');
  });

  it('allows one elevation at a time (E_ELEVATION_BUSY)', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const runner = new FakeRunner(async (script) => {
      await gate;
      await completeSteps(script);
      return 0;
    });
    const ops = new LiveOperations(runner, dir);
    const first = ops.apply({ kind: 'reregisterInstaller' });
    const second = await ops.apply({ kind: 'controlService', name: 'msiserver', action: 'start' });
    expect(second.status === 'failed' && second.error.startsWith('E_ELEVATION_BUSY')).toBe(true);
    release();
    expect(await first).toEqual({ status: 'done' });
  });

  it('elevates msiexec directly, resolves mapped drives to UNC before elevation, returns its exit code', async () => {
    const runner = new FakeRunner(async () => 1603);
    const outcome = await new LiveOperations(runner, dir).apply({
      kind: 'runMsiexec',
      args: ['/i', 'Z:\\Setup & Co\\app.msi', '/qb', '/norestart', '/L*v', 'C:\\Logs\\a.log'],
      elevated: true,
      logPath: 'C:\\Logs\\a.log',
    });
    expect(outcome).toEqual({ status: 'done', exitCode: 1603 });
    const script = scriptOf(runner.requests[0] as ToolRequest);
    expect(script).toContain('Win32_LogicalDisk');
    expect(script).toContain('-Verb RunAs -PassThru -Wait');
    expect(script).not.toContain('Setup & Co');
    expect(literals(script)).toContain('Z:\\Setup & Co\\app.msi');
  });

  it('refuses an unsafe package path without starting anything', async () => {
    const runner = new FakeRunner(async () => 0);
    const outcome = await new LiveOperations(runner, dir).apply({
      kind: 'runMsiexec',
      args: ['/i', 'C:\\a".msi', '/qb', '/L*v', 'C:\\l.log'],
      elevated: true,
      logPath: 'C:\\l.log',
    });
    expect(outcome.status).toBe('failed');
    expect(runner.requests).toHaveLength(0);
  });
});

describe('no code path reaches cmd.exe (security.md §3.2, BatBadBut)', () => {
  const everyOperation: HostOperation[] = [
    { kind: 'createDirectory', path: 'C:\\Windows\\Temp' },
    { kind: 'removeEmptyDirectory', path: 'C:\\Windows\\Temp' },
    { kind: 'movePath', from: 'C:\\Windows\\Temp', to: 'C:\\Windows\\Temp.bak' },
    {
      kind: 'setAcl',
      path: 'C:\\Windows\\Temp',
      acl: [{ sid: 'S-1-5-18', rights: 0x1f01ff, type: 'allow', inherited: false, inheritance: 3 }],
      ownerSid: 'S-1-5-18',
    },
    { kind: 'setRegistryValue', hive: 'HKLM', key: 'K', name: 'N', view: '64', value: { type: 'REG_DWORD', data: 1 } },
    { kind: 'deleteRegistryValue', hive: 'HKLM', key: 'K', name: 'N', view: '32' },
    { kind: 'deleteEmptyRegistryKey', hive: 'HKCU', key: 'K', view: '64' },
    { kind: 'setServiceStartType', name: 'msiserver', startType: 3 },
    { kind: 'setServiceImagePath', name: 'msiserver', imagePath: 'C:\\WINDOWS\\system32\\msiexec.exe /V' },
    { kind: 'setServiceConfig', name: 'msiserver', startType: 3, imagePath: 'x', account: 'LocalSystem' },
    { kind: 'controlService', name: 'msiserver', action: 'stop' },
    { kind: 'reregisterInstaller' },
    {
      kind: 'runMsiexec',
      args: ['/i', 'C:\\a.msi', '/qb', '/L*v', 'C:\\a.log'],
      elevated: false,
      logPath: 'C:\\a.log',
      env: { TEMP: 'C:\\t', TMP: 'C:\\t' },
    },
    { kind: 'restartComputer' },
  ];

  it.each(everyOperation.map((op) => [op.kind, op] as const))('%s uses no cmd.exe, .bat or .cmd', (_kind, op) => {
    const c = operationCommand(op);
    const text = `${c.display}\n${c.fragment.join('\n')}`.toLowerCase();
    expect(text).not.toMatch(/\bcmd(?:\.exe)?\b|\.bat\b|\.cmd\b|command\.com/u);
  });

  it('the tool runner knows no shell and the source never spawns one', async () => {
    expect(Object.values(SYSTEM_TOOLS).join(' ').toLowerCase()).not.toMatch(/cmd|\.bat/u);
    const root = join(import.meta.dirname, '..', '..', '..');
    const files: string[] = [];
    const walk = async (d: string): Promise<void> => {
      for (const e of await readdir(d, { withFileTypes: true })) {
        if (e.isDirectory()) await walk(join(d, e.name));
        else if (/\.ts$/u.test(e.name) && !e.name.endsWith('.test.ts')) files.push(join(d, e.name));
      }
    };
    await walk(root);
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = await readFile(f, 'utf8');
      expect({
        f: relative(root, f),
        cmd: /['"`]cmd(?:\.exe)?['"`]|comspec|shell:\s*true|\bexecSync?\(|\bexecFile(?:Sync)?\(/iu.test(text),
      }).toEqual({ f: relative(root, f), cmd: false });
      if (/from ['"](?:node:)?child_process['"]/u.test(text))
        expect(relative(root, f)).toBe(join('engine', 'host', 'live', 'tool-runner.ts'));
    }
  });
});
