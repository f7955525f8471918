/** User settings (language, theme), kept as JSON in the app's data folder, or in memory. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_SETTINGS, Settings } from '@shared/model/app';

export interface SettingsStore {
  get(): Promise<Settings>;
  set(patch: Partial<Settings>): Promise<Settings>;
}

export function memorySettingsStore(initial: Settings = DEFAULT_SETTINGS): SettingsStore {
  let current = { ...initial };
  return {
    get: async () => ({ ...current }),
    set: async (patch) => (current = { ...current, ...patch }),
  };
}

/** A corrupt or missing file means defaults; writes go through a temporary file and a rename. */
export function fileSettingsStore(dataDir: string): SettingsStore {
  const file = join(dataDir, 'settings.json');
  const read = async (): Promise<Settings> => {
    try {
      const parsed = Settings.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  };
  return {
    get: read,
    async set(patch) {
      const next = { ...(await read()), ...patch };
      await mkdir(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(next, null, 2));
      await rename(tmp, file);
      return next;
    },
  };
}
