/**
 * What each symptom means for the diagnosis: the error codes that lead to it (typed into the code box
 * or found in the event log), the checks it weighs, and how strongly each finding explains it (0-100).
 * The ranking adds this weight to the finding's severity, so the same machine ranks differently for
 * 2503 than for 1618. Sources for the cause/effect pairs: ../research/anchors.md section 4 and the
 * Microsoft pages it cites.
 */
import type { CheckId, SymptomId } from '../model/catalog-ids';
import type { FindingId } from '../model/finding-ids';

export interface SymptomDefinition {
  id: SymptomId;
  /** Codes that map to this symptom; the first is the one shown on the card. */
  codes: readonly number[];
  /** The checks this symptom weighs most, in order of importance. */
  weighs: readonly CheckId[];
  /** How strongly each finding explains the symptom; unlisted findings weigh DEFAULT_WEIGHT. */
  weights: Readonly<Partial<Record<FindingId, number>>>;
}

export const DEFAULT_WEIGHT = 10;

/** Findings that block every install whatever the user saw. */
const BLOCKERS: Partial<Record<FindingId, number>> = {
  'msiserver-missing': 60,
  'msiserver-disabled': 60,
  'msiserver-misconfigured': 50,
  'disable-msi-policy': 50,
  'installer-folder-missing': 40,
  'windows-temp-missing': 50,
  'install-in-progress': 40,
  'always-install-elevated': 30,
};

const TEMP_CAUSES: Partial<Record<FindingId, number>> = {
  'windows-temp-missing': 100,
  'windows-temp-acl': 100,
  'user-temp-missing': 85,
  'user-temp-not-writable': 85,
  'user-temp-system-access': 75,
  'user-temp-risky-path': 75,
};

const def = (
  id: SymptomId,
  codes: number[],
  weighs: CheckId[],
  weights: Partial<Record<FindingId, number>>,
): SymptomDefinition => ({
  id,
  codes,
  weighs,
  weights: { ...BLOCKERS, ...weights },
});

