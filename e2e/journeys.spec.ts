/** The stuck user's journeys on the simulated machine, through the real renderer and the preview bridge. */
import { join } from 'node:path';
import { test, expect, seriousAxeViolations } from './fixtures';
import { FindingsPage } from './pages/findings-page';
import { FixPage } from './pages/fix-page';
import { ResultPage } from './pages/result-page';
import { LogPage } from './pages/log-page';
import { PackagePage } from './pages/package-page';
import { SettingsPage } from './pages/settings-page';
import { SymptomPage } from './pages/symptom-page';
import { WelcomePage } from './pages/welcome-page';

async function startOn(page: import('@playwright/test').Page, scenario: string) {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await new SettingsPage(page).useScenario(scenario);
  await welcome.start.click();
  return new SymptomPage(page);
}

test.describe('journeys (preview)', () => {
  test('2503: the code is explained at once, the checks run, the Windows Temp permissions are the top finding with evidence', async ({
    page,
    guards,
  }) => {
    void guards;
    const symptom = await startOn(page, 'standard-user-windows-temp-2503');
    await symptom.typeCode('2503');
    await expect(symptom.explanation.getByTestId('kb-message-2503')).toBeVisible();
    await expect(symptom.card('2503').getByRole('radio')).toBeChecked();
    await expect(symptom.recentFailures).toContainText('ExampleApp');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await symptom.next();
    const pkg = new PackagePage(page);
    await expect(pkg.screen).toBeVisible();
    await pkg.check();
    const findings = new FindingsPage(page);
    await expect(findings.screen).toBeVisible();
    await expect(findings.top).toHaveAttribute('data-testid', 'finding-windows-temp-acl');
    await findings.expandWhy('windows-temp-acl');
    await expect(findings.finding('windows-temp-acl')).toContainText('S-1-5-');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await findings.openFix('windows-temp-acl', 'repair-windows-temp');
    const fix = new FixPage(page);
    await expect(fix.commands.first()).toContainText(/icacls|Windows\\Temp/iu);
    await expect(fix.admin).toContainText('administrator');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await fix.agreeAndApply();
    await expect(fix.outcome).toHaveAttribute('data-verdict', 'verified');
    await fix.undo();
    await expect(fix.undone).toBeVisible();
    await fix.continue();
    const result = new ResultPage(page);
    await expect(result.screen).toBeVisible();
    await expect(result.notSolved).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('1618: the holder is named, the user waits for it with live progress, the wait ends when it finishes, and the check confirms it', async ({
    page,
    guards,
  }) => {
    void guards;
    const symptom = await startOn(page, 'install-in-progress-1618');
    await symptom.typeCode('1618');
    await expect(symptom.card('1618').getByRole('radio')).toBeChecked();
    await symptom.next();
    await new PackagePage(page).check();
    const findings = new FindingsPage(page);
    await expect(findings.top).toHaveAttribute('data-testid', 'finding-install-in-progress');
    await findings.expandWhy('install-in-progress');
    await expect(findings.finding('install-in-progress')).toContainText(/msiexec/iu);
    await findings.openFix('install-in-progress', 'wait-for-install');
    const fix = new FixPage(page);
    await expect(fix.steps).toContainText('5312');
    await expect(fix.consent).toBeVisible();
    // Record every count of looks the screen shows while waiting (the wait is short on this scenario).
    await page.evaluate(() => {
      const w = window as unknown as { __polls: string[] };
      w.__polls = [];
      const record = () => {
        const v = document
          .querySelector('[data-testid="fix-progress"][data-phase="waiting"]')
          ?.getAttribute('data-polls');
        if (v && w.__polls.at(-1) !== v) w.__polls.push(v);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-polls', 'data-phase'],
      });
    });
    await fix.agreeAndApply();
    // The scenario's holder ends after a few looks at the process list (holderFinishesAfterPolls).
    await expect(page.getByTestId('fix-holders')).toContainText('5312');
    await expect(page.getByTestId('fix-holders')).toContainText('vc_runtimeMinimum_x64.msi');
    await expect(fix.progress).toContainText(/checked \d+ times/u);
    await expect(fix.outcome).toBeVisible();
    const seen = await page.evaluate(() => (window as unknown as { __polls: string[] }).__polls);
    expect(seen.length, `the number of looks grew while waiting (${seen.join(', ')})`).toBeGreaterThan(2);
    await expect(fix.outcome).toHaveAttribute('data-verdict', 'verified');
    await expect(page.getByTestId('fix-cancel')).toHaveCount(0);
    await fix.continue();
    await expect(new ResultPage(page).screen).toBeVisible();
  });

  test('1619: a web page saved as setup.msi is called what it is, and the checks agree', async ({ page, guards }) => {
    void guards;
    const symptom = await startOn(page, 'standard-user-windows-temp-2503');
    await symptom.typeCode('1619');
    await symptom.next();
    const pkg = new PackagePage(page);
    await pkg.upload(
      'setup.msi',
      '<!doctype html><html><head><title>Download</title></head><body>Sign in to download</body></html>',
      'text/html',
    );
    await expect(pkg.verdict).toHaveAttribute('data-kind', 'not-compound-file');
    await expect(pkg.verdict).toContainText('web page');
    await expect(pkg.facts).toContainText('setup.msi');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await pkg.check();
    const findings = new FindingsPage(page);
    await expect(findings.finding('package-not-msi')).toBeVisible();
  });

  test('self-repair: the card shows what people see, the checks find the repair loop and explain its evidence', async ({
    page,
    guards,
  }) => {
    void guards;
    const symptom = await startOn(page, 'self-repair-loop');
    await symptom.choose('self-repair');
    await expect(symptom.card('self-repair')).toContainText(/Windows Installer/u);
    await expect(symptom.card('self-repair')).toContainText(/every time|each time/iu);
    await expect(symptom.card('self-repair')).toContainText('Please wait while Windows configures');
    await symptom.next();
    await new PackagePage(page).check();
    const findings = new FindingsPage(page);
    await expect(findings.top).toHaveAttribute('data-testid', 'finding-self-repair-loop');
    const loop = findings.finding('self-repair-loop');
    // Plain words: which program, how often, what keeps going missing, and the usual culprit.
    await expect(loop).toContainText('A program keeps repairing itself');
    await expect(loop).toContainText(/repaired .+ \d+ times because a part of it keeps going missing/u);
    await expect(loop).toContainText('ContosoSync.Shell.dll');
    await expect(loop).toContainText(/cleanup tool or antivirus/u);
    await findings.expandWhy('self-repair-loop');
    await expect(loop).toContainText('events 1001/1004');
    await expect(loop).toContainText('{D1C2B3A7-F9E0-B7A8-C6D5-E4F3A2B1C09D}');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('switching to zh-CN and zh-TW in the middle of the journey translates the findings', async ({
    page,
    guards,
  }) => {
    void guards;
    const symptom = await startOn(page, 'standard-user-windows-temp-2503');
    await symptom.typeCode('2503');
    await symptom.next();
    await new PackagePage(page).check();
    const findings = new FindingsPage(page);
    await expect(findings.screen.getByRole('heading', { level: 1 })).toHaveText('What we found');
    const welcome = new WelcomePage(page);
    await welcome.chooseLanguage('简体中文');
    await expect(findings.screen.getByRole('heading', { level: 1 })).toHaveText('检查结果');
    await expect(findings.top).toContainText(/[\u4e00-\u9fff]/u);
    await welcome.chooseLanguage('繁體中文');
    await expect(findings.screen.getByRole('heading', { level: 1 })).toHaveText('檢查結果');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await welcome.chooseLanguage('English');
  });

  test('log analysis of a dropped log: root cause 2503 with its explanation, timeline and errors', async ({
    page,
    guards,
  }) => {
    void guards;
    await new WelcomePage(page).open();
    const log = new LogPage(page);
    await log.open();
    await log.drop(join(import.meta.dirname, 'fixtures', 'install-2503.log'));
    await expect(log.report).toHaveAttribute('data-outcome', 'failure');
    await expect(log.rootCause).toContainText('2503');
    await expect(log.rootCause.getByTestId('kb-message-2503')).toBeVisible();
    await log.section(/What happened, in order/u);
    await expect(log.timeline).toBeVisible();
    await log.section(/Errors in the log/u);
    await expect(log.errors).toContainText('2502');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
