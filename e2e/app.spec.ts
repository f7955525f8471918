import { test, expect, seriousAxeViolations } from './fixtures';
import { WelcomePage } from './pages/welcome-page';

test.describe('app shell (preview)', () => {
  test('opens on the welcome screen with the simulation banner naming the scenario', async ({ page, guards }) => {
    void guards;
    const welcome = new WelcomePage(page);
    await welcome.open();
    await expect(welcome.heading).toHaveText('Installer Doctor');
    await expect(welcome.banner).toContainText('standard-user-windows-temp-2503');
    await expect(welcome.start).toBeVisible();
  });

  test('switches language to zh-CN and zh-TW and back', async ({ page, guards }) => {
    void guards;
    const welcome = new WelcomePage(page);
    await welcome.open();
    await welcome.chooseLanguage('简体中文');
    await expect(welcome.start).toHaveText('开始');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await welcome.chooseLanguage('繁體中文');
    await expect(welcome.start).toHaveText('開始');
    await expect(welcome.banner).toContainText('模擬的電腦');
    await expect(welcome.banner).toContainText('標準使用者');
    await welcome.chooseLanguage('English');
    await expect(welcome.start).toHaveText('Start');
  });

  test('axe finds no serious or critical violation on the welcome screen', async ({ page, guards }) => {
    void guards;
    const welcome = new WelcomePage(page);
    await welcome.open();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
