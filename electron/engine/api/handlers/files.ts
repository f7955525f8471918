/**
 * Files the user hands over. The dialog lives in the shell (Platform.pickFile); uploads are written
 * under dataDir/uploads with a name we made safe, so nothing the page sends becomes a path as is.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_UPLOAD_BYTES } from '@shared/ipc/domains/files';
import { cancelled, failed, ok } from '@shared/ipc/result';
import { inspectPackage } from '../../package/index';
import type { HandlersFor } from './types';

/** Largest package read for inspection; bigger files are described as too large. */
export const MAX_INSPECT_BYTES = 512 * 1024 * 1024;

/** A base name that is safe on Windows and Linux: no separators, device names or control characters. */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[\\/]/u).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let clean = base.replace(/[\u0000-\u001f<>:"|?*]/gu, '_').replace(/^[.\s]+|[.\s]+$/gu, '');
  if (/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/iu.test(clean)) clean = `_${clean}`;
  if (clean.length > 120) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, 120 - ext.length) + ext;
  }
  return clean || 'file';
}

export const filesHandlers: HandlersFor<'files:pick' | 'files:upload' | 'files:inspectPackage'> = {
  'files:pick': async ({ purpose }, ctx) => {
    const path = ctx.platform.pickFile ? await ctx.platform.pickFile(purpose) : null;
    if (!path) return cancelled();
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) return failed('E_FILE_UNREADABLE');
      size = info.size;
    } catch {
      return failed('E_FILE_UNREADABLE');
    }
    const name = path.split(/[\\/]/u).pop() ?? path;
    return ok({ token: ctx.files.mint({ path, name, size, purpose }), name, size });
  },

  'files:upload': async ({ name, purpose, dataBase64 }, ctx) => {
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length > MAX_UPLOAD_BYTES) return failed('E_FILE_TOO_LARGE');
    const safe = sanitizeFileName(name);
    const dir = join(ctx.dataDir, 'uploads');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${randomBytes(6).toString('hex')}-${safe}`);
    await writeFile(path, bytes, { flag: 'wx' });
    return ok({
      token: ctx.files.mint({ path, name: safe, size: bytes.length, purpose }),
      name: safe,
      size: bytes.length,
    });
  },

  'files:inspectPackage': async ({ token }, ctx) => {
    const entry = ctx.files.resolve(token);
    if (!entry) return failed('E_TOKEN_UNKNOWN');
    let handle;
    try {
      handle = await open(entry.path, 'r');
      const { size } = await handle.stat();
      if (size > MAX_INSPECT_BYTES) return failed('E_FILE_TOO_LARGE');
      const bytes = new Uint8Array(size);
      await handle.read(bytes, 0, size, 0);
      return ok(inspectPackage(bytes));
    } catch {
      return failed('E_FILE_UNREADABLE');
    } finally {
      await handle?.close();
    }
  },
};
