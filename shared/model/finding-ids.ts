/**
 * Every conclusion a check can reach, by id, with the check that reaches it. Findings' texts live in
 * shared/i18n/messages/findings.ts under the same ids; symptom weights (shared/symptoms) refer to them.
 */
import type { CheckId } from './catalog-ids';

export const FINDING_CHECKS = {
  'not-admin': 'token-uac',
  'filtered-admin-token': 'token-uac',
  'uac-disabled': 'token-uac',
  'user-temp-missing': 'user-temp',
  'user-temp-not-writable': 'user-temp',
  'user-temp-system-access': 'user-temp',
  'user-temp-risky-path': 'user-temp',
  'windows-temp-missing': 'windows-temp',
  'windows-temp-acl': 'windows-temp',
  'installer-folder-missing': 'installer-folder',
  'installer-folder-acl': 'installer-folder',
  'msiserver-missing': 'msiserver',
  'msiserver-disabled': 'msiserver',
  'msiserver-misconfigured': 'msiserver',
  'disable-msi-policy': 'installer-policies',
  'always-install-elevated': 'installer-policies',
  'debug-policy-secrets': 'installer-policies',
  'disable-patch-policy': 'installer-policies',
  'disable-user-installs': 'installer-policies',
  'disable-rollback-policy': 'installer-policies',
  'secure-repair-uac': 'installer-policies',
  'installer-logging-off': 'installer-policies',
  'installer-logging-left-on': 'installer-policies',
  'install-in-progress': 'install-in-progress',
  'install-interrupted': 'install-in-progress',
  'pending-reboot': 'pending-reboot',
  'recent-install-failures': 'event-log',
  'recent-removal-failures': 'event-log',
  'self-repair-loop': 'event-log',
  'installs-blocked-by-policy': 'event-log',
  'cached-package-missing': 'cached-packages',
  'shell-folder-unresolvable': 'shell-folders',
  'package-unreadable': 'package',
  'package-not-msi': 'package',
  'package-damaged': 'package',
  'package-on-network': 'package',
  'package-encrypted': 'package',
  'package-needs-admin': 'package',
  'package-schema-too-new': 'package',
  'low-disk-space': 'system-info',
} as const satisfies Record<string, CheckId>;

export type FindingId = keyof typeof FINDING_CHECKS;
export const FINDING_IDS = Object.keys(FINDING_CHECKS) as FindingId[];
