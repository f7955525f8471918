/**
 * The preview the UI shows before saving: the bundle is built in full (redacted, zipped) and kept in
 * memory under a random id, so what the user reads is byte for byte what saving writes. Previews are
 * few (the last 4) and expire after 30 minutes.
 */
import { randomBytes } from 'node:crypto';
import type { BundleEntryText, BundlePreview, BundleSaved } from '@shared/model/bundle';
import type { WindowsHost } from '../host/windows-host';
import { buildBundle, type BuiltBundle } from './build';
import { gatherBundleInputs, type GatherOptions } from './collect';
import { writeFileNoOverwrite } from './save';
import { fromUtf8 } from './zip';

const MAX_PREVIEWS = 4;
const TTL_MS = 30 * 60 * 1000;
/** Entry text handed to the UI at most (the zip holds it all). */
export const MAX_ENTRY_TEXT = 2 * 1024 * 1024;

/** installer-doctor-support-20261121-065307.zip */
export function suggestedBundleName(date: Date): string {
  const iso = date.toISOString();
  return `installer-doctor-support-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}.zip`;
}

export class BundlePreviews {
  private readonly items = new Map<string, { built: BuiltBundle; at: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  add(built: BuiltBundle): string {
    const id = randomBytes(16).toString('hex');
    this.items.set(id, { built, at: this.clock() });
    for (const [key, v] of this.items)
      if (this.items.size > MAX_PREVIEWS || this.clock() - v.at > TTL_MS) this.items.delete(key);
    return id;
  }

  get(id: string): BuiltBundle | null {
    const item = this.items.get(id);
    if (!item || this.clock() - item.at > TTL_MS) {
      this.items.delete(id);
      return null;
    }
    return item.built;
  }
}

export function summarize(previewId: string, built: BuiltBundle): BundlePreview {
  return {
    previewId,
    files: built.entries.map((e) => ({ name: e.name, kind: e.kind, size: e.bytes.length, redactions: e.redactions })),
    withheld: built.withheld,
    totals: built.totals,
    zipSize: built.zip.length,
    suggestedName: suggestedBundleName(built.createdAt),
  };
}

/** Gathers, redacts and zips, keeps the result under a new id, and returns what the UI shows. */
export async function previewBundle(
  host: WindowsHost,
  options: GatherOptions,
  store: BundlePreviews,
): Promise<BundlePreview> {
  const built = buildBundle(await gatherBundleInputs(host, options));
  return summarize(store.add(built), built);
}

/** The redacted text of one entry, exactly as it is in the zip (shortened past MAX_ENTRY_TEXT). */
export function entryText(built: BuiltBundle, name: string): BundleEntryText | null {
  const entry = built.entries.find((e) => e.name === name);
  if (!entry) return null;
  const text = fromUtf8(entry.bytes.subarray(0, MAX_ENTRY_TEXT));
  const truncated = entry.bytes.length > MAX_ENTRY_TEXT;
  return { name, text: truncated ? text.replace(/\uFFFD$/u, '') : text, truncated, size: entry.bytes.length };
}

export interface SaveOptions {
  /** Also write the private pseudonym map beside the zip, as <zip>.private-map.json. */
  writeMap?: boolean;
}

/** Writes the zip (never over an existing file), and the private map beside it when asked. */
export async function saveBundle(
  built: BuiltBundle,
  path: string,
  options: SaveOptions = {},
): Promise<BundleSaved & { path: string; mapPath: string | null }> {
  await writeFileNoOverwrite(path, built.zip);
  let mapPath: string | null = null;
  if (options.writeMap) {
    mapPath = `${path}.private-map.json`;
    const map = {
      note: 'PRIVATE: maps the stand-ins in the bundle back to real names. Do not send it with the bundle.',
      entries: built.privateMap,
    };
    await writeFileNoOverwrite(mapPath, new TextEncoder().encode(`${JSON.stringify(map, null, 2)}\n`));
  }
  const fileName = path.replaceAll('\\', '/').split('/').pop() ?? path;
  return { fileName, size: built.zip.length, path, mapPath };
}
