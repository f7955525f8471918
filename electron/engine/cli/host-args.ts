/**
 * What several commands read the same way: the machine (--scenario, or the live host on Windows) and
 * the symptom (--symptom id or error code). Each helper prints its own error and returns null, so a
 * command reads `const host = await hostFromArgs(args, io); if (!host) return ExitCode.BadInput;`.
 */
import { SYMPTOM_IDS, type SymptomId } from '@shared/model/catalog-ids';
import { translate } from '@shared/i18n/translate';
import { symptomForCode } from '@shared/symptoms/index';
import { single, type ParsedArgs } from './args';
import type { CliIo } from './io';
import type { WindowsHost } from '../host/windows-host';
import { selectHost } from '../host/select-host';
import { ScenarioError } from '../host/simulated/scenario-loader';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { isWindowsPath, placeLocalFile } from '../host/simulated/place-local-file';
import { basename } from 'node:path';

/** A symptom id, or an error code that maps to one; 'unknown' when absent; null when neither. */
export function parseSymptom(raw: string | undefined): SymptomId | null {
  if (raw === undefined) return 'unknown';
  const value = raw.trim().toLowerCase();
  if ((SYMPTOM_IDS as readonly string[]).includes(value)) return value as SymptomId;
  return /^\d{1,5}$/u.test(value) ? symptomForCode(Number(value)) : null;
}

export function symptomFromArgs(args: ParsedArgs, io: CliIo): SymptomId | null {
  const symptom = parseSymptom(single(args, 'symptom'));
  if (symptom === null)
    io.err(`installer-doctor: ${translate(io.lang, 'cli:badSymptom', { ids: SYMPTOM_IDS.join(', ') })}\n`);
  return symptom;
}

export async function hostFromArgs(args: ParsedArgs, io: CliIo): Promise<WindowsHost | null> {
  try {
    return await selectHost({ scenario: single(args, 'scenario'), platform: io.platform, env: io.env });
  } catch (err) {
    if (err instanceof ScenarioError) {
      io.err(`installer-doctor: ${translate(io.lang, 'cli:badScenario', { detail: err.message })}\n`);
      return null;
    }
    throw err;
  }
}

/**
 * The --msi package as a path on the examined machine. Off Windows a local file (./setup.msi) is copied
 * onto the simulated machine first; a Windows path (C:\...) names a file the scenario already has.
 * `{ path: null }` when --msi is absent; null (after printing why) when the file cannot be used.
 */
export async function packageFromArgs(
  args: ParsedArgs,
  io: CliIo,
  host: WindowsHost,
): Promise<{ path: string | null } | null> {
  const given = single(args, 'msi');
  if (given === undefined) return { path: null };
  if (!(host instanceof SimulatedHost) || isWindowsPath(given)) return { path: given };
  const placed = await placeLocalFile(host, given, basename(given));
  if (placed.ok) return { path: placed.path };
  io.err(
    `installer-doctor: ${translate(io.lang, placed.reason === 'too-large' ? 'cli:msiTooLarge' : 'cli:msiUnreadable', { path: given })}\n`,
  );
  return null;
}
