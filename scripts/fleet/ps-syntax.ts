/**
 * A small PowerShell 5.1 syntax check for the fleet scripts, written because this Linux machine has no
 * PowerShell (Debian does not package it and the npm `pwsh` package downloads it from GitHub, which is
 * unreachable here). It is not a parser: it tokenizes enough of the language to prove that brackets,
 * strings, here-strings and comments are balanced and terminated, that param blocks are well-formed,
 * and it flags constructs that would break on Windows PowerShell 5.1 or that the project bans
 * (cmd.exe, .bat/.cmd, Invoke-Expression). A real parse
 * ([System.Management.Automation.Language.Parser]::ParseFile) is still due on a Windows runner.
 */

export interface ScanResult {
  errors: string[];
  /** The text with comments removed and string contents blanked (quotes kept), same length and lines. */
  code: string;
  /** The text with only comments removed: code and string literals, for the banned-command check. */
  noComments: string;
  /** Contents of single-quoted here-strings (@' ... '@), which the fleet scripts use for remote code. */
  hereStrings: string[];
}

type Ctx =
  | { kind: 'code'; brackets: { ch: string; line: number }[]; closeOnParen: boolean; line: number }
  | { kind: 'dq'; line: number };

const PAIRS: Record<string, string> = { ')': '(', '}': '{', ']': '[' };

/** Tokenizes PowerShell text far enough to check nesting and termination. */
export function scanPowerShell(text: string): ScanResult {
  const errors: string[] = [];
  const out = text.split('');
  const outNoComments = text.split('');
  const hereStrings: string[] = [];
  const stack: Ctx[] = [{ kind: 'code', brackets: [], closeOnParen: false, line: 1 }];
  let line = 1;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const blankComment = (from: number, to: number) => {
    blank(from, to);
    for (let k = from; k < to; k++) if (outNoComments[k] !== '\n') outNoComments[k] = ' ';
  };
  const countLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (text[k] === '\n') line++;
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    const next = text[i + 1] ?? '';
    const top = stack[stack.length - 1];
    if (!top) break;
    if (top.kind === 'dq') {
      if (c === '`') {
        blank(i, i + 2);
        countLines(i, i + 2);
        i += 2;
      } else if (c === '"' && next === '"') {
        blank(i, i + 2);
        i += 2;
      } else if (c === '"') {
        stack.pop();
        i++;
      } else if (c === '$' && next === '(') {
        stack.push({ kind: 'code', brackets: [], closeOnParen: true, line });
        i += 2;
      } else {
        if (c === '\n') line++;
        else out[i] = ' ';
        i++;
      }
      continue;
    }
    // Code context.
    if (c === '<' && next === '#') {
      const end = text.indexOf('#>', i + 2);
      if (end < 0) {
        errors.push(`line ${line}: block comment <# is never closed`);
        blankComment(i, text.length);
        break;
      }
      blankComment(i, end + 2);
      countLines(i, end + 2);
      i = end + 2;
    } else if (c === '#') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blankComment(i, stop);
      i = stop;
    } else if (c === '`') {
      countLines(i, i + 2);
      i += 2;
    } else if (c === '@' && (next === "'" || next === '"') && /^[ \t]*\r?\n/u.test(text.slice(i + 2))) {
      const quote = next;
      const bodyStart = text.indexOf('\n', i) + 1;
      const closer = new RegExp(`^${quote}@`, 'mu');
      const m = closer.exec(text.slice(bodyStart));
      if (!m) {
        errors.push(`line ${line}: here-string @${quote} is never closed (the closing ${quote}@ must start a line)`);
        blank(i, text.length);
        break;
      }
      const end = bodyStart + m.index;
      if (quote === "'") hereStrings.push(text.slice(bodyStart, end));
      blank(i + 2, end);
      countLines(i, end + 2);
      i = end + 2;
    } else if (c === "'") {
      let j = i + 1;
      for (;;) {
        const k = text.indexOf("'", j);
        if (k < 0) {
          j = -1;
          break;
        }
        if (text[k + 1] === "'") {
          j = k + 2;
          continue;
        }
        j = k;
        break;
      }
      if (j < 0) {
        errors.push(`line ${line}: single-quoted string is never closed`);
        blank(i + 1, text.length);
        break;
      }
      blank(i + 1, j);
      countLines(i, j);
      i = j + 1;
    } else if (c === '"') {
      stack.push({ kind: 'dq', line });
      i++;
    } else if (c === '(' || c === '{' || c === '[') {
      top.brackets.push({ ch: c, line });
      i++;
    } else if (c === ')' || c === '}' || c === ']') {
      const open = top.brackets.pop();
      if (!open) {
        if (c === ')' && top.closeOnParen) stack.pop();
        else errors.push(`line ${line}: '${c}' closes nothing`);
      } else if (open.ch !== PAIRS[c]) {
        errors.push(`line ${line}: '${c}' closes '${open.ch}' opened on line ${open.line}`);
      }
      i++;
    } else {
      if (c === '\n') line++;
      i++;
    }
  }
  for (const ctx of stack.slice(1)) {
    errors.push(
      ctx.kind === 'dq'
        ? `line ${ctx.line}: double-quoted string is never closed`
        : `line ${ctx.line}: $( is never closed`,
    );
  }
  const root = stack[0];
  if (root?.kind === 'code') for (const b of root.brackets) errors.push(`line ${b.line}: '${b.ch}' is never closed`);
  return { errors, code: out.join(''), noComments: outNoComments.join(''), hereStrings };
}

/** Splits on commas that are not nested in brackets (strings are already blanked in `code`). */
function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** The text inside the parentheses that open at `open` (an index of '(' in blanked code). */
function parenBody(code: string, open: number): string | null {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return code.slice(open + 1, i);
  }
  return null;
}

