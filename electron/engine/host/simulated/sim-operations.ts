/** Applies HostOperation kinds to the simulated machine model. */
import type { HostOperation, OperationOutcome } from '../operations';
import type { SimState } from './simulated-host';
import { findPath } from './simulated-host';
import { registryKeyMatches } from './sim-queries';
import { runSimulatedMsiexec } from './sim-msiexec';
import { parentKey, pathKey } from './win-path';

const done = (output?: string): OperationOutcome =>
  output === undefined ? { status: 'done' } : { status: 'done', output };
const failed = (error: string, exitCode?: number): OperationOutcome =>
  exitCode === undefined ? { status: 'failed', error } : { status: 'failed', error, exitCode };

function pathEntryKey(state: SimState, path: string): string | undefined {
  const wanted = pathKey(path);
  return Object.keys(state.machine.paths).find((p) => pathKey(p) === wanted);
}

function movePath(state: SimState, from: string, to: string): OperationOutcome {
  const fromKey = pathKey(from);
  // Idempotent: the move already happened (a journal replay after a crash).
  if (!findPath(state.machine, from) && findPath(state.machine, to)) return done();
  if (!findPath(state.machine, from)) return failed(`The system cannot find the path specified: ${from}`, 3);
  if (findPath(state.machine, to)) return failed(`Cannot create a file when that file already exists: ${to}`, 183);
  const next: typeof state.machine.paths = {};
  for (const [p, entry] of Object.entries(state.machine.paths)) {
    const k = pathKey(p);
    if (k === fromKey) next[to] = entry;
    else if (k.startsWith(`${fromKey}\\`)) next[to + p.slice(from.length)] = entry;
    else next[p] = entry;
  }
  state.machine.paths = next;
  return done();
}

function registryKey(state: SimState, hive: string, key: string, view: '64' | '32') {
  return state.machine.registry.find((k) => registryKeyMatches(k, hive, key, view));
}

export function applyOperation(state: SimState, op: HostOperation): OperationOutcome {
  const m = state.machine;
  switch (op.kind) {
    case 'createDirectory': {
      const existing = findPath(m, op.path);
      if (existing?.type === 'directory') return done();
      if (existing) return failed(`A file stands where the folder should be: ${op.path}`, 183);
      const parent = parentKey(pathKey(op.path));
      if (parent && parent.length > 3 && !findPath(m, parent))
        return failed(`The parent folder does not exist: ${op.path}`, 3);
      m.paths[op.path] = { type: 'directory', attributes: 0, ownerSid: 'S-1-5-32-544', acl: null, isNetwork: false };
      return done();
    }
    case 'removeEmptyDirectory':
      return removeEmptyDirectory(state, op.path);
    case 'movePath':
      return movePath(state, op.from, op.to);
    case 'setAcl': {
      const key = pathEntryKey(state, op.path);
      const entry = key ? m.paths[key] : undefined;
      if (!entry) return failed(`The system cannot find the path specified: ${op.path}`, 3);
      entry.acl = structuredClone(op.acl);
      delete entry.userWritable;
      if (op.ownerSid) entry.ownerSid = op.ownerSid;
      return done();
    }
    case 'setRegistryValue': {
      let key = registryKey(state, op.hive, op.key, op.view);
      if (!key) {
        key = { hive: op.hive, key: op.key, view: op.view, values: {} };
        m.registry.push(key);
      }
      const existingName = Object.keys(key.values).find((n) => n.toLowerCase() === op.name.toLowerCase()) ?? op.name;
      key.values[existingName] = structuredClone(op.value);
      return done();
    }
    case 'deleteRegistryValue': {
      const key = registryKey(state, op.hive, op.key, op.view);
      const name = key && Object.keys(key.values).find((n) => n.toLowerCase() === op.name.toLowerCase());
      if (key && name !== undefined) delete key.values[name];
      // A key with subkeys exists implicitly in the model; an emptied explicit entry for it is the same key.
      const hasSubkeys = m.registry.some(
        (k) => k.hive === op.hive && k.view === op.view && k.key.toLowerCase().startsWith(`${op.key.toLowerCase()}\\`),
      );
      if (key && hasSubkeys && Object.keys(key.values).length === 0) m.registry.splice(m.registry.indexOf(key), 1);
      return done();
    }
    case 'deleteEmptyRegistryKey': {
      const hasSubkeys = m.registry.some(
        (k) => k.hive === op.hive && k.view === op.view && k.key.toLowerCase().startsWith(`${op.key.toLowerCase()}\\`),
      );
      const i = m.registry.findIndex((k) => registryKeyMatches(k, op.hive, op.key, op.view));
      if (i === -1) return done();
      if (hasSubkeys || Object.keys(m.registry[i]?.values ?? {}).length > 0)
        return failed(`The key is not empty, so it was kept: ${op.key}`, 145);
      m.registry.splice(i, 1);
      return done();
    }
    case 'setServiceStartType':
    case 'setServiceImagePath':
    case 'setServiceConfig':
    case 'controlService':
      return serviceOperation(state, op);
    case 'reregisterInstaller': {
      const svc = m.services['msiserver'];
      if (!svc) return failed('The Windows Installer service is not registered.', 1060);
      svc.imagePath = 'C:\\WINDOWS\\system32\\msiexec.exe /V';
      svc.account = 'LocalSystem';
      if (svc.startType === 4) svc.startType = 3;
      mirrorServiceRegistry(state, 'msiserver', svc);
      return done();
    }
    case 'runMsiexec':
      return runSimulatedMsiexec(state, op);
    case 'restartComputer':
      return restart(state);
    default:
      return assertNever(op);
  }
}

