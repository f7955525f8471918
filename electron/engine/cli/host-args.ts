/**
 * What several commands read the same way: the machine (--scenario, or the live host on Windows) and
 * the symptom (--symptom id or error code). Each helper prints its own error and returns null, so a
 * command reads `const host = await hostFromArgs(args, io); if (!host) return ExitCode.BadInput;`.
 */
import { SYMPTOM_IDS, type SymptomId } from '@shared/model/catalog-ids';
import { symptomForCode } from '@shared/symptoms/index';
import { single, type ParsedArgs } from './args';
import type { CliIo } from './io';
import type { WindowsHost } from '../host/windows-host';
import { selectHost } from '../host/select-host';
import { ScenarioError } from '../host/simulated/scenario-loader';

/** A symptom id, or an error code that maps to one; 'unknown' when absent; null when neither. */
export function parseSymptom(raw: string | undefined): SymptomId | null {
  if (raw === undefined) return 'unknown';
  const value = raw.trim().toLowerCase();
  if ((SYMPTOM_IDS as readonly string[]).includes(value)) return value as SymptomId;
  return /^\d{1,5}$/u.test(value) ? symptomForCode(Number(value)) : null;
}

export function symptomFromArgs(args: ParsedArgs, io: CliIo): SymptomId | null {
  const symptom = parseSymptom(single(args, 'symptom'));
  if (symptom === null) io.err(`installer-doctor: --symptom must be one of ${SYMPTOM_IDS.join(', ')} or an error code that maps to one\n`);
  return symptom;
}

export async function hostFromArgs(args: ParsedArgs, io: CliIo): Promise<WindowsHost | null> {
  try {
    return await selectHost({ scenario: single(args, 'scenario'), platform: io.platform, env: io.env });
  } catch (err) {
    if (err instanceof ScenarioError) {
      io.err(`installer-doctor: ${err.message}\n`);
      return null;
    }
    throw err;
  }
}
