/**
 * Registry changes with their undo recorded from the before-state: the old value with its type and
 * view, or "did not exist" (undo deletes it, and deletes the key too when the fix created it and it
 * is empty again). `reg import` would merge and leave added values behind (security.md §4.3 [REG1]).
 */
import type { HostOperation } from '../host/operations';
import type { WindowsHost } from '../host/windows-host';
import { ask } from './facts';
import { change } from './steps';
import type { BackupNote, PlanStep } from './types';

type Hive = 'HKLM' | 'HKCU';
type Value = Extract<HostOperation, { kind: 'setRegistryValue' }>['value'];

export interface RegistryTarget {
  hive: Hive;
  key: string;
  name: string;
  view: '64' | '32';
}

export async function readValue(
  host: WindowsHost,
  t: RegistryTarget,
): Promise<{ keyExists: boolean; value: Value | null }> {
  const answer = await ask(host, { kind: 'registry', hive: t.hive, key: t.key, name: t.name, view: t.view });
  return { keyExists: answer.exists, value: answer.value };
}

const where = (t: RegistryTarget): string => `${t.hive}\\${t.key} [${t.name}] (${t.view}-bit view)`;
const show = (v: Value | null): string =>
  v === null ? '(not set)' : `${v.type} ${Array.isArray(v.data) ? v.data.join(', ') : String(v.data)}`;

function restoreOps(t: RegistryTarget, before: { keyExists: boolean; value: Value | null }): HostOperation[] {
  if (before.value) return [{ kind: 'setRegistryValue', ...t, value: before.value }];
  const ops: HostOperation[] = [{ kind: 'deleteRegistryValue', ...t }];
  if (!before.keyExists) ops.push({ kind: 'deleteEmptyRegistryKey', hive: t.hive, key: t.key, view: t.view });
  return ops;
}

export function backupNote(t: RegistryTarget, before: { value: Value | null }): BackupNote {
  return {
    descriptionKey: 'fixes:backup.registry',
    params: { where: where(t), value: show(before.value) },
    limitsKey: null,
  };
}

export function setValueStep(
  id: string,
  descriptionKey: string,
  t: RegistryTarget,
  value: Value,
  before: { keyExists: boolean; value: Value | null },
): PlanStep {
  return change(
    id,
    descriptionKey,
    { where: where(t), value: show(value), before: show(before.value) },
    { kind: 'setRegistryValue', ...t, value },
    restoreOps(t, before),
  );
}

export function deleteValueStep(
  id: string,
  descriptionKey: string,
  t: RegistryTarget,
  before: { value: Value | null },
): PlanStep {
  const undo: HostOperation[] = before.value ? [{ kind: 'setRegistryValue', ...t, value: before.value }] : [];
  return change(
    id,
    descriptionKey,
    { where: where(t), before: show(before.value) },
    { kind: 'deleteRegistryValue', ...t },
    undo,
  );
}

/** The Windows Installer policy key (msdocs machine-policies.md, user-policies.md). */
export const INSTALLER_POLICY_KEY = 'SOFTWARE\\Policies\\Microsoft\\Windows\\Installer';
