/** Small typed helpers over host.collect for planning fixes. */
import type { AnswerOf, HostQuery, QueryKind } from '../host/queries';
import type { WindowsHost } from '../host/windows-host';

export class FactError extends Error {}

export async function ask<K extends QueryKind>(
  host: WindowsHost,
  query: HostQuery & { kind: K },
): Promise<AnswerOf<K>> {
  const [outcome] = await host.collect([query]);
  if (!outcome || !outcome.ok) throw new FactError(outcome && !outcome.ok ? outcome.error : 'no answer');
  return outcome.answer as AnswerOf<K>;
}

export async function envValue(host: WindowsHost, name: string): Promise<string | null> {
  const env = await ask(host, { kind: 'env', names: [name] });
  return env.values[name]?.expanded ?? null;
}

/** C:\Windows, from SystemRoot when the machine reports it. */
export async function windowsDir(host: WindowsHost): Promise<string> {
  const root = await envValue(host, 'SystemRoot');
  return root && /^[a-z]:\\[^\\]+$/iu.test(root)
    ? `${root.slice(0, 3)}${root.slice(3, 4).toUpperCase()}${root.slice(4).toLowerCase()}`
    : 'C:\\Windows';
}

/** %LOCALAPPDATA%, or %USERPROFILE%\AppData\Local. */
export async function localAppData(host: WindowsHost): Promise<string> {
  const direct = await envValue(host, 'LOCALAPPDATA');
  if (direct) return direct;
  const profile = await envValue(host, 'USERPROFILE');
  if (!profile) throw new FactError('The user profile folder is unknown.');
  return `${profile}\\AppData\\Local`;
}

/** A timestamp safe inside a file name: 20261121-100000. */
export function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/gu, '').replace('T', '-').slice(0, 15);
}
