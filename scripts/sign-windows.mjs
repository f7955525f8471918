// electron-builder custom signing hook (win.signtoolOptions.sign in electron-builder.yml; docs:
// https://www.electron.build/code-signing-win#custom-sign). electron-builder calls it for every file it
// signs: the app executable, the NSIS installer and uninstaller, and the portable stub.
//
// Signing is configured only through the environment, so no secret or machine path is in the repo
// and local builds never need a certificate:
//   INSTALLER_DOCTOR_SIGN_COMMAND  the signing program (absolute path), e.g.
//                                  C:\Program Files (x86)\Windows Kits\10\bin\10.0.26100.0\x64\signtool.exe
//                                  or a jsign / AzureSignTool executable.
//   INSTALLER_DOCTOR_SIGN_ARGS     its arguments as a JSON array of strings; "{file}" stands for the file
//                                  to sign, e.g. ["sign","/fd","sha256","/tr","http://timestamp.digicert.com",
//                                  "/td","sha256","/sha1","<certificate thumbprint>","{file}"]
//   INSTALLER_DOCTOR_REQUIRE_SIGNING=1   release CI: fail the build instead of producing unsigned files.
// The program is started directly (no shell, no cmd.exe), its output is shown, and a non-zero exit
// code fails the build.
import { spawnSync } from 'node:child_process';
import { posix, win32 } from 'node:path';

// Signing runs on Windows (signtool) or on Linux CI (jsign, osslsigncode): accept either form.
const isAbsolute = (p) => win32.isAbsolute(p) || posix.isAbsolute(p);

/**
 * What to run for one file, or why nothing runs. Pure, so the test covers it without signing.
 * @param {string} file
 * @param {Record<string, string | undefined>} env
 * @returns {{ kind: 'skip', reason: string } | { kind: 'run', command: string, args: string[] }}
 */
export function signPlan(file, env) {
  const command = (env.INSTALLER_DOCTOR_SIGN_COMMAND ?? '').trim();
  const required = ['1', 'true'].includes(String(env.INSTALLER_DOCTOR_REQUIRE_SIGNING ?? '').toLowerCase());
  if (!command) {
    if (required)
      throw new Error('INSTALLER_DOCTOR_REQUIRE_SIGNING is set but INSTALLER_DOCTOR_SIGN_COMMAND is empty.');
    return {
      kind: 'skip',
      reason: 'INSTALLER_DOCTOR_SIGN_COMMAND is not set: leaving the file unsigned (fine for local builds).',
    };
  }
  if (!isAbsolute(command))
    throw new Error('INSTALLER_DOCTOR_SIGN_COMMAND must be an absolute path to the signing program.');
  let template;
  try {
    template = JSON.parse(env.INSTALLER_DOCTOR_SIGN_ARGS ?? '');
  } catch {
    throw new Error('INSTALLER_DOCTOR_SIGN_ARGS must be a JSON array of strings.');
  }
  if (!Array.isArray(template) || !template.every((a) => typeof a === 'string')) {
    throw new Error('INSTALLER_DOCTOR_SIGN_ARGS must be a JSON array of strings.');
  }
  if (!template.includes('{file}'))
    throw new Error('INSTALLER_DOCTOR_SIGN_ARGS must contain "{file}" where the file to sign goes.');
  return { kind: 'run', command, args: template.map((a) => (a === '{file}' ? file : a)) };
}

/** @param {import('app-builder-lib').CustomWindowsSignTaskConfiguration} configuration */
export async function sign(configuration) {
  const plan = signPlan(configuration.path, process.env);
  if (plan.kind === 'skip') {
    console.log(`  • sign skipped  file=${configuration.path}  reason=${plan.reason}`);
    return;
  }
  console.log(`  • signing  file=${configuration.path}  with=${plan.command}`);
  const result = spawnSync(plan.command, plan.args, { stdio: 'inherit', windowsHide: true });
  if (result.error) throw new Error(`could not start the signing program: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`the signing program exited with ${result.status ?? result.signal} for ${configuration.path}`);
}

export default sign;
