/**
 * The LiveHost under a full diagnosis, with a recording ToolRunner instead of real processes:
 * - one diagnosis starts ONE process (the PowerShell batch) normally, and at most two when PowerShell
 *   is in Constrained Language Mode (the batch, then `whoami /groups /fo csv`);
 * - the whoami fallback reads the corpus' real whoami outputs by SID only
 *   (../shared/corpus/cmd/whoami-*.txt; the group tables are turned into the CSV that
 *   `whoami /groups /fo csv /nh` prints for the same rows). Corpus tests skip when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../diagnose/index';
import { tokenProbe } from '../../probes/token';
import type { AnswerOf, HostQueryParsed } from '../queries';
import { LiveHost } from './live-host';
import { BEGIN_MARK, END_MARK } from './ps-batch';
import type { ToolRequest, ToolResult, ToolRunner } from './tool-runner';
import { parseWhoamiGroupsCsv } from './whoami-fallback';

const CORPUS = new URL('../../../../../shared/corpus/cmd/', import.meta.url);
const hasCorpus = existsSync(CORPUS);
const USER = 'S-1-5-21-3757089580-1629204324-2742774380-1001';

/** Answers in the shapes ps-library.ts emits, for a healthy Windows 11 machine as Microsoft documents it. */
function answer(q: HostQueryParsed): unknown {
  switch (q.kind) {
    case 'token':
      return {
        userSid: USER,
        groups: [
          { sid: 'S-1-5-32-544', attributes: 16 },
          { sid: 'S-1-5-32-545', attributes: 7 },
        ],
        integritySid: 'S-1-16-8192',
        elevationType: 3,
        elevated: false,
      };
    case 'os':
      return {
        build: 26100,
        ubr: 4946,
        version: '10.0.26100',
        productType: 1,
        uiLocale: 'zh-TW',
        msiVersion: '5.0.26100.4946',
        is64Bit: true,
      };
    case 'env':
      return {
        values: Object.fromEntries(
          q.names.map((n) => [
            n,
            {
              raw: null,
              expanded:
                n === 'SystemRoot'
                  ? 'C:\\WINDOWS'
                  : n === 'USERPROFILE'
                    ? 'C:\\Users\\a'
                    : 'C:\\Users\\a\\AppData\\Local\\Temp',
            },
          ]),
        ),
      };
    case 'registry':
      return { exists: false, value: null };
    case 'path':
      return {
        exists: true,
        type: 'directory',
        attributes: 16,
        size: 0,
        ownerSid: 'S-1-5-18',
        acl: [
          { sid: 'S-1-5-18', rights: 2032127, type: 'allow', inherited: false, inheritance: 3 },
          { sid: 'S-1-5-32-544', rights: 2032127, type: 'allow', inherited: false, inheritance: 3 },
          { sid: 'S-1-1-0', rights: 1179817, type: 'allow', inherited: false, inheritance: 3 },
          { sid: 'S-1-3-0', rights: 2032127, type: 'allow', inherited: false, inheritance: 3 },
          { sid: 'S-1-5-32-545', rights: 1048614, type: 'allow', inherited: false, inheritance: 3 },
          { sid: USER, rights: 2032127, type: 'allow', inherited: true, inheritance: 3 },
        ],
        freeBytes: 64e9,
        isNetwork: false,
        modified: null,
      };
    case 'writeTest':
      return { canCreate: true, canWrite: true, canDelete: true, errorCode: null };
    case 'service':
      return {
        exists: true,
        state: 1,
        startType: 3,
        imagePath: '%systemroot%\\system32\\msiexec.exe /V',
        account: 'LocalSystem',
        acceptsShutdown: false,
        acceptsStop: false,
        pid: null,
      };
    case 'processes':
      return { processes: [] };
    case 'events':
      return { events: [] };
    case 'fileVersion':
      return { exists: true, version: '5.0.26100.4946' };
    case 'listFiles':
      return { files: [] };
    case 'installerProducts':
      return { products: [] };
    case 'shellFolders':
      return { folders: q.names.map((name) => ({ name, raw: null, expanded: null, exists: false, isNetwork: false })) };
  }
}

class RecordingRunner implements ToolRunner {
  readonly requests: ToolRequest[] = [];
  constructor(
    private readonly mode: 'full' | 'constrained',
    private readonly whoamiCsv = '',
  ) {}
  async run(request: ToolRequest): Promise<ToolResult> {
    this.requests.push(request);
    if (request.tool === 'whoami')
      return { exitCode: 0, stdout: this.whoamiCsv, stderr: '', timedOut: false, truncated: false };
    if (this.mode === 'constrained')
      return {
        exitCode: 0,
        stdout: `${BEGIN_MARK}{"clm":true}${END_MARK}`,
        stderr: '',
        timedOut: false,
        truncated: false,
      };
    const payload = (request.stdin ?? '').split('\n', 1)[0] ?? '';
    const batch = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { query: HostQueryParsed }[];
    const results = batch.map(({ query }) => ({ ok: true, kind: query.kind, answer: answer(query) }));
    return {
      exitCode: 0,
      stdout: `${BEGIN_MARK}${JSON.stringify({ results })}${END_MARK}`,
      stderr: '',
      timedOut: false,
      truncated: false,
    };
  }
}

