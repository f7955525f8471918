#!/usr/bin/env node
// Security gate: Doyensec Electronegativity run from code (its CLI always exits 0, upstream issue #108),
// failing on findings of MEDIUM severity or above in electron/ and renderer/ that are not in the
// reviewed baseline (scripts/electronegativity-baseline.json: each entry says why it is accepted).
// Usage: node scripts/electronegativity-gate.mjs [dir]   (dir defaults to the repository root)
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const source = resolve(process.argv[2] ?? root);
// Scan a staged copy of what ships (electron/, renderer/, package.json): the repository root holds a
// self-link in node_modules that Electronegativity's directory walker would follow forever.
const input = mkdtempSync(join(tmpdir(), 'electronegativity-'));
for (const part of ['electron', 'renderer', 'package.json']) {
  cpSync(join(source, part), join(input, part), {
    recursive: true,
    filter: (f) => !/\.test\.tsx?$|[\\/]fixtures[\\/]/u.test(f),
  });
}
const pkg = JSON.parse(readFileSync(new URL('../node_modules/electron/package.json', import.meta.url), 'utf8'));
const baseline = JSON.parse(readFileSync(new URL('./electronegativity-baseline.json', import.meta.url), 'utf8'));

// Electronegativity prints "Could not retrieve updated translations" and release-fetch warnings
// offline; they are harmless. AVAILABLE_SECURITY_FIXES fetches Electron's release list at run time.
const run = require('@doyensec/electronegativity');
const quiet = console.log;
console.log = () => {};
let result;
try {
  result = await run(
    {
      input,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      electronVersionOverride: pkg.version,
      isRelative: false,
      isVerbose: false,
      parserPlugins: [],
    },
    false,
  );
} finally {
  console.log = quiet;
  rmSync(input, { recursive: true, force: true });
}

const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const inScope = (file) => /^(?:electron|renderer)[\\/]/u.test(file) && !/\.test\.tsx?$/u.test(file);
const accepted = (issue, file) => baseline.some((b) => b.id === issue.id && (b.file === '*' || b.file === file));

const findings = result.issues
  .map((issue) => ({ issue, file: relative(input, issue.file).replaceAll('\\', '/') }))
  .filter(({ issue }) => (SEVERITY[issue.severity?.name] ?? 0) >= SEVERITY.MEDIUM)
  .filter(({ issue, file }) => (issue.id.endsWith('GLOBAL_CHECK') ? true : inScope(file)))
  .filter(({ issue, file }) => !accepted(issue, file));

for (const { issue, file } of findings) {
  console.log(`${issue.severity.name} ${issue.id} ${file}:${issue.location?.line ?? 0} ${issue.description ?? ''}`);
}
console.log(
  `electronegativity: ${result.issues.length} raw findings, ${findings.length} at MEDIUM or above outside the baseline`,
);
process.exit(findings.length ? 1 : 0);
