/**
 * Windows Installer policies, machine (HKLM) and user (HKCU) under Software\Policies\Microsoft\Windows\
 * Installer, read as numbers: DisableMSI, AlwaysInstallElevated (effective only when set in both),
 * DisableUserInstalls, DisablePatch, DisableRollback, Logging, Debug, and the repair policies added in
 * 2024/2025 (DisableLUAInRepair, SecureRepairPolicy and the SecureRepairWhitelist key of product codes).
 */
import type { PolicyFacts } from '@shared/model/facts';
import type { AnswerOf } from '../host/queries';
import type { Probe } from './types';
import { maybe, need, regNumber, regString } from './types';

export const POLICY_KEY = 'Software\\Policies\\Microsoft\\Windows\\Installer';
const GUID = /\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?/iu;

function rawValues(answer: AnswerOf<'registry'> | null): PolicyFacts['machine'] {
  const out: PolicyFacts['machine'] = {};
  for (const [name, v] of Object.entries(answer?.values ?? {})) out[name] = v.data;
  return out;
}

/** Product codes from the whitelist key: value names or data that hold a GUID, braced and upper-case. */
export function whitelistCodes(answer: AnswerOf<'registry'> | null): string[] {
  const codes = new Set<string>();
  for (const [name, v] of Object.entries(answer?.values ?? {})) {
    for (const text of [name, typeof v.data === 'string' ? v.data : '']) {
      const m = GUID.exec(text);
      if (m?.[1]) codes.add(`{${m[1].toUpperCase()}}`);
    }
  }
  return [...codes].sort();
}

export const policiesProbe: Probe<'policies'> = {
  fact: 'policies',
  checkId: 'installer-policies',
  queries: () => [
    { kind: 'registry', hive: 'HKLM', key: POLICY_KEY },
    { kind: 'registry', hive: 'HKCU', key: POLICY_KEY },
    { kind: 'registry', hive: 'HKLM', key: `${POLICY_KEY}\\SecureRepairWhitelist` },
  ],
  parse(answers) {
    const machine = need(answers, 0, 'registry');
    const user = maybe(answers, 1, 'registry');
    const m = machine.values;
    const u = user?.values;
    const aieMachine = regNumber(m, 'AlwaysInstallElevated');
    const aieUser = regNumber(u, 'AlwaysInstallElevated');
    return {
      machine: rawValues(machine),
      user: rawValues(user),
      disableMsi: regNumber(m, 'DisableMSI'),
      alwaysInstallElevated: { machine: aieMachine, user: aieUser, effective: aieMachine === 1 && aieUser === 1 },
      disableUserInstalls: regNumber(m, 'DisableUserInstalls'),
      disableLuaInRepair: regNumber(m, 'DisableLUAInRepair'),
      disablePatch: regNumber(m, 'DisablePatch'),
      disableRollback: { machine: regNumber(m, 'DisableRollback'), user: regNumber(u, 'DisableRollback') },
      secureRepairPolicy: regNumber(m, 'SecureRepairPolicy'),
      secureRepairWhitelist: whitelistCodes(maybe(answers, 2, 'registry')),
      logging: regString(m, 'Logging'),
      debug: regNumber(m, 'Debug'),
    };
  },
};
