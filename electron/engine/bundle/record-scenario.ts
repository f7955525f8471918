/**
 * recordScenario: captures a machine as a scenario file through host queries only, so a helpdesk can
 * replay a customer's machine on the SimulatedHost (ARCHITECTURE.md "A scenario can be recorded from
 * a real machine"). It asks the questions the probes ask (plus any the caller adds, e.g. every
 * probe's own queries) in ONE batch, and turns each answer into the part of the machine model that
 * answers the same query again. File contents are not recorded: only what the probes look at.
 * The result is NOT redacted: the bundle redacts it (scenario-capture.ts) before it goes anywhere.
 */
import { ScenarioSchema, type Machine, type Scenario } from '../host/simulated/scenario-schema';
import type { AnswerOf, HostQuery, QueryOutcome } from '../host/queries';
import type { WindowsHost } from '../host/windows-host';

const POLICY_KEY = 'Software\\Policies\\Microsoft\\Windows\\Installer';
const ENV_NAMES = [
  'TEMP',
  'TMP',
  'USERPROFILE',
  'SystemRoot',
  'SystemDrive',
  'USERNAME',
  'COMPUTERNAME',
  'USERDOMAIN',
  'USERDNSDOMAIN',
  'ProgramData',
  'windir',
  'LOCALAPPDATA',
  'APPDATA',
  'ALLUSERSPROFILE',
];
const SHELL_FOLDERS = [
  'Personal',
  'AppData',
  'Local AppData',
  'Desktop',
  'Cache',
  'Cookies',
  'History',
  'Favorites',
  'Start Menu',
  'Programs',
  'Startup',
  'Templates',
  'Fonts',
  'NetHood',
  'PrintHood',
  'Recent',
  'SendTo',
  'My Pictures',
  'My Music',
  'My Video',
];

