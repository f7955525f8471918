/** Every probe, in the order progress is reported. Each fills one key of Facts. */
import type { FactKey } from '@shared/model/facts';
import { cachedPackagesProbe } from './cached-packages';
import { eventsProbe } from './events';
import { inProgressProbe } from './in-progress';
import { msiserverProbe } from './msiserver';
import { packageProbe } from './package';
import { pendingRebootProbe } from './pending-reboot';
import { policiesProbe } from './policies';
import { shellFoldersProbe } from './shell-folders';
import { systemProbe } from './system';
import { installerFolderProbe, userTempProbe, windowsTempProbe } from './temp-folders';
import { tokenProbe } from './token';
import type { Probe } from './types';

export const PROBES: readonly Probe<FactKey>[] = [
  tokenProbe,
  userTempProbe,
  windowsTempProbe,
  installerFolderProbe,
  msiserverProbe,
  policiesProbe,
  inProgressProbe,
  pendingRebootProbe,
  eventsProbe,
  cachedPackagesProbe,
  shellFoldersProbe,
  packageProbe,
  systemProbe,
] as Probe<FactKey>[];

export type { Probe, ProbeContext } from './types';
