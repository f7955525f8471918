/** Answers HostQuery kinds from the simulated machine model. */
import type { AnswerOf, HostQueryParsed, QueryKind, QueryOutcome } from '../queries';
import type { Machine } from './scenario-schema';
import type { SimState } from './simulated-host';
import { findPath } from './simulated-host';
import { canWrite } from './acl-eval';
import { baseName, driveOf, parentKey, pathKey, wildcardMatch } from './win-path';

const ok = <K extends QueryKind>(kind: K, answer: AnswerOf<K>): QueryOutcome =>
  ({ ok: true, kind, answer }) as QueryOutcome;

export function registryKeyMatches(k: Machine['registry'][number], hive: string, key: string, view: string): boolean {
  return k.hive === hive && k.view === view && k.key.toLowerCase() === key.toLowerCase();
}

function registry(machine: Machine, q: Extract<HostQueryParsed, { kind: 'registry' }>): AnswerOf<'registry'> {
  const entry = machine.registry.find((k) => registryKeyMatches(k, q.hive, q.key, q.view));
  const prefix = `${q.key.toLowerCase()}\\`;
  const subkeys = new Set<string>();
  for (const k of machine.registry) {
    if (k.hive !== q.hive || k.view !== q.view || !k.key.toLowerCase().startsWith(prefix)) continue;
    const rest = k.key.slice(prefix.length);
    subkeys.add(rest.split('\\')[0] ?? rest);
  }
  const exists = entry !== undefined || subkeys.size > 0;
  if (q.name !== undefined) {
    const found = entry
      ? Object.entries(entry.values).find(([n]) => n.toLowerCase() === q.name?.toLowerCase())
      : undefined;
    return { exists, value: found ? found[1] : null };
  }
  return { exists, value: null, values: entry?.values ?? {}, subkeys: [...subkeys].sort() };
}

/**
 * Expands %NAME% references the way ExpandEnvironmentStrings does: names are case-insensitive and an
 * unknown name is left as it is.
 */
export function expandEnv(machine: Machine, text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('%', i);
    const end = start === -1 ? -1 : text.indexOf('%', start + 1);
    if (start === -1 || end === -1) {
      out += text.slice(i);
      break;
    }
    const name = text.slice(start + 1, end).toLowerCase();
    const value = Object.entries(machine.env).find(([n]) => n.toLowerCase() === name)?.[1].expanded ?? null;
    if (value === null || name === '') {
      out += text.slice(i, end);
      i = end;
      continue;
    }
    out += text.slice(i, start) + value;
    i = end + 1;
  }
  return out;
}

function pathInfo(state: SimState, q: Extract<HostQueryParsed, { kind: 'path' }>): AnswerOf<'path'> {
  const path = q.expand ? expandEnv(state.machine, q.path) : q.path;
  const entry = findPath(state.machine, path);
  const volume = state.machine.volumes[driveOf(path)];
  if (!entry) {
    return {
      exists: false,
      type: 'missing',
      attributes: 0,
      size: 0,
      ownerSid: null,
      acl: null,
      aclError: null,
      freeBytes: volume?.freeBytes ?? null,
      isNetwork: path.startsWith('\\\\'),
      modified: null,
    };
  }
  const size =
    entry.size ??
    (entry.contentBase64 ? Buffer.from(entry.contentBase64, 'base64').length : Buffer.byteLength(entry.content ?? ''));
  return {
    exists: true,
    type: entry.type,
    attributes: entry.attributes | (entry.type === 'directory' ? 0x10 : 0),
    size,
    ownerSid: entry.ownerSid,
    acl: q.acl ? entry.acl : null,
    aclError: null,
    freeBytes: volume?.freeBytes ?? null,
    isNetwork: entry.isNetwork || path.startsWith('\\\\'),
    modified: entry.modified ?? null,
  };
}

function writeTest(machine: Machine, path: string): AnswerOf<'writeTest'> {
  const entry = findPath(machine, path);
  // ERROR_PATH_NOT_FOUND (3) for a missing folder, ERROR_DIRECTORY (267) when a file stands in its place.
  if (!entry) return { canCreate: false, canWrite: false, canDelete: false, errorCode: 3 };
  if (entry.type !== 'directory') return { canCreate: false, canWrite: false, canDelete: false, errorCode: 267 };
  const writable = entry.userWritable ?? canWrite(entry.acl, machine.token);
  return writable
    ? { canCreate: true, canWrite: true, canDelete: true, errorCode: null }
    : { canCreate: false, canWrite: false, canDelete: false, errorCode: 5 };
}

function processes(state: SimState, imageName: string): AnswerOf<'processes'> {
  state.processPolls++;
  const limit = state.machine.installer.holderFinishesAfterPolls;
  if (limit !== null && state.processPolls > limit) {
    // The install that held the mutex has finished: its processes and the service's busy state go.
    state.machine.processes = state.machine.processes.filter(
      (p) => p.name.toLowerCase() !== 'msiexec.exe' || p.commandLine?.toLowerCase().includes('/v'),
    );
    state.machine.installer.holderFinishesAfterPolls = null;
    // An idle running msiserver is stoppable again; during an install it accepts only SHUTDOWN
    // (_MSIExecute Mutex, learn.microsoft.com/windows/win32/msi/-msiexecute-mutex).
    const svc = state.machine.services['msiserver'];
    if (svc) {
      svc.acceptsShutdown = true;
      svc.acceptsStop = true;
    }
  }
  return { processes: state.machine.processes.filter((p) => p.name.toLowerCase() === imageName.toLowerCase()) };
}

