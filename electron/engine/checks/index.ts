/** Every check, one per CHECK_ID (the Record type refuses a missing or unknown id), and runChecks(). */
import type { CheckId, SymptomId } from '@shared/model/catalog-ids';
import { CHECK_IDS } from '@shared/model/catalog-ids';
import type { Facts } from '@shared/model/facts';
import type { Finding } from '@shared/model/findings';
import { cachedPackagesCheck } from './cached-packages';
import { eventLogCheck } from './event-log';
import { installerFolderCheck, userTempCheck, windowsTempCheck } from './folders';
import { inProgressCheck } from './in-progress';
import { msiserverCheck } from './msiserver';
import { packageCheck } from './package';
import { pendingRebootCheck } from './pending-reboot';
import { policiesCheck } from './policies';
import { rankFindings } from './rank';
import { shellFoldersCheck } from './shell-folders';
import { systemInfoCheck } from './system-info';
import { tokenUacCheck } from './token-uac';
import type { Check, FindingDraft } from './types';

export const CHECKS: Readonly<Record<CheckId, Check>> = {
  'token-uac': tokenUacCheck,
  'user-temp': userTempCheck,
  'windows-temp': windowsTempCheck,
  'installer-folder': installerFolderCheck,
  msiserver: msiserverCheck,
  'installer-policies': policiesCheck,
  'install-in-progress': inProgressCheck,
  'pending-reboot': pendingRebootCheck,
  'event-log': eventLogCheck,
  'cached-packages': cachedPackagesCheck,
  'shell-folders': shellFoldersCheck,
  package: packageCheck,
  'system-info': systemInfoCheck,
};

/** Runs every check on the facts and ranks the findings for the symptom. Pure. */
export function runChecks(facts: Facts, symptom: SymptomId, now: number): Finding[] {
  const drafts: FindingDraft[] = [];
  for (const id of CHECK_IDS) drafts.push(...CHECKS[id].run({ facts, symptom, now }));
  return rankFindings(drafts, symptom);
}

export { rankFindings } from './rank';
export type { Check, CheckInput, FindingDraft } from './types';
