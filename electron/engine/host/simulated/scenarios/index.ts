/**
 * The built-in scenarios, imported statically so every bundle (app, CLI, preview) carries them.
 * A test checks that every *.json in this folder is listed here.
 */
import healthy from './healthy.json';
import standardUserWindowsTemp2503 from './standard-user-windows-temp-2503.json';
import installInProgress1618 from './install-in-progress-1618.json';

export const builtinScenarios: Readonly<Record<string, unknown>> = {
  healthy,
  'standard-user-windows-temp-2503': standardUserWindowsTemp2503,
  'install-in-progress-1618': installInProgress1618,
};
