/** The closed fix catalog: exactly one definition per FIX_ID (a test holds the two equal). */
import type { FixId } from '@shared/model/catalog-ids';
import type { FixDefinition } from './types';
import { elevatedInstall } from './elevated-install';
import { repairUserTemp } from './repair-user-temp';
import { repairWindowsTemp } from './repair-windows-temp';
import { tempRedirectInstall } from './temp-redirect-install';
import { resetMsiserver } from './reset-msiserver';
import { waitForInstallFix } from './wait-for-install';
import { enableInstallerLogging } from './enable-installer-logging';
import { disableInstallerLogging } from './disable-installer-logging';
import { removeAlwaysInstallElevated } from './remove-always-install-elevated';
import { restartForPendingRenames } from './restart-for-pending-renames';
import { missingPackageGuidance } from './missing-package-guidance';

export const FIXES: Readonly<Record<FixId, FixDefinition>> = {
  'elevated-install': elevatedInstall,
  'repair-user-temp': repairUserTemp,
  'repair-windows-temp': repairWindowsTemp,
  'temp-redirect-install': tempRedirectInstall,
  'reset-msiserver': resetMsiserver,
  'wait-for-install': waitForInstallFix,
  'enable-installer-logging': enableInstallerLogging,
  'disable-installer-logging': disableInstallerLogging,
  'remove-always-install-elevated': removeAlwaysInstallElevated,
  'restart-for-pending-renames': restartForPendingRenames,
  'missing-package-guidance': missingPackageGuidance,
};
