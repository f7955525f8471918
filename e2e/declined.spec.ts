/**
 * The user answers No to Windows' administrator prompt (exit 1223): the app says "you declined", not
 * "failed", and nothing changed. Needs a machine whose UAC prompt is declined, which no built-in
 * scenario has, so this spec runs its own preview server on a fixture scenario.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { FindingsPage } from './pages/findings-page';
import { FixPage } from './pages/fix-page';
import { PackagePage } from './pages/package-page';
import { SymptomPage } from './pages/symptom-page';

const PORT = Number(process.env['E2E_DECLINE_PORT'] ?? 5189);
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  const root = join(import.meta.dirname, '..');
  server = spawn(
    process.execPath,
    ['out/preview/server.mjs', '--port', String(PORT), '--scenario', join(root, 'e2e', 'fixtures', 'decline-uac.json')],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    server?.stdout?.on('data', (d: Buffer) => d.toString().includes('preview:') && resolve());
    server?.once('exit', (code) => reject(new Error(`preview exited ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill();
});

test('a declined UAC prompt reads "you declined", changes nothing, and can be tried again', async ({
  page,
  guards,
}) => {
  void guards;
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await expect(page.getByTestId('simulation-banner')).toContainText('decline-uac-2503');
  await page.getByTestId('welcome-start').click();
  const symptom = new SymptomPage(page);
  await symptom.typeCode('2503');
  await symptom.next();
  await new PackagePage(page).check();
  const findings = new FindingsPage(page);
  await findings.openFix('windows-temp-acl', 'repair-windows-temp');
  const fix = new FixPage(page);
  await fix.agreeAndApply();
  await expect(fix.outcome).toHaveAttribute('data-verdict', 'declined');
  await expect(fix.outcome).toContainText('You declined');
  await expect(fix.outcome).toContainText('1223');
  await expect(fix.outcome).not.toContainText(/failed|did not work/iu);
  await expect(page.getByTestId('fix-undo')).toHaveCount(0);
  await expect(page.getByTestId('fix-retry')).toBeVisible();
  // Trying again asks Windows again (and this user says No again): the same honest answer, no error.
  await page.getByTestId('fix-retry').click();
  await expect(fix.outcome).toHaveAttribute('data-verdict', 'declined');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
