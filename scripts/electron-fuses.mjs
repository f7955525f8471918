// The Electron fuses of the packaged app, by build flavour. Fuses are bits in the Electron binary
// that switch features off before any app code runs, so a signed InstallerDoctor.exe cannot be
// turned into something else. Electron docs: https://www.electronjs.org/docs/latest/tutorial/fuses
// and the security checklist https://www.electronjs.org/docs/latest/tutorial/security (items 18, 19).
// electron-builder flips them with @electron/fuses (https://www.electron.build/tutorials/adding-electron-fuses).
/** Environment switch for builds that Playwright drives through `_electron` (needs --inspect). */
export const E2E_ENV = 'INSTALLER_DOCTOR_E2E_BUILD';

/**
 * Fuse values by @electron/fuses FuseV1Options name. Every fuse the installed @electron/fuses knows
 * is decided here (the test fails when it learns a new one). `strictlyRequireAllFuses` is not set:
 * Electron 45 may carry fuses newer than the @electron/fuses that electron-builder 26.17 ships, and
 * strict mode would then refuse every release build; such fuses keep Electron's default.
 * @param {{ e2e: boolean }} flavour
 */
export function fuseValues({ e2e }) {
  return {
    // ELECTRON_RUN_AS_NODE would make our signed exe a general Node interpreter ("living off the
    // land"). The CLI does not need it: it runs through `InstallerDoctor.exe --cli`.
    RunAsNode: false,
    // Cookies and localStorage are encrypted with the OS key (DPAPI). One-way: keep it on.
    EnableCookieEncryption: true,
    // NODE_OPTIONS / NODE_EXTRA_CA_CERTS would let the environment inject code.
    EnableNodeOptionsEnvironmentVariable: false,
    // --inspect / --inspect-brk / SIGUSR1 attach a debugger that runs arbitrary code. Only e2e
    // builds keep them, because Playwright's _electron launcher connects through the inspector.
    EnableNodeCliInspectArguments: e2e,
    // Validate app.asar against the hash embedded in the exe (Windows resource) and refuse to load
    // app code from anywhere else: together they make it impossible to load unvalidated code.
    EnableEmbeddedAsarIntegrityValidation: true,
    OnlyLoadAppFromAsar: true,
    // Not used by the app; the default is off.
    LoadBrowserProcessSpecificV8Snapshot: false,
    // The UI is served from app://bundle, never file://, so file: gets no extra privileges.
    GrantFileProtocolExtraPrivileges: false,
  };
}

/** True when the build is for e2e tests (INSTALLER_DOCTOR_E2E_BUILD=1 or true). */
export function isE2eBuild(env) {
  const v = String(env[E2E_ENV] ?? '')
    .trim()
    .toLowerCase();
  return v === '1' || v === 'true';
}

/**
 * The @electron/fuses config object (keys are FuseV1Options enum numbers).
 * @param {typeof import('@electron/fuses')} fuses the @electron/fuses module
 * @param {{ e2e: boolean }} flavour
 */
export function fuseConfig(fuses, flavour) {
  const { FuseVersion, FuseV1Options } = fuses;
  const config = { version: FuseVersion.V1 };
  for (const [name, value] of Object.entries(fuseValues(flavour))) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[index] = value;
  }
  return config;
}
