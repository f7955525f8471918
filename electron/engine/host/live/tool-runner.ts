/**
 * The only place that starts processes (a lint rule bans child_process elsewhere). It runs a closed set
 * of Windows tools by absolute System32 path, never through a shell (no cmd.exe, no .bat/.cmd), with a
 * hidden window, a time limit, an output cap and an allowlisted environment. Security research §1.3, §2.
 */
import { spawn } from 'node:child_process';

export const SYSTEM_TOOLS = {
  powershell: 'System32\\WindowsPowerShell\\v1.0\\powershell.exe',
  whoami: 'System32\\whoami.exe',
  sc: 'System32\\sc.exe',
  msiexec: 'System32\\msiexec.exe',
  shutdown: 'System32\\shutdown.exe',
} as const;
export type SystemTool = keyof typeof SYSTEM_TOOLS;

export interface ToolRequest {
  tool: SystemTool;
  args: readonly string[];
  /** Text written to the tool's standard input, then closed. */
  stdin?: string;
  timeoutMs: number;
  maxOutputBytes: number;
  /** Extra variables for this process only, on top of the allowlist. */
  env?: Readonly<Record<string, string>>;
}

export interface ToolResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
  /** Set when the process could not be started at all. */
  spawnError?: string;
}

/** Anything that can run a tool; tests pass a recording fake. */
export interface ToolRunner {
  run(request: ToolRequest): Promise<ToolResult>;
}

const ENV_ALLOWLIST = [
  'SystemRoot',
  'windir',
  'SystemDrive',
  'TEMP',
  'TMP',
  'USERPROFILE',
  'USERNAME',
  'USERDOMAIN',
  'COMPUTERNAME',
  'LOCALAPPDATA',
  'APPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'PROCESSOR_ARCHITECTURE',
  'NUMBER_OF_PROCESSORS',
] as const;

/** C:\Windows from SystemRoot, accepted only when it looks like a plain drive path. */
export function systemRoot(env: Readonly<Record<string, string | undefined>>): string {
  const candidate = env['SystemRoot'] ?? env['SYSTEMROOT'] ?? '';
  return /^[A-Za-z]:\\[^"<>|?*\r\n]{1,200}$/u.test(candidate)
    ? candidate.endsWith('\\')
      ? candidate.slice(0, -1)
      : candidate
    : 'C:\\Windows';
}

export function toolPath(tool: SystemTool, env: Readonly<Record<string, string | undefined>>): string {
  return `${systemRoot(env)}\\${SYSTEM_TOOLS[tool]}`;
}

/** The environment a tool sees: the allowlist from ours, PATH limited to System32, plus extras. */
export function toolEnvironment(
  parent: Readonly<Record<string, string | undefined>>,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ENV_ALLOWLIST) {
    const value = parent[name];
    if (value !== undefined) env[name] = value;
  }
  const root = systemRoot(parent);
  env['PATH'] = `${root}\\System32;${root};${root}\\System32\\WindowsPowerShell\\v1.0`;
  return { ...env, ...extra };
}

export class SpawnToolRunner implements ToolRunner {
  constructor(private readonly env: Readonly<Record<string, string | undefined>> = process.env) {}

  run(request: ToolRequest): Promise<ToolResult> {
    return new Promise((resolve) => {
      const chunks: { out: Buffer[]; err: Buffer[] } = { out: [], err: [] };
      let size = 0;
      let truncated = false;
      let timedOut = false;
      const child = spawn(toolPath(request.tool, this.env), [...request.args], {
        shell: false,
        windowsHide: true,
        windowsVerbatimArguments: false,
        env: toolEnvironment(this.env, request.env),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill();
      }, request.timeoutMs);
      const collect = (bucket: Buffer[]) => (data: Buffer) => {
        size += data.length;
        if (size > request.maxOutputBytes) {
          truncated = true;
          child.kill();
          return;
        }
        bucket.push(data);
      };
      child.stdout.on('data', collect(chunks.out));
      child.stderr.on('data', collect(chunks.err));
      child.on('error', (err) => {
        clearTimeout(timer);
        resolve({ exitCode: null, stdout: '', stderr: '', timedOut: false, truncated: false, spawnError: err.message });
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({
          exitCode: code,
          stdout: Buffer.concat(chunks.out).toString('utf8'),
          stderr: Buffer.concat(chunks.err).toString('utf8'),
          timedOut,
          truncated,
        });
      });
      child.stdin.end(request.stdin ?? '');
    });
  }
}
