/**
 * The support bundle: the user sees what goes in, what was removed, and any entry's redacted text
 * before saving; the saved file is named. The simulated user is "alex" on DESKTOP-SIM01 with a
 * S-1-5-21-... SID: none of them may show in what the user is about to hand over.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, seriousAxeViolations } from './fixtures';
import { FindingsPage } from './pages/findings-page';
import { PackagePage } from './pages/package-page';
import { SymptomPage } from './pages/symptom-page';
import { shot } from './shots';
import { BundlePage } from './pages/bundle-page';
import { SettingsPage } from './pages/settings-page';
import { WelcomePage } from './pages/welcome-page';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`bundle: preview, read an entry, save (${lang})`, async ({ page, guards }) => {
    void guards;
    const welcome = new WelcomePage(page);
    await welcome.open();
    await new SettingsPage(page).useScenario('standard-user-windows-temp-2503');
    if (lang === 'zh-CN') await welcome.chooseLanguage('简体中文');
    const bundle = new BundlePage(page);
    await bundle.open();
    await expect(bundle.files).toContainText('report.json');
    await expect(bundle.files).toContainText('MANIFEST.json');
    await expect(bundle.redactions).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'bundle', lang);

    await bundle.view('report.json');
    const text = (await bundle.entryText.textContent()) ?? '';
    expect(text).toContain('windows-temp-acl');
    for (const secret of ['alex', 'DESKTOP-SIM01', 'S-1-5-21-1111111111-2222222222-3333333333-1001'])
      expect(text).not.toContain(secret);
    await page.keyboard.press('Escape');
    await expect(bundle.entryText).toHaveCount(0);

    await bundle.save();
    await expect(bundle.saved).toBeVisible();
    await expect(bundle.saved).toContainText('.zip');
  });
}

test('a support bundle someone sent replays as the simulated PC, with the same top finding', async ({
  page,
  guards,
}) => {
  void guards;
  // Made the way a helpdesk receives it: by the CLI on the customer's (here: simulated) machine.
  const dir = mkdtempSync(join(tmpdir(), 'id-e2e-bundle-'));
  const zip = join(dir, 'support.zip');
  execFileSync(
    process.execPath,
    [
      'out/cli/installer-doctor.mjs',
      'bundle',
      '--scenario',
      'install-in-progress-1618',
      '--symptom',
      '1618',
      '--out',
      zip,
    ],
    { stdio: 'ignore' },
  );
  const welcome = new WelcomePage(page);
  await welcome.open();
  const settings = new SettingsPage(page);
  await settings.open();
  await page.getByTestId('file-input-bundle').setInputFiles(zip);
  await expect(page.getByTestId('scenario-status')).toContainText('bundle-install-in-progress-1618');
  await expect(page.getByTestId('simulation-banner')).toContainText('bundle-install-in-progress-1618');
  await page.getByRole('button', { name: /^(Back|上一步)$/u }).click();
  await welcome.start.click();
  const symptom = new SymptomPage(page);
  await symptom.typeCode('1618');
  await symptom.next();
  await new PackagePage(page).check();
  await expect(new FindingsPage(page).top).toHaveAttribute('data-testid', 'finding-install-in-progress');
});