export const SYMPTOMS: Readonly<Record<SymptomId, SymptomDefinition>> = {
  '2503': def('2503', [2503, 2502], ['windows-temp', 'user-temp', 'token-uac', 'msiserver'], {
    ...TEMP_CAUSES,
    'not-admin': 70,
    'filtered-admin-token': 65,
    'package-needs-admin': 65,
    'uac-disabled': 30,
    'recent-install-failures': 40,
    'installer-logging-off': 20,
  }),
  '1603': def(
    '1603',
    [1603, 1708],
    ['windows-temp', 'package', 'pending-reboot', 'user-temp', 'token-uac', 'system-info'],
    {
      'windows-temp-acl': 85,
      'windows-temp-missing': 85,
      'package-encrypted': 90,
      'package-on-network': 60,
      'low-disk-space': 80,
      'pending-reboot': 65,
      'user-temp-not-writable': 70,
      'user-temp-missing': 70,
      'user-temp-system-access': 70,
      'user-temp-risky-path': 50,
      'not-admin': 55,
      'package-needs-admin': 60,
      'filtered-admin-token': 40,
      'recent-install-failures': 50,
      'installer-logging-off': 35,
      'disable-rollback-policy': 20,
    },
  ),
  '1618': def('1618', [1618, 1500], ['install-in-progress', 'pending-reboot'], {
    'install-in-progress': 100,
    'install-interrupted': 85,
    'pending-reboot': 45,
    'recent-install-failures': 15,
  }),
  '1619': def('1619', [1619, 1620], ['package', 'user-temp'], {
    'package-not-msi': 100,
    'package-unreadable': 95,
    'package-damaged': 95,
    'package-on-network': 70,
    'package-encrypted': 60,
    'user-temp-not-writable': 40,
  }),
  '1612': def('1612', [1612, 1635, 1706], ['cached-packages', 'installer-folder'], {
    'cached-package-missing': 100,
    'installer-folder-missing': 95,
    'installer-folder-acl': 60,
    'recent-removal-failures': 40,
    'recent-install-failures': 30,
  }),
  '1925': def('1925', [1925], ['token-uac', 'package'], {
    'package-needs-admin': 100,
    'not-admin': 95,
    'filtered-admin-token': 90,
    'uac-disabled': 30,
    'disable-msi-policy': 50,
  }),
  '1730': def('1730', [1730], ['installer-policies', 'token-uac'], {
    'secure-repair-uac': 100,
    'not-admin': 85,
    'filtered-admin-token': 80,
    'self-repair-loop': 50,
  }),
  '1625': def('1625', [1625, 1643, 1644], ['installer-policies', 'event-log'], {
    'disable-msi-policy': 100,
    'installs-blocked-by-policy': 95,
    'disable-patch-policy': 85,
    'disable-user-installs': 40,
  }),
  '1632': def('1632', [1632], ['user-temp', 'windows-temp', 'system-info'], {
    'user-temp-missing': 100,
    'user-temp-not-writable': 100,
    'user-temp-risky-path': 80,
    'user-temp-system-access': 70,
    'windows-temp-missing': 90,
    'windows-temp-acl': 85,
    'low-disk-space': 80,
  }),
  '1613': def('1613', [1613, 1638], ['package', 'system-info'], {
    'package-schema-too-new': 100,
    'package-not-msi': 40,
    'package-damaged': 40,
  }),
  '1601': def('1601', [1601], ['msiserver'], {
    'msiserver-missing': 100,
    'msiserver-disabled': 100,
    'msiserver-misconfigured': 95,
    'install-in-progress': 30,
  }),
  '2103': def('2103', [2103], ['shell-folders'], {
    'shell-folder-unresolvable': 100,
    'user-temp-risky-path': 25,
  }),
  '2755': def('2755', [2755], ['package', 'windows-temp', 'installer-folder'], {
    'package-encrypted': 100,
    'package-on-network': 90,
    'package-unreadable': 70,
    'windows-temp-acl': 60,
    'windows-temp-missing': 60,
    'installer-folder-acl': 55,
  }),
  'self-repair': def('self-repair', [1001, 1004], ['event-log', 'installer-policies', 'cached-packages'], {
    'secure-repair-uac': 100,
    'self-repair-loop': 95,
    'cached-package-missing': 70,
    'not-admin': 40,
  }),
  'reboot-prompt': def('reboot-prompt', [3010, 1641], ['pending-reboot', 'event-log', 'install-in-progress'], {
    'pending-reboot': 100,
    'install-interrupted': 60,
    'install-in-progress': 50,
  }),
  'uninstall-leftovers': def('uninstall-leftovers', [1605, 1614], ['event-log', 'pending-reboot', 'cached-packages'], {
    'recent-removal-failures': 90,
    'cached-package-missing': 85,
    'pending-reboot': 80,
    'disable-user-installs': 50,
  }),
  'window-flashes': def('window-flashes', [], ['event-log', 'installer-policies', 'msiserver', 'package'], {
    'recent-install-failures': 90,
    'installs-blocked-by-policy': 85,
    'disable-msi-policy': 80,
    'msiserver-disabled': 80,
    'package-not-msi': 75,
    'installer-logging-off': 40,
  }),
  unknown: def(
    'unknown',
    [],
    ['windows-temp', 'user-temp', 'msiserver', 'install-in-progress', 'installer-policies', 'event-log'],
    {
      'windows-temp-acl': 55,
      'user-temp-missing': 55,
      'user-temp-not-writable': 55,
      'recent-install-failures': 50,
      'installs-blocked-by-policy': 50,
      'pending-reboot': 40,
      'cached-package-missing': 40,
      'low-disk-space': 45,
      'package-not-msi': 60,
      'debug-policy-secrets': 35,
      'always-install-elevated': 40,
    },
  ),
};

/** The symptom an error code points to (2502 to 2503, 1500 to 1618, 1635 to 1612 ...), or null. */
export function symptomForCode(code: number): SymptomId | null {
  for (const s of Object.values(SYMPTOMS)) if (s.codes.includes(code)) return s.id;
  return null;
}

export function symptomWeight(symptom: SymptomId, finding: FindingId): number {
  return SYMPTOMS[symptom].weights[finding] ?? DEFAULT_WEIGHT;
}