/** One param entry: any number of [attribute(...)] / [type] groups, then $Name, then an optional default. */
function isParamEntry(entry: string): boolean {
  let rest = entry.trim();
  while (rest.startsWith('[')) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '[') depth++;
      else if (rest[i] === ']' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) return false;
    rest = rest.slice(end + 1).trimStart();
  }
  return /^\$[A-Za-z_]\w*(?:\s*=[\s\S]+)?$/u.test(rest);
}

/** Every param(...) block: each entry is attributes/types followed by one $Name and an optional default. */
export function checkParamBlocks(code: string): string[] {
  const errors: string[] = [];
  for (const m of code.matchAll(/\bparam\s*\(/giu)) {
    const line = code.slice(0, m.index).split('\n').length;
    const body = parenBody(code, (m.index ?? 0) + m[0].length - 1);
    if (body === null) {
      errors.push(`line ${line}: param( is never closed`);
      continue;
    }
    if (body.trim() === '') continue;
    for (const entry of splitTopLevel(body)) {
      if (!isParamEntry(entry))
        errors.push(`line ${line}: malformed param entry "${entry.trim().replace(/\s+/gu, ' ')}"`);
    }
  }
  return errors;
}

/** A script-level param block (one outside any braces) must be the first statement. */
export function checkScriptParamPosition(code: string): string[] {
  const errors: string[] = [];
  for (const m of code.matchAll(/\bparam\s*\(/giu)) {
    const before = code.slice(0, m.index);
    const depth = (before.match(/\{/gu) ?? []).length - (before.match(/\}/gu) ?? []).length;
    if (depth !== 0) continue;
    const preamble = before.replace(/\[CmdletBinding\([^)]*\)\]/giu, '').trim();
    if (preamble !== '')
      errors.push(`line ${before.split('\n').length}: the script-level param block is not the first statement`);
  }
  return errors;
}

const BANNED: { re: RegExp; why: string }[] = [
  { re: /\bcmd\.exe\b|\bcmd(?=\s+\/[ck]\b)/iu, why: 'cmd.exe is never used' },
  { re: /\.(?:bat|cmd)\b/iu, why: '.bat/.cmd files are never used' },
  { re: /\b(?:Invoke-Expression|iex)\b/iu, why: 'Invoke-Expression runs strings as code' },
  { re: /-EncodedCommand\b/iu, why: 'no encoded commands in admin-readable scripts' },
];

const PS7_ONLY: { re: RegExp; why: string }[] = [
  { re: /\?\?=?/u, why: 'null-coalescing ?? needs PowerShell 7' },
  { re: /\?\./u, why: 'null-conditional ?. needs PowerShell 7' },
  { re: /&&|\|\|/u, why: 'pipeline chain operators && / || need PowerShell 7' },
  { re: /\s\?\s[^:\n]+\s:\s/u, why: 'the ternary operator needs PowerShell 7' },
  { re: /-Parallel\b/iu, why: 'ForEach-Object -Parallel needs PowerShell 7' },
  { re: /-AsHashtable\b/iu, why: 'ConvertFrom-Json -AsHashtable needs PowerShell 6' },
  { re: /ConvertFrom-Json[^\n|]*-Depth\b/iu, why: 'ConvertFrom-Json -Depth needs PowerShell 6.2' },
  { re: /\b(?:Join-String|Get-Error|ConvertTo-CliXml)\b|\$PSStyle\b/iu, why: 'not in Windows PowerShell 5.1' },
];

const PATH_CMDLETS = /\b(?:Test-Path|Copy-Item|Remove-Item|Get-Item|Get-Content|Set-Content|Get-ChildItem)\b[^\n]*/giu;

/** All checks for one script; returns the problems, each with a line number where it has one. */
export function checkPowerShellScript(text: string): string[] {
  const errors: string[] = [];
  const lineOf = (code: string, index: number) => code.slice(0, index).split('\n').length;
  const nonAscii = [...text].findIndex(
    (ch) => ch.charCodeAt(0) > 0x7e || (ch.charCodeAt(0) < 0x20 && !'\n\r\t'.includes(ch)),
  );
  if (nonAscii >= 0)
    errors.push(
      `line ${lineOf(text, nonAscii)}: non-ASCII or control character (PowerShell 5.1 reads BOM-less scripts in the ANSI code page)`,
    );
  const scan = scanPowerShell(text);
  errors.push(...scan.errors);
  if (scan.errors.length > 0) return errors;
  // Banned commands are looked for in code and in string literals, never in comments.
  const codeAndStrings = scan.noComments;
  for (const { re, why } of BANNED) {
    const m = re.exec(codeAndStrings);
    if (m) errors.push(`line ${lineOf(codeAndStrings, m.index)}: ${why}: "${m[0]}"`);
  }
  for (const { re, why } of PS7_ONLY) {
    const m = re.exec(scan.code);
    if (m) errors.push(`line ${lineOf(scan.code, m.index)}: ${why}`);
  }
  for (const m of scan.code.matchAll(PATH_CMDLETS)) {
    if (!/-LiteralPath\b/iu.test(m[0]) && !/\bfunction:/iu.test(text.slice(m.index, m.index + m[0].length))) {
      errors.push(
        `line ${lineOf(scan.code, m.index)}: use -LiteralPath (paths may contain [ ] or *): "${m[0].trim()}"`,
      );
    }
  }
  errors.push(...checkParamBlocks(scan.code));
  errors.push(...checkScriptParamPosition(scan.code));
  for (const body of scan.hereStrings) {
    if (/\bparam\s*\(|\bfunction\b|\$\w+\s*=/iu.test(body))
      errors.push(...checkPowerShellScript(body).map((e) => `here-string: ${e}`));
  }
  return errors;
}