function events(state: SimState, q: Extract<HostQueryParsed, { kind: 'events' }>): AnswerOf<'events'> {
  const since = state.now - q.sinceDays * 86_400_000;
  const list = state.machine.events
    .filter((e) => e.log.toLowerCase() === q.log.toLowerCase() && e.provider.toLowerCase() === q.provider.toLowerCase())
    .filter((e) => q.ids.length === 0 || q.ids.includes(e.id))
    .map((e) => ({ e, t: e.time ? Date.parse(e.time) : state.now - (e.minutesAgo ?? 0) * 60_000 }))
    .filter(({ t }) => t >= since && t <= state.now)
    .sort((a, b) => b.t - a.t);
  return {
    events: list.map(({ e, t }) => ({
      id: e.id,
      time: new Date(t).toISOString(),
      level: e.level,
      userSid: e.userSid,
      data: e.data,
      processId: e.processId,
    })),
  };
}

const USER_DATA = 'software\\microsoft\\windows\\currentversion\\installer\\userdata\\';

function installerProducts(machine: Machine): AnswerOf<'installerProducts'> {
  const products: AnswerOf<'installerProducts'>['products'] = [];
  for (const k of machine.registry) {
    if (k.hive !== 'HKLM' || k.view !== '64' || !k.key.toLowerCase().startsWith(USER_DATA)) continue;
    const parts = k.key.slice(USER_DATA.length).split('\\');
    const [userSid, group, packedCode, leaf] = parts;
    if (!userSid || !packedCode) continue;
    const isProduct =
      group?.toLowerCase() === 'products' && leaf?.toLowerCase() === 'installproperties' && parts.length === 4;
    const isPatch = group?.toLowerCase() === 'patches' && parts.length === 3;
    if (!isProduct && !isPatch) continue;
    const str = (name: string): string | null => {
      const v = Object.entries(k.values).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
      return v && typeof v.data === 'string' ? v.data : null;
    };
    const localPackage = str('LocalPackage');
    const file = localPackage ? findPath(machine, localPackage) : undefined;
    products.push({
      kind: isProduct ? 'product' : 'patch',
      userSid,
      packedCode,
      displayName: str('DisplayName'),
      displayVersion: str('DisplayVersion'),
      localPackage,
      localPackageExists: file?.type === 'file',
    });
  }
  return { products };
}

const SHELL_FOLDERS_KEY = 'Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders';

function shellFolders(machine: Machine, names: readonly string[]): AnswerOf<'shellFolders'> {
  const key = machine.registry.find((k) => registryKeyMatches(k, 'HKCU', SHELL_FOLDERS_KEY, '64'));
  return {
    folders: names.map((name) => {
      const v = key ? Object.entries(key.values).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1] : undefined;
      const raw = v && typeof v.data === 'string' ? v.data : null;
      const expanded = raw === null ? null : expandEnv(machine, raw);
      const entry = expanded ? findPath(machine, expanded) : undefined;
      return {
        name,
        raw,
        expanded,
        exists: entry?.type === 'directory',
        isNetwork: (expanded?.startsWith('\\\\') ?? false) || (entry?.isNetwork ?? false),
      };
    }),
  };
}

function listFiles(machine: Machine, q: Extract<HostQueryParsed, { kind: 'listFiles' }>): AnswerOf<'listFiles'> {
  const folder = pathKey(q.path);
  const files = Object.entries(machine.paths)
    .filter(([p, e]) => e.type === 'file' && parentKey(pathKey(p)) === folder && wildcardMatch(q.pattern, baseName(p)))
    .map(([p, e]) => ({
      path: p,
      size:
        e.size ??
        Buffer.byteLength(e.content ?? '') + (e.contentBase64 ? Buffer.from(e.contentBase64, 'base64').length : 0),
      modified: e.modified ?? '1970-01-01T00:00:00.000Z',
    }))
    .sort((a, b) => b.modified.localeCompare(a.modified));
  return { files: files.slice(0, q.limit) };
}

export function answerQuery(state: SimState, q: HostQueryParsed): QueryOutcome {
  const m = state.machine;
  switch (q.kind) {
    case 'token':
      return ok('token', m.token);
    case 'os':
      return ok('os', m.os);
    case 'env':
      return ok('env', {
        values: Object.fromEntries(q.names.map((n) => [n, m.env[n] ?? { raw: null, expanded: null }])),
      });
    case 'registry':
      return ok('registry', registry(m, q));
    case 'path':
      return ok('path', pathInfo(state, q));
    case 'writeTest':
      return ok('writeTest', writeTest(m, q.expand ? expandEnv(m, q.path) : q.path));
    case 'service': {
      const svc = Object.entries(m.services).find(([n]) => n.toLowerCase() === q.name.toLowerCase())?.[1];
      return ok(
        'service',
        svc ?? {
          exists: false,
          state: 0,
          startType: 0,
          imagePath: '',
          account: '',
          acceptsShutdown: false,
          acceptsStop: false,
          pid: null,
        },
      );
    }
    case 'processes':
      return ok('processes', processes(state, q.imageName));
    case 'events':
      return ok('events', events(state, q));
    case 'fileVersion': {
      const v = Object.entries(m.fileVersions).find(([p]) => pathKey(p) === pathKey(q.path))?.[1];
      return ok('fileVersion', { exists: v !== undefined, version: v ?? null });
    }
    case 'listFiles':
      return ok('listFiles', listFiles(m, q));
    case 'installerProducts':
      return ok('installerProducts', installerProducts(m));
    case 'shellFolders':
      return ok('shellFolders', shellFolders(m, q.names));
    default:
      return assertNever(q);
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled query ${JSON.stringify(x)}`);
}
