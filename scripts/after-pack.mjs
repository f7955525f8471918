// electron-builder afterPack hook: flips the Electron fuses (scripts/electron-fuses.mjs) in the
// packed executable. It runs after the app files and the asar integrity resource are in place and
// before signing (electron-builder's platformPackager: afterPack -> fuses -> sign), which is the
// order Electron requires: fuses must be flipped before the binary is signed.
// We do it here rather than with the `electronFuses` config key because the release/e2e choice is an
// environment switch, and a YAML file cannot read the environment.
import fuses from '@electron/fuses';
import { fuseConfig, isE2eBuild, E2E_ENV } from './electron-fuses.mjs';

/** @param {import('app-builder-lib').AfterPackContext} context */
export default async function afterPack(context) {
  const e2e = isE2eBuild(process.env);
  if (e2e) console.log(`  • ${E2E_ENV} is set: this build keeps --inspect (for Playwright). Do not ship it.`);
  // packager.addElectronFuses resolves the executable name per platform and calls flipFuses.
  await context.packager.addElectronFuses(context, fuseConfig(fuses, { e2e }));
}
