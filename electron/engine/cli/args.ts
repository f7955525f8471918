/**
 * A small, strict argument parser: `--flag`, `--key value`, `--key=value`, repeated keys collect into
 * arrays, and anything unknown is a usage error rather than silently ignored.
 */
export interface ArgSpec {
  /** Options that take a value; `true` when they may repeat. */
  values?: Record<string, boolean>;
  /** Boolean flags. */
  flags?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string[]>;
  flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const out: ParsedArgs = { positionals: [], values: {}, flags: new Set() };
  const valueSpec = spec.values ?? {};
  const flagSpec = new Set(spec.flags ?? []);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (flagSpec.has(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      out.flags.add(name);
    } else if (Object.hasOwn(valueSpec, name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      const list = (out.values[name] ??= []);
      if (list.length > 0 && !valueSpec[name]) throw new UsageError(`--${name} may be given only once`);
      list.push(value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return out;
}

export const single = (args: ParsedArgs, name: string): string | undefined => args.values[name]?.[0];
