/**
 * The package the user chose: where it lives (a share, an EFS-encrypted file: 2755 and 1603) from the
 * batch, then its bytes read through the host (a file read, never a process) and inspected in
 * TypeScript: is it an installer database at all (an HTML page saved as .msi gives 1619), per-machine
 * or per-user, and its schema against the installed Windows Installer (1613).
 */
import { inspectPackage } from '../package/index';
import type { Probe } from './types';
import { maybe, need } from './types';

/** Packages larger than this are described from their location only (the reader needs the whole file). */
export const PACKAGE_READ_LIMIT = 512 * 1024 * 1024;

export const packageProbe: Probe<'package'> = {
  fact: 'package',
  checkId: 'package',
  queries: (ctx) => (ctx.packagePath ? [{ kind: 'path', path: ctx.packagePath, acl: false }, { kind: 'os' }] : []),
  parse(answers, ctx) {
    const info = need(answers, 0, 'path');
    return {
      path: ctx.packagePath ?? '',
      exists: info.exists && info.type === 'file',
      readable: false,
      readError: info.exists ? (info.type === 'file' ? null : 'is a folder') : 'not found',
      isNetwork: info.isNetwork,
      isEncrypted: (info.attributes & 0x4000) !== 0,
      size: info.size,
      info: null,
    };
  },
  async complete(base, { host, answers }) {
    if (!base.exists || base.size > PACKAGE_READ_LIMIT) return base;
    // The installed Windows Installer version, for the schema comparison (1613).
    const msiVersion = maybe(answers, 1, 'os')?.msiVersion ?? null;
    try {
      const bytes = await host.readFile(base.path, PACKAGE_READ_LIMIT);
      const info = inspectPackage(bytes, msiVersion ? { installedMsiVersion: msiVersion } : {});
      return { ...base, readable: true, readError: null, info };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { ...base, readable: false, readError: code ?? (err as Error).message };
    }
  },
};
