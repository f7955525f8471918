/** Windows path helpers for the simulated file system (case-insensitive, backslash-separated). */

/** Normalizes a path to the key the model stores it under: backslashes, lower case, no trailing slash. */
export function pathKey(path: string): string {
  let p = path.replaceAll('/', '\\');
  while (p.length > 3 && p.endsWith('\\')) p = p.slice(0, -1);
  return p.toLowerCase();
}

export function parentKey(key: string): string | null {
  const i = key.lastIndexOf('\\');
  if (i <= 2) return key.length > 3 ? key.slice(0, 3) : null;
  return key.slice(0, i);
}

/** "C:" for "C:\\Windows\\Temp". */
export function driveOf(path: string): string {
  return path.slice(0, 2).toUpperCase();
}

export function baseName(path: string): string {
  const p = path.replaceAll('/', '\\');
  return p.slice(p.lastIndexOf('\\') + 1);
}

/** Matches a Windows wildcard (`*`, `?`) case-insensitively, without building a regular expression. */
export function wildcardMatch(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  let pi = 0;
  let ni = 0;
  let star = -1;
  let mark = 0;
  while (ni < n.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === n[ni])) {
      pi++;
      ni++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = ni;
    } else if (star !== -1) {
      pi = star + 1;
      ni = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}
