/**
 * The four fleet scripts are generated from one source (common/*.ps1 + bodies/*.body.ps1) by
 * build-fleet-scripts.mjs and committed, because Intune and ConfigMgr take one self-contained file per
 * script. These tests keep the committed files equal to what the generator writes (no drift, no
 * hand edits) and keep the shared code in one place.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPowerShellScript } from './ps-syntax';

const {
  COMMON_SOURCES,
  FLEET_SCRIPTS,
  buildFleetScripts,
  commonBlock,
  commonFunctions,
  fleetDir,
  stitch,
  unlistedCommonFiles,
} = await import('./build-fleet-scripts.mjs');

const read = (rel: string) => readFileSync(join(fleetDir, rel), 'utf8');
const functionNames = (text: string) => [...text.matchAll(/^\s*function\s+([\w-]+)/gmu)].map((m) => m[1]);
const sources = [...COMMON_SOURCES, ...FLEET_SCRIPTS.map((s) => s.body)];

describe('build-fleet-scripts.mjs', () => {
  it.each(buildFleetScripts().map((s) => [s.path, s.text]))(
    'regenerating %s gives exactly the committed file',
    (path, text) => {
      expect(
        read(path) === text,
        `scripts/fleet/${path} differs from its sources: run node scripts/fleet/build-fleet-scripts.mjs`,
      ).toBe(true);
    },
  );

  it('--check passes on the committed scripts', () => {
    const r = spawnSync(process.execPath, [join(fleetDir, 'build-fleet-scripts.mjs'), '--check'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status, r.stderr).toBe(0);
  });

  it('generates every script in scripts/fleet/<tool>/ and nothing else', () => {
    const committed = ['intune', 'configmgr', 'remoting'].flatMap((d) =>
      readdirSync(join(fleetDir, d))
        .filter((f) => f.endsWith('.ps1'))
        .map((f) => `${d}/${f}`),
    );
    expect(FLEET_SCRIPTS.map((s) => s.out).sort()).toEqual(committed.sort());
    expect(FLEET_SCRIPTS.map((s) => s.body).sort()).toEqual(
      readdirSync(join(fleetDir, 'bodies'))
        .map((f) => `bodies/${f}`)
        .sort(),
    );
    expect(unlistedCommonFiles()).toEqual([]);
  });

  it('each generated script says where it comes from, after the comment-based help', () => {
    for (const { path, text } of buildFleetScripts()) {
      const body = FLEET_SCRIPTS.find((s) => s.out === path)?.body ?? '';
      expect(text).toMatch(/^<#\s*\n\.SYNOPSIS/u);
      // A blank line between `#>` and the notice keeps the notice out of the help block.
      expect(text).toContain(
        `#>\n\n# Generated from scripts/fleet/${body} and scripts/fleet/common/*.ps1:\n# edit the sources and run node scripts/fleet/build-fleet-scripts.mjs`,
      );
      expect(text).not.toContain('#@fleet:');
    }
  });

  it('the shared functions are defined once, in common/, and in no body', () => {
    const common = COMMON_SOURCES.flatMap((rel) => functionNames(read(rel)));
    expect(common.length).toBeGreaterThanOrEqual(9);
    expect(new Set(common).size).toBe(common.length);
    for (const s of FLEET_SCRIPTS) {
      const own = functionNames(read(s.body));
      expect(
        own.filter((f) => common.includes(f)),
        s.body,
      ).toEqual([]);
      // Every generated script carries the whole common block, so all of it is there, once.
      const generated = functionNames(read(s.out));
      for (const f of common)
        expect(
          generated.filter((g) => g === f),
          `${s.out}: ${f}`,
        ).toHaveLength(1);
    }
  });

  it.each(sources.map((s) => [s]))('source %s passes the syntax and policy check', (rel) => {
    expect(checkPowerShellScript(read(rel))).toEqual([]);
  });

  it('drops the description comment of a common file, keeps code and inner comments', () => {
    expect(commonFunctions('# about\n# more\n\nfunction A {\n    # inner\n}\n\n')).toBe('function A {\n    # inner\n}');
    expect(commonFunctions('function A {}\n')).toBe('function A {}');
    expect(commonFunctions('# no blank line after this comment\nfunction A {}\n')).toBe(
      '# no blank line after this comment\nfunction A {}',
    );
  });

  it('refuses a body without exactly one of each placeholder, and keeps CRLF bodies CRLF', () => {
    const s = { out: 'x/X.ps1', body: 'bodies/X.body.ps1' };
    const common = commonBlock();
    expect(() => stitch(s, '<#\n.SYNOPSIS\n#>\n#@fleet:common\n', common)).toThrow(/generated-notice, found 0/u);
    expect(() =>
      stitch(s, '<#\n.SYNOPSIS\n#>\n#@fleet:generated-notice\n#@fleet:common\n#@fleet:common x\n', common),
    ).toThrow(/fleet:common, found 2/u);
    const crlf = stitch(s, '<#\r\n.SYNOPSIS\r\n#>\r\n#@fleet:generated-notice\r\n#@fleet:common\r\n', common);
    expect(crlf).toContain('#endregion InstallerDoctor common\r\n');
    expect(crlf.replaceAll('\r\n', '')).not.toContain('\n');
    expect(() =>
      stitch(s, '<#\n#>\n#@fleet:generated-notice\n#@fleet:common\nWrite-Output "caf\u00e9"\n', common),
    ).toThrow(/non-ASCII/u);
  });
});
