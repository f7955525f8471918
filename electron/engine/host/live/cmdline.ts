/**
 * Windows has no argv: a process receives ONE command-line string and the callee splits it. These are
 * the splitting rules of the Microsoft C runtime and CommandLineToArgvW, as documented in "Parsing C++
 * command-line arguments" (learn.microsoft.com/cpp/c-language/parsing-c-command-line-arguments), and
 * the matching encoder (Colascione, "Everyone quotes command line arguments the wrong way"; libuv's
 * quote_cmd_arg does the same). security.md §3.1. Used for the tools we start through Start-Process
 * (reg.exe, sc.exe, icacls.exe), whose -ArgumentList is one pre-quoted string (security.md §3.4).
 * msiexec has its own parser: see msiexec-command.ts.
 */

const needsQuotes = (arg: string): boolean => arg === '' || /[ \t\n\v"]/u.test(arg);

/** Encodes one argument so that the CRT rules give it back unchanged. Never emits `""` inside quotes. */
export function quoteCrtArg(arg: string): string {
  if (!needsQuotes(arg)) return arg;
  let out = '"';
  let backslashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      backslashes++;
      continue;
    }
    if (ch === '"') {
      // 2n+1 backslashes then the quote: n literal backslashes and a literal quote.
      out += '\\'.repeat(backslashes * 2 + 1) + '"';
    } else out += '\\'.repeat(backslashes) + ch;
    backslashes = 0;
  }
  // Backslashes before the closing quote are doubled so the quote stays a delimiter.
  return `${out}${'\\'.repeat(backslashes * 2)}"`;
}

/** Joins arguments (not argv[0]) into the tail of a command line. */
export function joinCrtArgs(args: readonly string[]): string {
  return args.map(quoteCrtArg).join(' ');
}

/**
 * Reference decoder of the documented rules for arguments after argv[0] (UCRT behaviour): whitespace
 * separates; `"` toggles quoting; 2n backslashes + `"` -> n backslashes and a delimiter; 2n+1
 * backslashes + `"` -> n backslashes and a literal quote; other backslashes are literal; inside a
 * quoted region `""` is a literal quote (the 2008 change; the doc's erratum for `a"b"" c d`).
 */
export function parseCrtArgs(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === '\\') {
      let n = 0;
      while (line[i] === '\\') {
        n++;
        i++;
      }
      if (line[i] === '"') {
        current += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) {
          current += '"';
          i++;
        }
      } else current += '\\'.repeat(n);
      inArg = true;
      continue;
    }
    if (ch === '"') {
      inArg = true;
      if (quoted && line[i + 1] === '"') {
        current += '"';
        i += 2;
        continue;
      }
      quoted = !quoted;
      i++;
      continue;
    }
    if ((ch === ' ' || ch === '\t') && !quoted) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
      i++;
      continue;
    }
    current += ch;
    inArg = true;
    i++;
  }
  if (inArg) args.push(current);
  return args;
}
