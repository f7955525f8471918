#!/usr/bin/env node
// Builds the four standalone fleet scripts (Intune detection and remediation, ConfigMgr collection,
// PowerShell remoting fan-out) from one source:
//   scripts/fleet/common/*.ps1          the shared functions (find the exe, run it with a time limit,
//                                       status words, result folder, share and blob copies)
//   scripts/fleet/bodies/*.body.ps1     each script's own help, settings/parameters and main flow
// Intune Remediations and ConfigMgr Run Scripts take ONE self-contained file each, so the shared
// functions are copied into every script (as the "#region InstallerDoctor common" block) instead of
// being dot-sourced. The generated scripts are committed; scripts/fleet/build-fleet-scripts.test.ts
// fails when they differ from what this script writes.
//
//   node scripts/fleet/build-fleet-scripts.mjs            writes the scripts that changed
//   node scripts/fleet/build-fleet-scripts.mjs --check    writes nothing; exit 1 if any is stale
//
// In a body, the line starting with `#@fleet:generated-notice` becomes a blank line plus the
// "generated from" comment (the blank line keeps it out of the comment-based help block above it),
// and the line starting with `#@fleet:common` becomes the common block. In a common file, the comment
// lines at its top up to the first blank line describe the file and are not copied.
// Output line endings follow the body (LF here; CRLF in a checkout with core.autocrlf).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fleetDir = fileURLToPath(new URL('.', import.meta.url));

/** The common files, in the order their functions appear in every script. */
export const COMMON_SOURCES = ['common/run.ps1', 'common/status.ps1', 'common/collect.ps1'];

/** Each generated script (path under scripts/fleet/) and its body. */
export const FLEET_SCRIPTS = [
  { out: 'intune/Detect-InstallerDoctor.ps1', body: 'bodies/Detect-InstallerDoctor.body.ps1' },
  { out: 'intune/Remediate-InstallerDoctor.ps1', body: 'bodies/Remediate-InstallerDoctor.body.ps1' },
  { out: 'configmgr/Invoke-InstallerDoctorCollection.ps1', body: 'bodies/Invoke-InstallerDoctorCollection.body.ps1' },
  { out: 'remoting/Invoke-InstallerDoctorFleet.ps1', body: 'bodies/Invoke-InstallerDoctorFleet.body.ps1' },
];

const NOTICE_MARK = '#@fleet:generated-notice';
const COMMON_MARK = '#@fleet:common';

const readLf = (dir, rel) => readFileSync(join(dir, rel), 'utf8').replaceAll('\r\n', '\n');

/** A common file without its leading description comment, and without trailing blank lines. */
export function commonFunctions(text) {
  const lines = text.replaceAll('\r\n', '\n').split('\n');
  let start = 0;
  while (start < lines.length && lines[start]?.startsWith('#')) start++;
  if (start > 0 && lines[start] === '') start++;
  else start = 0;
  return lines.slice(start).join('\n').replace(/\n+$/u, '');
}

/** The "#region InstallerDoctor common" block, identical in every script. */
export function commonBlock(dir = fleetDir) {
  return [
    '#region InstallerDoctor common (from scripts/fleet/common/*.ps1 by build-fleet-scripts.mjs; the same in every fleet script)',
    '# PowerShell 5.1 compatible. No cmd.exe: the app is started directly through System.Diagnostics.Process.',
    '',
    COMMON_SOURCES.map((rel) => commonFunctions(readLf(dir, rel))).join('\n\n'),
    '#endregion InstallerDoctor common',
  ].join('\n');
}

/** Replaces the one line of `lines` that starts with `mark`; throws when there is not exactly one. */
function replaceMarkLine(lines, mark, replacement, where) {
  const at = lines.flatMap((l, i) => (l.startsWith(mark) ? [i] : []));
  if (at.length !== 1) throw new Error(`${where}: expected exactly one line starting with ${mark}, found ${at.length}`);
  lines.splice(at[0], 1, ...replacement.split('\n'));
}

/** One generated script from its body text and the common block. */
export function stitch({ out, body }, bodyText, common) {
  const eol = bodyText.includes('\r\n') ? '\r\n' : '\n';
  const lines = bodyText.replaceAll('\r\n', '\n').split('\n');
  const notice = [
    '',
    `# Generated from scripts/fleet/${body} and scripts/fleet/common/*.ps1:`,
    '# edit the sources and run node scripts/fleet/build-fleet-scripts.mjs (docs/fleet.md "How the scripts',
    '# are built"). The settings of a copy you deploy are yours to edit.',
  ].join('\n');
  replaceMarkLine(lines, NOTICE_MARK, notice, body);
  replaceMarkLine(lines, COMMON_MARK, common, body);
  const text = lines.join('\n');
  if (/[^\t\n\r\x20-\x7e]/u.test(text))
    throw new Error(`${out}: non-ASCII character (PowerShell 5.1 reads BOM-less files in the ANSI code page)`);
  return eol === '\n' ? text : text.replaceAll('\n', eol);
}

/** Every generated script: path under scripts/fleet/ (forward slashes) and its full text. */
export function buildFleetScripts(dir = fleetDir) {
  const common = commonBlock(dir);
  return FLEET_SCRIPTS.map((s) => ({ path: s.out, text: stitch(s, readFileSync(join(dir, s.body), 'utf8'), common) }));
}

/** common/*.ps1 files that COMMON_SOURCES does not list (they would silently be left out). */
export function unlistedCommonFiles(dir = fleetDir) {
  return readdirSync(join(dir, 'common'))
    .filter((f) => f.endsWith('.ps1'))
    .map((f) => `common/${f}`)
    .filter((f) => !COMMON_SOURCES.includes(f));
}

function main() {
  const check = process.argv.includes('--check');
  const unlisted = unlistedCommonFiles();
  if (unlisted.length > 0) {
    console.error(`not in COMMON_SOURCES of build-fleet-scripts.mjs: ${unlisted.join(', ')}`);
    process.exit(1);
  }
  let stale = 0;
  for (const { path, text } of buildFleetScripts()) {
    const target = join(fleetDir, path);
    let current = null;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = null;
    }
    if (current === text) continue;
    stale++;
    if (check) console.error(`stale: scripts/fleet/${path}`);
    else {
      writeFileSync(target, text);
      console.log(`wrote scripts/fleet/${path}`);
    }
  }
  if (check && stale > 0) {
    console.error('run: node scripts/fleet/build-fleet-scripts.mjs');
    process.exit(1);
  }
  if (stale === 0) console.log('fleet scripts are up to date');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
