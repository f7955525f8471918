/**
 * Shared e2e fixtures: every page collects CSP violations and console errors, and each test starts
 * from a known simulated machine (the preview server is shared, so tests reset the scenario first).
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Guards {
  cspViolations: string[];
}

export const test = base.extend<{ guards: Guards }>({
  guards: async ({ page }, use) => {
    const guards: Guards = { cspViolations: [] };
    await page.exposeFunction('__reportCsp', (v: string) => guards.cspViolations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportCsp(v: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(guards);
    expect(guards.cspViolations, 'no CSP violation during the test').toEqual([]);
  },
});

/** Serious or critical axe violations on the current screen (WCAG 2.1 A/AA). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>, left at the body edges by
  // Fluent's menus and dialogs) forward focus at once and hold no content: axe's aria-hidden-focus rule
  // cannot know that, so they are excluded; everything else is scanned. The resting screen is judged:
  // a panel still fading in has, for that moment, too little contrast.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export { expect };
