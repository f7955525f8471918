/**
 * The error-code knowledge base: lookups by number, with the two namespaces kept apart.
 * Entries are built from the compact data files on first use and then kept (about 600 entries).
 */
import { buildEntry, type KbSource } from './define';
import { EXIT_CODES } from './exit-codes';
import { MESSAGES_11XX_15XX } from './messages-11xx-15xx';
import { MESSAGES_16XX_19XX } from './messages-16xx-19xx';
import { MESSAGES_21XX_23XX } from './messages-21xx-23xx';
import { MESSAGES_24XX_27XX } from './messages-24xx-27xx';
import { MESSAGES_28XX_30XX } from './messages-28xx-30xx';
import { KB_NAMESPACES, type KbEntry, type KbNamespace } from './schema';

export {
  KB_CATEGORIES,
  KB_NAMESPACES,
  KbEntrySchema,
  type KbCategory,
  type KbEntry,
  type KbNamespace,
  type KbText,
} from './schema';

const SOURCES: Record<KbNamespace, readonly (readonly KbSource[])[]> = {
  exit: [EXIT_CODES],
  message: [MESSAGES_11XX_15XX, MESSAGES_16XX_19XX, MESSAGES_21XX_23XX, MESSAGES_24XX_27XX, MESSAGES_28XX_30XX],
};

interface Kb {
  all: readonly KbEntry[];
  byKey: ReadonlyMap<string, KbEntry>;
}
let kb: Kb | undefined;

const key = (namespace: KbNamespace, code: number): string => `${namespace}:${code}`;

function load(): Kb {
  if (kb) return kb;
  const all: KbEntry[] = [];
  const byKey = new Map<string, KbEntry>();
  for (const namespace of KB_NAMESPACES) {
    for (const file of SOURCES[namespace]) {
      for (const row of file) {
        const entry = Object.freeze(buildEntry(namespace, row));
        if (byKey.has(key(namespace, entry.code))) throw new Error(`KB: ${namespace} ${entry.code} is defined twice`);
        byKey.set(key(namespace, entry.code), entry);
        all.push(entry);
      }
    }
  }
  all.sort((a, b) => KB_NAMESPACES.indexOf(a.namespace) - KB_NAMESPACES.indexOf(b.namespace) || a.code - b.code);
  kb = { all: Object.freeze(all), byKey };
  return kb;
}

/** Every entry: exit codes first, then messages, each by code. */
export function kbEntries(): readonly KbEntry[] {
  return load().all;
}

/**
 * The entries for a code: one per namespace that knows it, exit code first (a bare 1603 is both
 * "the install failed" and "a file is in use"). Empty when the code is unknown.
 */
export function lookupCode(code: number, namespace?: KbNamespace): readonly KbEntry[] {
  const { byKey } = load();
  const out: KbEntry[] = [];
  for (const ns of namespace ? [namespace] : KB_NAMESPACES) {
    const entry = byKey.get(key(ns, code));
    if (entry) out.push(entry);
  }
  return out;
}
