/**
 * The package behind "C:\Users\alex\Downloads\ExampleApp-1.4.2-x64.msi" in the healthy scenario
 * (electron/engine/host/simulated/scenarios/healthy.json, contentBase64). Regenerate the base64 with
 *   esbuild electron/engine/package/testing/print-sample-msi.ts --bundle --platform=node --alias:@shared=./shared | node
 * The GUIDs are invented for the simulation.
 */
import type { MsiDescription } from './build-msi';

export const EXAMPLE_APP_MSI: MsiDescription = {
  productName: 'ExampleApp 1.4.2 (x64)',
  productCode: '{3F2A6C1E-8B4D-4E7A-9C21-5D0B7E4F1A83}',
  upgradeCode: '{A7C3E9B1-2D4F-4B6A-8E0C-1F3D5B7A9C2E}',
  packageCode: '{5E8B1D4A-7C2F-4A9E-B3D6-0F1C4E7A2B95}',
  version: '1.4.2',
  manufacturer: 'Example Corp',
  allUsers: '1',
  schema: 500,
  platform: 'x64',
  languages: [1033],
};
