/** The stuck user's journeys on the simulated machine, through the real renderer and the preview bridge. */
import { join } from 'node:path';
import { test, expect, seriousAxeViolations } from './fixtures';
import { CheckingPage } from './pages/checking-page';
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
  test('2503: the code is explained at once, the checks run, the Windows Temp permissions are the top finding with evidence', async ({ page, guards }) => {
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

  test('1618: another install holds the installer and the holder is named', async ({ page, guards }) => {
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
  });

  test('1619: a web page saved as setup.msi is called what it is, and the checks agree', async ({ page, guards }) => {
    void guards;
    const symptom = await startOn(page, 'standard-user-windows-temp-2503');
    await symptom.typeCode('1619');
    await symptom.next();
    const pkg = new PackagePage(page);
    await pkg.upload('setup.msi', '<!doctype html><html><head><title>Download</title></head><body>Sign in to download</body></html>', 'text/html');
    await expect(pkg.verdict).toHaveAttribute('data-kind', 'not-compound-file');
    await expect(pkg.verdict).toContainText('web page');
    await expect(pkg.facts).toContainText('setup.msi');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await pkg.check();
    const findings = new FindingsPage(page);
    await expect(findings.finding('package-not-msi')).toBeVisible();
  });

  test('self-repair: the card shows what people see and explains the loop', async ({ page, guards }) => {
    void guards;
    const symptom = await startOn(page, 'healthy');
    await symptom.choose('self-repair');
    await expect(symptom.card('self-repair')).toContainText(/Windows Installer/u);
    await expect(symptom.card('self-repair')).toContainText(/repair|every time|each time/iu);
  });

  test('cancel during the checks stops them and changes nothing', async ({ page, guards }) => {
    void guards;
    // The simulated PC answers in milliseconds; hold the run request back like a slow PC would, and
    // let everything else (the cancel included) through at once.
    const sent: string[] = [];
    await page.routeWebSocket(/\/bridge/u, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => {
        const channel = (JSON.parse(String(m)) as { channel?: string }).channel ?? '';
        sent.push(channel);
        if (channel === 'diagnose:run') setTimeout(() => server.send(m), 3000);
        else server.send(m);
      });
      server.onMessage((m) => ws.send(m));
    });
    const symptom = await startOn(page, 'standard-user-windows-temp-2503');
    await symptom.next();
    await new PackagePage(page).check();
    const checking = new CheckingPage(page);
    await checking.cancelButton.click();
    await expect(checking.cancelled).toBeVisible();
    expect(sent).toContain('diagnose:cancel');
    await expect(checking.check('windows-temp')).toHaveAttribute('data-state', /waiting|done/u);
    await checking.again();
    await expect(new FindingsPage(page).screen).toBeVisible();
  });

  test('switching to zh-CN and zh-TW in the middle of the journey translates the findings', async ({ page, guards }) => {
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

  test('log analysis of a dropped log: root cause 2503 with its explanation, timeline and errors', async ({ page, guards }) => {
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
