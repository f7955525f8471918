/**
 * The zip itself: clean entry names, MANIFEST.json with every file's size and sha256, fflate's
 * deflate. Entry names are built by the bundle from fixed names and redacted, sanitized log names;
 * `assertCleanEntryName` checks each one again right before zipping (security.md F7: relative, no
 * "..", no drive letter, no backslash, no control characters), so a bad name can never reach a zip.
 */
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { BundleEntryKind, RedactionCounts } from '@shared/model/bundle';

export interface BundleEntry {
  name: string;
  kind: BundleEntryKind;
  bytes: Uint8Array;
  redactions: RedactionCounts;
  notes: string[];
}

export class UnsafeEntryNameError extends Error {
  constructor(name: string) {
    super(`unsafe zip entry name ${JSON.stringify(name.slice(0, 80))}`);
    this.name = 'UnsafeEntryNameError';
  }
}

/** Whether a name is safe as a zip entry: relative, forward slashes, printable, no dot segments. */
export function isCleanEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 200) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[A-Z]:/iu.test(name) || name.includes(':')) return false;
  // C0, DEL and C1 controls, and the Unicode line/paragraph separators and bidi overrides.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0x2028 ||
      c === 0x2029 ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    )
      return false;
  }
  return name.split('/').every((seg) => seg.length > 0 && seg !== '.' && seg !== '..' && seg.trim() === seg);
}

export function assertCleanEntryName(name: string): void {
  if (!isCleanEntryName(name)) throw new UnsafeEntryNameError(name);
}

/** A file-name-safe form of a (redacted) name: ASCII letters, digits, dot, dash and underscore. */
export function safeFileName(name: string, fallback: string): string {
  const base = name.replaceAll('\\', '/').split('/').pop() ?? '';
  const cleaned = base
    .normalize('NFKC')
    .replace(/[^\w.-]+/gu, '_')
    .replace(/^[._]+/u, '')
    .replace(/_{2,}/gu, '_')
    .slice(0, 80)
    .replace(/[.\s]+$/u, '');
  return cleaned.length > 0 ? cleaned : fallback;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Builds the zip. Every name is checked; timestamps are the bundle's creation time. */
export function zipEntries(entries: readonly { name: string; bytes: Uint8Array }[], created: Date): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) {
    assertCleanEntryName(e.name);
    if (Object.hasOwn(files, e.name)) throw new UnsafeEntryNameError(e.name);
    files[e.name] = [e.bytes, { level: 6, mtime: created }];
  }
  return zipSync(files);
}

/** Reads a zip into entry name -> bytes (tests, replay). */
export function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => strFromU8(bytes);