/** whoami's fixed-width group table (header, ===== rule, rows) as the CSV `/fo csv /nh` prints. */
function tableToCsv(text: string): string {
  const lines = text.split(/\r?\n/u);
  const rule = lines.findIndex((l, i) => /^=+(?: =+){3}\s*$/u.test(l) && /Attributes/u.test(lines[i - 1] ?? ''));
  const widths = (lines[rule] ?? '')
    .trimEnd()
    .split(' ')
    .map((s) => s.length);
  const rows: string[] = [];
  for (const line of lines.slice(rule + 1)) {
    if (!line.trim()) break;
    let at = 0;
    const cells = widths.map((w) => {
      const cell = line.slice(at, at + w).trim();
      at += w + 1;
      return cell;
    });
    rows.push(cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(','));
  }
  return rows.join('\r\n');
}

describe('a full diagnosis on the LiveHost', () => {
  it('starts exactly one process, answers every probe, and needs no fallback', async () => {
    const runner = new RecordingRunner('full');
    const report = await diagnose(new LiveHost(runner), { symptom: '1603' });
    expect(runner.requests.map((r) => r.tool)).toEqual(['powershell']);
    expect(report.probeErrors).toEqual([]);
    expect(report.facts.system?.secureRepairUpdate).toBe(true);
    expect(report.facts.msiserver).toMatchObject({ imagePathOk: true, accountOk: true, busy: false });
    expect(report.healthy).toBe(true);
  });

  it('starts at most two processes in Constrained Language Mode, and still reads the token', async () => {
    const csv =
      '"Everyone","Well-known group","S-1-1-0","Mandatory group, Enabled by default, Enabled group"\r\n"BUILTIN\\Administrators","Alias","S-1-5-32-544","Group used for deny only"\r\n"Mandatory Label\\Medium Mandatory Level","Label","S-1-16-8192",""';
    const runner = new RecordingRunner('constrained', csv);
    const report = await diagnose(new LiveHost(runner), {});
    expect(runner.requests.map((r) => r.tool)).toEqual(['powershell', 'whoami']);
    expect(report.facts.token).toMatchObject({ adminGroup: 'deny-only', integrity: 'medium', elevated: false });
    expect(report.probeErrors.length).toBeGreaterThan(5);
    expect(report.probeErrors.filter((p) => !p.reason.includes('Constrained Language Mode'))).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)('whoami fallback on the corpus (../shared/corpus/cmd)', () => {
  const read = (name: string) => readFileSync(new URL(name, CORPUS), 'utf8');
  const token = (csv: string) => {
    const answer = parseWhoamiGroupsCsv(csv, null) as AnswerOf<'token'>;
    return tokenProbe.parse([{ ok: true, kind: 'token', answer }], { packagePath: null, now: 0 });
  };

  it('whoami-all-en-2 (UACME#146, filtered administrator): Administrators is deny-only', () => {
    const facts = token(tableToCsv(read('whoami-all-en-2.txt')));
    expect(facts.adminGroup).toBe('deny-only');
    expect(facts.elevationType).toBe('limited');
    expect(facts.groups.map((g) => g.sid)).toEqual(
      expect.arrayContaining(['S-1-1-0', 'S-1-5-114', 'S-1-5-32-559', 'S-1-5-32-545']),
    );
  });

  it('whoami-all-en-1 (C2-agent#13): read by SID even with a domain SID column and a cut-off last row', () => {
    const facts = token(tableToCsv(read('whoami-all-en-1.txt')));
    expect(facts.groups.map((g) => g.sid)).toContain('S-1-5-21-2844616881-3790560454-3287765183-1005');
    expect(facts.adminGroup).toBe('deny-only');
  });

  // The excerpts stop before the "Mandatory Label\High Mandatory Level" row whoami prints last; it is
  // added back as whoami writes it for an elevated token.
  const HIGH = '\r\n"Mandatory Label\\High Mandatory Level","Label","S-1-16-12288",""';
  it.each(['whoami-all-en-3.txt', 'whoami-groups-en-1.txt'])(
    '%s (elevated administrator): Administrators enabled, high integrity',
    (file) => {
      const facts = token(tableToCsv(read(file)) + HIGH);
      expect(facts.adminGroup).toBe('enabled');
      expect(facts.integrity).toBe('high');
      expect(facts.elevated).toBe(true);
    },
  );
});
