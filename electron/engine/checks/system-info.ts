/**
 * Disk space on the system drive: Windows Installer needs room for the cache, rollback files and the
 * payload. Below 500 MB installs fail; below 2 GB large ones may.
 */
import type { Check } from './types';
import { draft, ev, formatBytes, GiB, MiB } from './types';

export const LOW_DISK_ERROR = 500 * MiB;
export const LOW_DISK_WARNING = 2 * GiB;

export const systemInfoCheck: Check = {
  id: 'system-info',
  run({ facts }) {
    const s = facts.system;
    if (!s || s.systemDriveFreeBytes === null || s.systemDriveFreeBytes >= LOW_DISK_WARNING) return [];
    const free = s.systemDriveFreeBytes;
    return [
      draft(
        'low-disk-space',
        free < LOW_DISK_ERROR ? 'error' : 'warning',
        'high',
        [
          ev('freeSpace', `${s.systemDrive} ${formatBytes(free)} free (${free} bytes)`, `volume ${s.systemDrive}`, {
            drive: s.systemDrive,
          }),
        ],
        [],
        {
          drive: s.systemDrive,
          free: formatBytes(free),
        },
      ),
    ];
  },
};
