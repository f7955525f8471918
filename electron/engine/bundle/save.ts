/**
 * Writing the zip: never over an existing file. The destination is reserved with an exclusive create
 * ('wx', O_EXCL) so a file that exists makes the save fail instead of being replaced; the bytes go
 * to a temporary file beside it (also 'wx', owner-only) that is flushed and then renamed onto the
 * reservation. If anything fails, both the temporary file and our own reservation are removed
 * (Netdata publishes with no-overwrite, O_EXCL: security.md 5.1 [ND1]).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class OutputExistsError extends Error {
  readonly code = 'EEXIST';
  constructor(readonly path: string) {
    super(`${path} already exists; it is never overwritten`);
    this.name = 'OutputExistsError';
  }
}

async function writeNew(path: string, bytes: Uint8Array, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes bytes to `path`, which must not exist yet. */
export async function writeFileNoOverwrite(path: string, bytes: Uint8Array, mode = 0o600): Promise<void> {
  try {
    const reservation = await open(path, 'wx', mode);
    await reservation.close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExistsError(path);
    throw err;
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    await writeNew(temp, bytes, mode);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    await rm(path, { force: true });
    throw err;
  }
}
