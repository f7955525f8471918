/** Where a CLI command writes, and in which language; injected so tests capture output. */
import type { Language } from '@shared/i18n/languages';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  lang: Language;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
}

/** JSON output: stable key order as built, two-space indent, trailing newline. */
export const json = (io: CliIo, value: unknown): void => io.out(`${JSON.stringify(value, null, 2)}\n`);