function removeEmptyDirectory(state: SimState, path: string): OperationOutcome {
  const key = pathEntryKey(state, path);
  if (key === undefined) return done();
  if (state.machine.paths[key]?.type !== 'directory') return failed(`Not a folder, so it was kept: ${path}`, 267);
  const prefix = `${pathKey(path)}\\`;
  // ERROR_DIR_NOT_EMPTY: never recursive, so nothing inside is ever deleted.
  if (Object.keys(state.machine.paths).some((p) => pathKey(p).startsWith(prefix)))
    return failed(`The folder is not empty, so it was kept: ${path}`, 145);
  delete state.machine.paths[key];
  return done();
}

/** The services' registry keys mirror the service model's start type when present. */
function mirrorServiceRegistry(
  state: SimState,
  name: string,
  svc: { startType: number; imagePath: string; account: string },
): void {
  const key = state.machine.registry.find(
    (k) => k.hive === 'HKLM' && k.key.toLowerCase() === `system\\currentcontrolset\\services\\${name.toLowerCase()}`,
  );
  if (!key) return;
  if (key.values['Start']) key.values['Start'] = { type: 'REG_DWORD', data: svc.startType };
  // ImagePath stays as stored (the registry keeps it unexpanded, the service model expanded).
}

type ServiceOp = Extract<
  HostOperation,
  { kind: 'setServiceStartType' | 'setServiceImagePath' | 'setServiceConfig' | 'controlService' }
>;

function serviceOperation(state: SimState, op: ServiceOp): OperationOutcome {
  const entry = Object.entries(state.machine.services).find(([n]) => n.toLowerCase() === op.name.toLowerCase());
  const svc = entry?.[1];
  if (!entry || !svc) return failed(`The specified service does not exist: ${op.name}`, 1060);
  if (op.kind === 'setServiceStartType') svc.startType = op.startType;
  else if (op.kind === 'setServiceImagePath') svc.imagePath = op.imagePath;
  else if (op.kind === 'setServiceConfig') {
    svc.startType = op.startType;
    svc.imagePath = op.imagePath;
    svc.account = op.account;
  } else if (op.action === 'start') {
    // ERROR_SERVICE_DISABLED: a disabled service cannot be started.
    if (svc.startType === 4) return failed('The service cannot be started because it is disabled.', 1058);
    svc.state = 4;
  } else svc.state = 1;
  if (op.kind !== 'controlService') mirrorServiceRegistry(state, entry[0], svc);
  return done();
}

/** A restart clears what Windows clears at boot: pending renames, reboot flags, running installs. */
function restart(state: SimState): OperationOutcome {
  const m = state.machine;
  for (const k of m.registry) {
    const key = k.key.toLowerCase();
    if (key === 'system\\currentcontrolset\\control\\session manager') delete k.values['PendingFileRenameOperations'];
  }
  m.registry = m.registry.filter((k) => {
    const key = k.key.toLowerCase();
    return (
      !key.endsWith('component based servicing\\rebootpending') &&
      !key.endsWith('windowsupdate\\auto update\\rebootrequired')
    );
  });
  m.processes = m.processes.filter((p) => p.name.toLowerCase() !== 'msiexec.exe');
  const svc = m.services['msiserver'];
  if (svc) {
    svc.state = 1;
    svc.acceptsShutdown = true;
  }
  return done();
}

function assertNever(x: never): never {
  throw new Error(`unhandled operation ${JSON.stringify(x)}`);
}
