/**
 * The write-ahead journal on disk: one JSON file per entry in <dataDir>/journal. Every write goes to
 * a temporary file that is flushed to disk (fsync), then atomically renamed over the entry, then the
 * folder is synced, so a crash leaves either the old or the new version, never a torn file.
 */
import { mkdir, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JournalEntry } from './schema';

export interface JournalHooks {
  /** Called after every durable write; tests throw from it to inject a crash. */
  afterWrite?(entry: JournalEntry): void;
}

export class JournalStore {
  readonly dir: string;
  private seq = 0;

  constructor(
    dataDir: string,
    private readonly hooks: JournalHooks = {},
  ) {
    this.dir = join(dataDir, 'journal');
  }

  private file(id: string): string {
    if (!/^[\w-]{8,64}$/u.test(id)) throw new Error(`Not a journal id: ${id}`);
    return join(this.dir, `${id}.json`);
  }

  /** Writes an entry durably (fsync + atomic rename + directory sync). */
  async write(entry: JournalEntry): Promise<void> {
    const checked = JournalEntry.parse({ ...entry, updatedAt: new Date().toISOString() });
    await mkdir(this.dir, { recursive: true });
    const target = this.file(checked.id);
    const tmp = `${target}.${process.pid}.${++this.seq}.tmp`;
    await writeFile(tmp, `${JSON.stringify(checked, null, 2)}\n`, { encoding: 'utf8', flush: true });
    await rename(tmp, target);
    await syncDir(this.dir);
    entry.updatedAt = checked.updatedAt;
    this.hooks.afterWrite?.(checked);
  }

  async get(id: string): Promise<JournalEntry | null> {
    try {
      return JournalEntry.parse(JSON.parse(await readFile(this.file(id), 'utf8')));
    } catch {
      return null;
    }
  }

  /** Every readable entry, newest first. Unreadable files are skipped (and left alone). */
  async list(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const entry = await this.get(name.slice(0, -5));
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /** Entries a crash left open: offered for rollback at the next start. */
  async pending(): Promise<JournalEntry[]> {
    return (await this.list()).filter((e) => e.state === 'open');
  }
}

/** fsync of the folder makes the rename durable on POSIX; Windows cannot open folders this way. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
