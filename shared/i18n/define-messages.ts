/**
 * Messages are declared per namespace with all three languages side by side. English is the shape:
 * the Chinese catalogs must have exactly the same keys (the type below rejects a missing or an extra
 * key), and i18n.test.ts checks that every key is used somewhere in the code.
 */
import type { Language } from './languages';

export type MessageTree = { readonly [key: string]: string | MessageTree };

/** The same keys as T, every leaf a string. */
export type SameShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export function defineMessages<T extends MessageTree>(
  catalogs: { en: T } & { [L in Exclude<Language, 'en'>]: SameShape<T> & MessageTree },
): Record<Language, MessageTree> & { en: T } {
  return catalogs;
}
