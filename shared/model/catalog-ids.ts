/**
 * The closed catalogs, as ids. Each id has exactly one implementation in the engine (checks in
 * electron/engine/checks, fixes in electron/engine/fixes) and its texts in shared/i18n; tests hold the
 * two sides equal. The renderer refers to fixes and symptoms only by these ids.
 */
export const CHECK_IDS = [
  'token-uac',
  'user-temp',
  'windows-temp',
  'installer-folder',
  'msiserver',
  'installer-policies',
  'install-in-progress',
  'pending-reboot',
  'event-log',
  'cached-packages',
  'shell-folders',
  'package',
  'system-info',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const FIX_IDS = [
  'elevated-install',
  'repair-user-temp',
  'repair-windows-temp',
  'temp-redirect-install',
  'reset-msiserver',
  'wait-for-install',
  'enable-installer-logging',
  'disable-installer-logging',
  'remove-always-install-elevated',
  'restart-for-pending-renames',
  'missing-package-guidance',
] as const;
export type FixId = (typeof FIX_IDS)[number];

export const SYMPTOM_IDS = [
  '2503',
  '1603',
  '1618',
  '1619',
  '1612',
  '1925',
  '1730',
  '1625',
  '1632',
  '1613',
  '1601',
  '2103',
  '2755',
  'self-repair',
  'reboot-prompt',
  'uninstall-leftovers',
  'window-flashes',
  'unknown',
] as const;
export type SymptomId = (typeof SYMPTOM_IDS)[number];
