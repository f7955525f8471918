/**
 * Crash recovery at start: a fix the app was applying when it (or the PC) closed is left open in the
 * journal. Its own preview server gets a data folder where two such entries were planted (made by the
 * real engine through the CLI, then rewritten as a crash leaves them: open, last step started).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, seriousAxeViolations } from './fixtures';
import { WelcomePage } from './pages/welcome-page';

const PORT = Number(process.env['E2E_RECOVERY_PORT'] ?? 5191);
const root = join(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'installer-doctor-e2e-recovery-'));
let server: ChildProcess | undefined;

/** Applies a fix with the CLI into dataDir, then makes its journal entry look interrupted. */
function plantInterrupted(fix: string): string {
  const before = new Set(readdirSync(join(dataDir, 'journal')));
  const run = spawnSync(
    process.execPath,
    ['bin/installer-doctor.mjs', 'fix', fix, '--scenario', 'standard-user-windows-temp-2503', '--yes', '--json'],
    { cwd: root, env: { ...process.env, INSTALLER_DOCTOR_DATA_DIR: dataDir }, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`CLI fix ${fix} failed: ${run.stderr}`);
  const name = readdirSync(join(dataDir, 'journal')).find((n) => !before.has(n) && n.endsWith('.json'));
  if (!name) throw new Error('no journal entry written');
  const file = join(dataDir, 'journal', name);
  const entry = JSON.parse(readFileSync(file, 'utf8')) as {
    id: string;
    state: string;
    outcome: string | null;
    steps: { status: string; operation: unknown }[];
  };
  entry.state = 'open';
  entry.outcome = null;
  const last = entry.steps.filter((s) => s.operation).at(-1);
  if (last) last.status = 'started';
  writeFileSync(file, JSON.stringify(entry, null, 2));
  return entry.id;
}
const stateOf = (id: string) =>
  (JSON.parse(readFileSync(join(dataDir, 'journal', `${id}.json`), 'utf8')) as { state: string }).state;

let aclFix = '';
let loggingFix = '';

test.beforeAll(async () => {
  spawnSync('mkdir', ['-p', join(dataDir, 'journal')]);
  aclFix = plantInterrupted('repair-windows-temp');
  loggingFix = plantInterrupted('enable-installer-logging');
  server = spawn(
    process.execPath,
    [
      'out/preview/server.mjs',
      '--port',
      String(PORT),
      '--scenario',
      'standard-user-windows-temp-2503',
      '--data-dir',
      dataDir,
    ],
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

test('an interrupted fix is named on Welcome; the user undoes one and keeps the other, and is not asked again', async ({
  page,
  guards,
}) => {
  void guards;
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const welcome = new WelcomePage(page);
  await expect(welcome.heading).toHaveText('Installer Doctor');
  const acl = page.getByTestId(`recovery-${aclFix}`);
  const logging = page.getByTestId(`recovery-${loggingFix}`);
  await expect(acl).toContainText('A fix did not finish last time');
  await expect(acl).toContainText('“Repair the Windows temporary folder”');
  await expect(logging).toContainText('“Turn on detailed installer logging”');
  await acl.getByText(/What it had started/u).click();
  await expect(acl).toContainText('C:\\Windows\\Temp');
  await expect(acl).toContainText('as administrator');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await acl.getByTestId('recovery-undo').click();
  await expect(acl).toHaveAttribute('data-status', 'undone');
  await expect(acl).toContainText('was undone');
  expect(stateOf(aclFix)).toBe('rolled-back');

  await logging.getByTestId('recovery-keep').click();
  await expect(logging).toHaveAttribute('data-status', 'kept');
  await expect(logging).toContainText('Kept');
  expect(stateOf(loggingFix)).toBe('kept');

  // The next start asks nothing: both were answered.
  await page.reload();
  await expect(welcome.heading).toHaveText('Installer Doctor');
  await expect(welcome.start).toBeVisible();
  await expect(page.getByTestId('recovery')).toHaveCount(0);
});
