/**
 * Reads an msiexec.exe command line the way msiexec does: arguments split on spaces outside double
 * quotes, options start with / or -, case-insensitive. Used to tell what a running msiexec is doing
 * (install, uninstall, repair ...) and which package it holds. Standard options:
 * learn.microsoft.com/windows/win32/msi/command-line-options.
 */
import type { z } from 'zod';
import type { MsiexecAction } from '@shared/model/facts';

type Action = z.infer<typeof MsiexecAction>;

export function splitCommandLine(commandLine: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  let any = false;
  for (const ch of commandLine) {
    if (ch === '"') {
      quoted = !quoted;
      any = true;
    } else if (!quoted && (ch === ' ' || ch === '\t')) {
      if (any) args.push(current);
      current = '';
      any = false;
    } else {
      current += ch;
      any = true;
    }
  }
  if (any) args.push(current);
  return args;
}

const ACTIONS: readonly [RegExp, Action][] = [
  [/^[/-](?:i|package)$/iu, 'install'],
  [/^[/-](?:x|uninstall)$/iu, 'uninstall'],
  [/^[/-]f[a-z]*$/iu, 'repair'],
  [/^[/-]a$/iu, 'admin'],
  [/^[/-](?:p|update)$/iu, 'patch'],
  [/^[/-]j[mu]?$/iu, 'advertise'],
  [/^[/-]v$/iu, 'service'],
];

/** What an msiexec command line does, and the package or product it names. */
export function parseMsiexecCommandLine(commandLine: string | null): { action: Action; packagePath: string | null } {
  if (!commandLine) return { action: 'other', packagePath: null };
  const args = splitCommandLine(commandLine).slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const hit = ACTIONS.find(([re]) => re.test(arg));
    if (hit) return { action: hit[1], packagePath: hit[1] === 'service' ? null : (args[i + 1] ?? null) };
  }
  return { action: 'other', packagePath: null };
}
