/** The i18n key of a fix's title: fixes:<camelCaseId>.title (the fixes namespace is keyed that way). */
import type { FixId } from './catalog-ids';

export function fixTitleKey(id: FixId): string {
  const camel = id.replace(/-([a-z])/gu, (_m, c: string) => c.toUpperCase());
  return `fixes:${camel}.title`;
}
