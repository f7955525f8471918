/**
 * The built-in scenarios, imported statically so every bundle (app, CLI, preview) carries them.
 * A test checks that every *.json in this folder is listed here. The format is documented in
 * docs/scenarios.md; each scenario but "healthy" extends it and states only what differs.
 */
import healthy from './healthy.json';
import standardUserWindowsTemp2503 from './standard-user-windows-temp-2503.json';
import installInProgress1618 from './install-in-progress-1618.json';
import alwaysInstallElevated from './always-install-elevated.json';
import cachedPackageMissing1612 from './cached-package-missing-1612.json';
import debugPolicySecrets from './debug-policy-secrets.json';
import disableMsiPolicy1625 from './disable-msi-policy-1625.json';
import encryptedPackage2755 from './encrypted-package-2755.json';
import htmlDownload1619 from './html-download-1619.json';
import lowDiskSpace1603 from './low-disk-space-1603.json';
import msiserverDisabled1601 from './msiserver-disabled-1601.json';
import packageSchemaTooNew1613 from './package-schema-too-new-1613.json';
import pendingRebootPrompt from './pending-reboot-prompt.json';
import secureRepairUac1730 from './secure-repair-uac-1730.json';
import selfRepairLoop from './self-repair-loop.json';
import shellFolderRedirected2103 from './shell-folder-redirected-2103.json';
import silentFailureWindowFlashes from './silent-failure-window-flashes.json';
import softwareRestriction1625 from './software-restriction-1625.json';
import standardUserPerMachine1925 from './standard-user-per-machine-1925.json';
import uninstallLeftovers from './uninstall-leftovers.json';
import userTempMissing1632 from './user-temp-missing-1632.json';
import userTempOnShare2503 from './user-temp-on-share-2503.json';
import windowsTempIsFile2503 from './windows-temp-is-file-2503.json';
import uacDeclined1223 from './uac-declined-1223.json';

export const builtinScenarios: Readonly<Record<string, unknown>> = {
  healthy: healthy,
  'standard-user-windows-temp-2503': standardUserWindowsTemp2503,
  'install-in-progress-1618': installInProgress1618,
  'always-install-elevated': alwaysInstallElevated,
  'cached-package-missing-1612': cachedPackageMissing1612,
  'debug-policy-secrets': debugPolicySecrets,
  'disable-msi-policy-1625': disableMsiPolicy1625,
  'encrypted-package-2755': encryptedPackage2755,
  'html-download-1619': htmlDownload1619,
  'low-disk-space-1603': lowDiskSpace1603,
  'msiserver-disabled-1601': msiserverDisabled1601,
  'package-schema-too-new-1613': packageSchemaTooNew1613,
  'pending-reboot-prompt': pendingRebootPrompt,
  'secure-repair-uac-1730': secureRepairUac1730,
  'self-repair-loop': selfRepairLoop,
  'shell-folder-redirected-2103': shellFolderRedirected2103,
  'silent-failure-window-flashes': silentFailureWindowFlashes,
  'software-restriction-1625': softwareRestriction1625,
  'standard-user-per-machine-1925': standardUserPerMachine1925,
  'uninstall-leftovers': uninstallLeftovers,
  'user-temp-missing-1632': userTempMissing1632,
  'user-temp-on-share-2503': userTempOnShare2503,
  'windows-temp-is-file-2503': windowsTempIsFile2503,
  'uac-declined-1223': uacDeclined1223,
};
