/** Screenshots of each step for docs/screenshots/<step>-<lang>.png, written by the e2e run. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const dir = join(import.meta.dirname, '..', 'docs', 'screenshots');

export async function shot(page: Page, step: string, lang: 'en' | 'zh-CN'): Promise<void> {
  mkdirSync(dir, { recursive: true });
  // Let Fluent's motion settle so the picture shows the resting state.
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(dir, `${step}-${lang}.png`), fullPage: false });
}
