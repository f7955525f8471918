/**
 * The LiveHost's PowerShell batch: the request it builds and the parsing of what PowerShell prints.
 * Fixture answers are written by hand in the shapes the library emits, with values taken from
 * Microsoft's documentation (msiserver registration and ServiceControllerStatus/ServiceStartMode
 * numbers; MsiInstaller event fields per learn.microsoft.com/windows/win32/msi/event-logging) and from
 * ../shared/corpus/cmd/eventlog-msiinstaller-1040-1042-11708-en-1.txt (package path and client pid).
 */
import { describe, expect, it } from 'vitest';
import { answerSchemas, HostQuery, type HostQueryParsed } from '../queries';
import { BEGIN_MARK, END_MARK, buildBatchRequest, parseBatchOutput } from './ps-batch';
import { PS_LIBRARY } from './ps-library';

const parse = (qs: unknown[]): HostQueryParsed[] => qs.map((q) => HostQuery.parse(q));
const wrap = (value: unknown) =>
  `WARNING: noise before the block\r\n${BEGIN_MARK}${JSON.stringify(value)}${END_MARK}\r\n`;

describe('buildBatchRequest', () => {
  it('runs one powershell.exe with a fixed encoded bootstrap; the queries travel as base64 JSON on stdin', () => {
    const queries = parse([{ kind: 'token' }, { kind: 'path', path: '%TEMP%', expand: true }]);
    const req = buildBatchRequest(queries, 5000);
    expect(req.tool).toBe('powershell');
    expect(req.args).toEqual(expect.arrayContaining(['-NoProfile', '-NonInteractive', '-EncodedCommand']));
    const bootstrap = Buffer.from(req.args.at(-1) ?? '', 'base64').toString('utf16le');
    expect(bootstrap).toContain('FromBase64String');
    expect(bootstrap).not.toContain('%TEMP%');
    const [payload, library] = (req.stdin ?? '').split('\n', 2);
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64').toString('utf8'))).toEqual(
      queries.map((query) => ({ query, timeoutMs: 5000 })),
    );
    expect(library).toBeDefined();
    expect(req.timeoutMs).toBeGreaterThan(2 * 5000);
  });

  it('the PowerShell library answers every query kind of the contract', () => {
    for (const kind of Object.keys(answerSchemas)) expect(PS_LIBRARY, kind).toContain(`'${kind}' {`);
  });

  it('the library never reads display names: SIDs through SecurityIdentifier, enums cast to [int]', () => {
    expect(PS_LIBRARY).toContain('[System.Security.Principal.SecurityIdentifier]');
    expect(PS_LIBRARY).not.toMatch(/NTAccount|Format-Table|Out-String/u);
    expect(PS_LIBRARY).not.toContain('${');
    expect(PS_LIBRARY).not.toContain('`');
  });
});

describe('parseBatchOutput', () => {
  const queries = parse([
    { kind: 'service', name: 'msiserver' },
    { kind: 'events', log: 'Application', provider: 'MsiInstaller', ids: [], sinceDays: 30 },
    { kind: 'registry', hive: 'HKLM', key: 'Software\\Policies\\Microsoft\\Windows\\Installer' },
    { kind: 'installerProducts' },
    { kind: 'shellFolders', names: ['Personal'] },
    { kind: 'os' },
  ]);

  it('reads every answer with its schema, and repairs PowerShell 5.1 array flattening', () => {
    const out = wrap({
      results: [
        // msiserver as Windows registers it: manual (3), stopped (1), LocalSystem.
        {
          ok: true,
          kind: 'service',
          answer: {
            exists: true,
            state: 1,
            startType: 3,
            imagePath: '%systemroot%\\system32\\msiexec.exe /V',
            account: 'LocalSystem',
            acceptsShutdown: false,
            acceptsStop: false,
            pid: null,
          },
        },
        // One event comes back as a bare object (ConvertTo-Json does not keep one-element arrays), its data as a string.
        {
          ok: true,
          kind: 'events',
          answer: {
            events: {
              id: 1040,
              time: '2016-12-09T13:38:57.0000000Z',
              level: 4,
              userSid: 'S-1-5-21-1-2-3-1001',
              processId: 8076,
              data: 'D:\\wmi_exporter-0.1.1-amd64.msi',
            },
          },
        },
        {
          ok: true,
          kind: 'registry',
          answer: { exists: true, value: null, values: { DisableMSI: { type: 'REG_DWORD', data: 1 } }, subkeys: null },
        },
        {
          ok: true,
          kind: 'installerProducts',
          answer: {
            products: {
              kind: 'product',
              userSid: 'S-1-5-18',
              packedCode: '7A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D',
              displayName: 'Contoso',
              displayVersion: '1.0',
              localPackage: 'C:\\Windows\\Installer\\1cd76a4.msi',
              localPackageExists: false,
            },
          },
        },
        {
          ok: true,
          kind: 'shellFolders',
          answer: {
            folders: [
              {
                name: 'Personal',
                raw: '%USERPROFILE%\\Documents',
                expanded: 'C:\\Users\\a\\Documents',
                exists: true,
                isNetwork: false,
              },
            ],
          },
        },
        {
          ok: true,
          kind: 'os',
          answer: {
            build: 22631,
            ubr: 5768,
            version: '10.0.22631',
            productType: 1,
            uiLocale: 'zh-CN',
            msiVersion: '5.0.22631.5768',
            is64Bit: true,
          },
        },
      ],
    });
    const parsed = parseBatchOutput(out, queries);
    expect(parsed.kind).toBe('results');
    if (parsed.kind !== 'results') return;
    expect(parsed.outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true, true]);
    const events = parsed.outcomes[1];
    expect(events?.ok && events.kind === 'events' && events.answer).toMatchObject({
      events: [{ id: 1040, processId: 8076, data: ['D:\\wmi_exporter-0.1.1-amd64.msi'] }],
    });
    const reg = parsed.outcomes[2];
    expect(reg?.ok && reg.kind === 'registry' && reg.answer.subkeys).toEqual([]);
    const products = parsed.outcomes[3];
    expect(products?.ok && products.kind === 'installerProducts' && products.answer.products).toHaveLength(1);
  });

  it('keeps a failed query as a failure and flags a wrong shape, without losing the others', () => {
    const out = wrap({
      results: [
        { ok: false, kind: 'service', error: 'Cannot find any service with service name msiserver.' },
        { ok: true, kind: 'events', answer: { events: [] } },
        { ok: true, kind: 'registry', answer: { exists: 'yes' } },
      ],
    });
    const parsed = parseBatchOutput(out, queries);
    if (parsed.kind !== 'results') throw new Error('expected results');
    expect(parsed.outcomes[0]).toEqual({
      ok: false,
      kind: 'service',
      status: 'failed',
      win32: null,
      error: 'Cannot find any service with service name msiserver.',
    });
    expect(parsed.outcomes[1]?.ok).toBe(true);
    expect(parsed.outcomes[2]).toMatchObject({ ok: false, kind: 'registry' });
    expect(parsed.outcomes[3]).toEqual({
      ok: false,
      kind: 'installerProducts',
      status: 'failed',
      win32: null,
      error: 'no answer from PowerShell',
    });
  });

  it('recognises Constrained Language Mode and unreadable output', () => {
    expect(parseBatchOutput(wrap({ clm: true }), queries)).toEqual({ kind: 'constrained' });
    expect(parseBatchOutput('Program blocked by group policy.', queries).kind).toBe('unreadable');
    expect(parseBatchOutput(`${BEGIN_MARK}{not json${END_MARK}`, queries).kind).toBe('unreadable');
  });
});