/** The questions a diagnosis asks, in the shape the SimulatedHost can answer again. */
export const RECORD_QUERIES: readonly HostQuery[] = [
  { kind: 'env', names: ENV_NAMES },
  { kind: 'token' },
  { kind: 'os' },
  { kind: 'path', path: 'C:\\' },
  { kind: 'path', path: 'C:\\Windows' },
  { kind: 'path', path: 'C:\\Windows\\Temp' },
  { kind: 'path', path: 'C:\\Windows\\Installer' },
  { kind: 'path', path: '%TEMP%', expand: true },
  { kind: 'path', path: '%TMP%', expand: true },
  { kind: 'path', path: '%USERPROFILE%', expand: true },
  { kind: 'writeTest', path: '%TEMP%', expand: true },
  { kind: 'writeTest', path: 'C:\\Windows\\Temp' },
  { kind: 'service', name: 'msiserver' },
  { kind: 'processes', imageName: 'msiexec.exe' },
  { kind: 'events', log: 'Application', provider: 'MsiInstaller', ids: [], sinceDays: 30 },
  { kind: 'fileVersion', path: 'C:\\Windows\\System32\\msi.dll' },
  { kind: 'fileVersion', path: 'C:\\Windows\\System32\\msiexec.exe' },
  { kind: 'registry', hive: 'HKLM', key: POLICY_KEY },
  { kind: 'registry', hive: 'HKCU', key: POLICY_KEY },
  { kind: 'registry', hive: 'HKLM', key: `${POLICY_KEY}\\SecureRepairWhitelist` },
  { kind: 'registry', hive: 'HKLM', key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System' },
  { kind: 'registry', hive: 'HKLM', key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\InProgress' },
  {
    kind: 'registry',
    hive: 'HKLM',
    key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending',
  },
  {
    kind: 'registry',
    hive: 'HKLM',
    key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired',
  },
  {
    kind: 'registry',
    hive: 'HKLM',
    key: 'SYSTEM\\CurrentControlSet\\Control\\Session Manager',
    name: 'PendingFileRenameOperations',
  },
  { kind: 'registry', hive: 'HKLM', key: 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', name: 'UBR' },
  { kind: 'registry', hive: 'HKCU', key: 'Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders' },
  { kind: 'installerProducts' },
  { kind: 'shellFolders', names: SHELL_FOLDERS },
  { kind: 'listFiles', path: '%TEMP%', pattern: 'MSI*.LOG', limit: 20 },
];

export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

export interface RecordOptions {
  /** More queries to record (e.g. every probe's), answered in the same batch. */
  extraQueries?: readonly HostQuery[];
  now?: Date;
  signal?: AbortSignal;
}

type Env = Machine['env'];

function expand(path: string, env: Env): string {
  const lower = new Map(Object.entries(env).map(([k, v]) => [k.toLowerCase(), v.expanded]));
  return path.replace(/%([^%\\]{1,64})%/gu, (m, name: string) => lower.get(name.toLowerCase()) ?? m);
}

const driveOf = (p: string): string | null => (/^[A-Z]:/iu.test(p) ? p.slice(0, 2).toUpperCase() : null);

function registryKey(
  m: Machine,
  hive: Machine['registry'][number]['hive'],
  key: string,
  view: '64' | '32',
): Machine['registry'][number] {
  let entry = m.registry.find((k) => k.hive === hive && k.view === view && k.key.toLowerCase() === key.toLowerCase());
  if (!entry) m.registry.push((entry = { hive, key, view, values: {} }));
  return entry;
}

function applyAnswer(m: Machine, q: HostQuery, o: QueryOutcome & { ok: true }): void {
  switch (q.kind) {
    case 'token':
      m.token = o.answer as AnswerOf<'token'>;
      return;
    case 'os':
      m.os = o.answer as AnswerOf<'os'>;
      return;
    case 'env':
      for (const [name, v] of Object.entries((o.answer as AnswerOf<'env'>).values))
        if (v.raw !== null || v.expanded !== null) m.env[name] = v;
      return;
    case 'registry': {
      const a = o.answer as AnswerOf<'registry'>;
      if (!a.exists) return;
      const view = q.view ?? '64';
      const entry = registryKey(m, q.hive, q.key, view);
      if (q.name !== undefined && a.value) entry.values[q.name] = a.value;
      for (const [n, v] of Object.entries(a.values ?? {})) entry.values[n] = v;
      for (const sub of a.subkeys ?? []) registryKey(m, q.hive, `${q.key}\\${sub}`, view);
      return;
    }
    case 'path': {
      const a = o.answer as AnswerOf<'path'>;
      const path = q.expand ? expand(q.path, m.env) : q.path;
      const drive = driveOf(path);
      if (drive && a.freeBytes !== null) m.volumes[drive] = { freeBytes: a.freeBytes };
      if (!a.exists || a.type === 'missing') return;
      m.paths[path] = {
        ...(m.paths[path] ?? {}),
        type: a.type,
        attributes: a.attributes,
        ownerSid: a.ownerSid,
        acl: a.acl,
        size: a.size,
        isNetwork: a.isNetwork,
        ...(a.modified ? { modified: a.modified } : {}),
      };
      return;
    }
    case 'writeTest': {
      const a = o.answer as AnswerOf<'writeTest'>;
      const path = q.expand ? expand(q.path, m.env) : q.path;
      const entry = m.paths[path];
      if (entry) entry.userWritable = a.canCreate && a.canWrite && a.canDelete;
      return;
    }
    case 'service': {
      const a = o.answer as AnswerOf<'service'>;
      if (a.exists) m.services[q.name] = a;
      return;
    }
    case 'processes':
      for (const p of (o.answer as AnswerOf<'processes'>).processes)
        if (!m.processes.some((x) => x.pid === p.pid)) m.processes.push(p);
      return;
    case 'events':
      for (const e of (o.answer as AnswerOf<'events'>).events) {
        m.events.push({
          log: q.log,
          provider: q.provider,
          id: e.id,
          time: e.time,
          level: e.level,
          userSid: e.userSid,
          processId: e.processId,
          data: e.data,
        });
      }
      return;
    case 'fileVersion': {
      const a = o.answer as AnswerOf<'fileVersion'>;
      if (a.exists && a.version) m.fileVersions[q.path] = a.version;
      return;
    }
    case 'listFiles':
      for (const f of (o.answer as AnswerOf<'listFiles'>).files)
        m.paths[f.path] ??= {
          type: 'file',
          attributes: 0,
          ownerSid: null,
          acl: null,
          size: f.size,
          modified: f.modified,
          isNetwork: false,
        };
      return;
    case 'installerProducts':
      for (const p of (o.answer as AnswerOf<'installerProducts'>).products) recordProduct(m, p);
      return;
    case 'shellFolders':
      for (const f of (o.answer as AnswerOf<'shellFolders'>).folders) {
        if (f.raw !== null)
          registryKey(
            m,
            'HKCU',
            'Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders',
            '64',
          ).values[f.name] = { type: 'REG_EXPAND_SZ', data: f.raw };
        if (f.exists && f.expanded)
          m.paths[f.expanded] ??= {
            type: 'directory',
            attributes: 0,
            ownerSid: null,
            acl: null,
            isNetwork: f.isNetwork,
          };
      }
      return;
    default:
      return assertNever(q);
  }
}

function assertNever(x: never): never {
  throw new RecordError(`unhandled query ${JSON.stringify(x)}`);
}

const USER_DATA = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\UserData';

/** A registered product or patch, in the registry layout the SimulatedHost reads installerProducts from. */
function recordProduct(m: Machine, p: AnswerOf<'installerProducts'>['products'][number]): void {
  const key =
    p.kind === 'product'
      ? `${USER_DATA}\\${p.userSid}\\Products\\${p.packedCode}\\InstallProperties`
      : `${USER_DATA}\\${p.userSid}\\Patches\\${p.packedCode}`;
  const values = registryKey(m, 'HKLM', key, '64').values;
  if (p.displayName !== null) values['DisplayName'] = { type: 'REG_SZ', data: p.displayName };
  if (p.displayVersion !== null) values['DisplayVersion'] = { type: 'REG_SZ', data: p.displayVersion };
  if (p.localPackage !== null) {
    values['LocalPackage'] = { type: 'REG_SZ', data: p.localPackage };
    if (p.localPackageExists)
      m.paths[p.localPackage] ??= { type: 'file', attributes: 0, ownerSid: null, acl: null, isNetwork: false };
  }
}

/** Captures the machine behind `host` as a scenario (not redacted). Throws RecordError if the basics fail. */
export async function recordScenario(host: WindowsHost, options: RecordOptions = {}): Promise<Scenario> {
  const queries = [...RECORD_QUERIES, ...(options.extraQueries ?? [])];
  const outcomes = await host.collect(queries, options.signal ? { signal: options.signal } : {});
  const now = options.now ?? new Date();
  const byKind = (kind: string) => outcomes.find((o, i) => o.ok && queries[i]?.kind === kind);
  const token = byKind('token');
  const os = byKind('os');
  if (!token?.ok || !os?.ok)
    throw new RecordError('The machine did not answer the token and OS questions; nothing to record.');
  const m: Machine = {
    computerName: 'UNKNOWN',
    domain: 'WORKGROUP',
    userName: 'unknown',
    os: os.answer as AnswerOf<'os'>,
    token: token.answer as AnswerOf<'token'>,
    env: {},
    paths: {},
    volumes: {},
    registry: [],
    services: {},
    processes: [],
    events: [],
    fileVersions: {},
    installer: { declineUac: false, scriptedExitCodes: [], holderFinishesAfterPolls: null },
  };
  // Environment first: "%TEMP%" paths are recorded under their expansion.
  const order = queries
    .map((q, i) => ({ q, o: outcomes[i] }))
    .sort((a, b) => Number(b.q.kind === 'env') - Number(a.q.kind === 'env'));
  for (const { q, o } of order) if (o?.ok && o.kind === q.kind) applyAnswer(m, q, o);
  m.computerName = m.env['COMPUTERNAME']?.expanded || m.computerName;
  m.userName = m.env['USERNAME']?.expanded || m.userName;
  m.domain =
    m.env['USERDOMAIN']?.expanded && m.env['USERDOMAIN'].expanded.toLowerCase() !== m.computerName.toLowerCase()
      ? m.env['USERDOMAIN'].expanded
      : 'WORKGROUP';
  const scenario = {
    id: 'recorded-machine',
    title: 'Recorded from a live machine',
    titles: { 'zh-CN': '从真实电脑记录的计算机', 'zh-TW': '從真實電腦記錄的電腦' },
    description: `Recorded by installer-doctor record-scenario on ${now.toISOString()}.`,
    tags: ['recorded'],
    now: now.toISOString(),
    machine: m,
  };
  const parsed = ScenarioSchema.safeParse(scenario);
  if (!parsed.success)
    throw new RecordError(
      `The recorded machine does not form a valid scenario: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  return parsed.data;
}
