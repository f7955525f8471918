/**
 * Finds log files worth analyzing on the machine, through the WindowsHost only (so it runs the same on
 * the live machine and on a simulated one). Where logs land:
 * - MSI*.LOG in the user's %TEMP%: the Logging policy and `msiexec /L*v` without a path
 *   (msdocs/logging.md: "the installer creates a log file in %temp% with the random name: MSI*.LOG");
 * - MSI*.LOG in C:\Windows\Temp: the same for installs run as SYSTEM (deployment tools, the service side);
 * - C:\Windows\Logs\Software: where deployment tools (Intune, SCCM scripts) keep install logs.
 */
import type { WindowsHost } from '../host/windows-host';

export interface CandidateLog {
  path: string;
  size: number;
  /** ISO time of last change. */
  modified: string;
  folder: 'user-temp' | 'windows-temp' | 'logs-software';
}

export interface FindLogsOptions {
  signal?: AbortSignal;
  /** Per folder, at most this many files (default 50). */
  limitPerFolder?: number;
}

const trimSlash = (p: string): string => p.replace(/[\\/]+$/u, '');

/** Candidate logs, newest first. Folders that cannot be read are skipped, never thrown. */
export async function findCandidateLogs(host: WindowsHost, options: FindLogsOptions = {}): Promise<CandidateLog[]> {
  const collectOptions = options.signal ? { signal: options.signal } : {};
  const [env] = await host.collect([{ kind: 'env', names: ['TEMP', 'SystemRoot'] }], collectOptions);
  const values =
    env?.ok && env.kind === 'env' ? (env.answer as { values: Record<string, { expanded: string | null }> }).values : {};
  const windows = trimSlash(values['SystemRoot']?.expanded ?? 'C:\\Windows');
  const folders: { path: string; pattern: string; folder: CandidateLog['folder'] }[] = [];
  const userTemp = values['TEMP']?.expanded;
  if (userTemp) folders.push({ path: trimSlash(userTemp), pattern: 'MSI*.LOG', folder: 'user-temp' });
  folders.push({ path: `${windows}\\Temp`, pattern: 'MSI*.LOG', folder: 'windows-temp' });
  folders.push({ path: `${windows}\\Logs\\Software`, pattern: '*.log', folder: 'logs-software' });
  const limit = options.limitPerFolder ?? 50;
  const outcomes = await host.collect(
    folders.map((f) => ({ kind: 'listFiles' as const, path: f.path, pattern: f.pattern, limit })),
    collectOptions,
  );
  const seen = new Set<string>();
  const found: CandidateLog[] = [];
  outcomes.forEach((o, i) => {
    if (!o.ok || o.kind !== 'listFiles') return;
    const folder = folders[i]?.folder ?? 'user-temp';
    for (const f of (o.answer as { files: { path: string; size: number; modified: string }[] }).files) {
      const key = f.path.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ path: f.path, size: f.size, modified: f.modified, folder });
    }
  });
  return found.sort((a, b) => Date.parse(b.modified) - Date.parse(a.modified) || a.path.localeCompare(b.path));
}
