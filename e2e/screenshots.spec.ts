/** Walks every step in English and Simplified Chinese and writes docs/screenshots/<step>-<lang>.png (1024x720). */
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { shot } from './shots';
import { FindingsPage } from './pages/findings-page';
import { FixPage } from './pages/fix-page';
import { LogPage } from './pages/log-page';
import { PackagePage } from './pages/package-page';
import { SettingsPage } from './pages/settings-page';
import { SymptomPage } from './pages/symptom-page';
import { WelcomePage } from './pages/welcome-page';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshots of every step (${lang})`, async ({ page, guards }) => {
    void guards;
    const welcome = new WelcomePage(page);
    await welcome.open();
    await new SettingsPage(page).useScenario('standard-user-windows-temp-2503');
    if (lang === 'zh-CN') await welcome.chooseLanguage('简体中文');
    await shot(page, 'welcome', lang);
    await welcome.start.click();
    const symptom = new SymptomPage(page);
    await symptom.typeCode('2503');
    await expect(symptom.recentFailures).toBeVisible();
    await shot(page, 'symptom', lang);
    await symptom.next();
    const pkg = new PackagePage(page);
    await pkg.upload('setup.msi', '<!doctype html><html><body>Sign in to download</body></html>', 'text/html');
    await expect(pkg.verdict).toBeVisible();
    await shot(page, 'package', lang);
    await page.getByTestId('package-clear').click();
    await pkg.check();
    const findings = new FindingsPage(page);
    await expect(findings.top).toBeVisible();
    await findings.expandWhy('windows-temp-acl');
    await shot(page, 'findings', lang);
    await findings.openFix('windows-temp-acl', 'repair-windows-temp');
    const fix = new FixPage(page);
    await expect(fix.consent).toBeVisible();
    await shot(page, 'fix-preview', lang);
    await fix.agreeAndApply();
    await expect(fix.outcome).toBeVisible();
    await shot(page, 'fix-verified', lang);
    await fix.continue();
    await expect(page.getByTestId('screen-result')).toBeVisible();
    await shot(page, 'result', lang);
    await page.getByTestId('result-again').click();
    await expect(findings.screen).toBeVisible();
    // (The checks' screen is taken mid-run on a slow PC: slow-machine.spec.ts.)
    await page.getByRole('button', { name: lang === 'en' ? 'Back' : '上一步' }).click();
    const log = new LogPage(page);
    await log.open();
    await log.drop(join(import.meta.dirname, 'fixtures', 'install-2503.log'));
    await expect(log.rootCause).toBeVisible();
    await shot(page, 'log', lang);
    await new SettingsPage(page).open();
    await shot(page, 'settings', lang);
  });
}
