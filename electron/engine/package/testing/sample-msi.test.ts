import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectPackage } from '../index';
import { buildMsiBase64 } from './build-msi';
import { EXAMPLE_APP_MSI } from './sample-msi';

const HEALTHY = new URL('../../host/simulated/scenarios/healthy.json', import.meta.url);
const MSI_PATH = 'C:\\Users\\alex\\Downloads\\ExampleApp-1.4.2-x64.msi';

describe('the sample package in the healthy scenario', () => {
  const scenario = JSON.parse(readFileSync(HEALTHY, 'utf8')) as {
    machine: { paths: Record<string, { contentBase64?: string }> };
  };
  const base64 = scenario.machine.paths[MSI_PATH]?.contentBase64 ?? '';

  it('is a readable per-machine ExampleApp 1.4.2 package with schema 500', () => {
    const info = inspectPackage(new Uint8Array(Buffer.from(base64, 'base64')), { installedMsiVersion: '5.0.22621.1' });
    expect(info).toMatchObject({
      kind: 'msi',
      properties: {
        ProductName: 'ExampleApp 1.4.2 (x64)',
        Manufacturer: 'Example Corp',
        ProductVersion: '1.4.2',
        ALLUSERS: '1',
        ProductCode: EXAMPLE_APP_MSI.productCode,
      },
      msiSummary: { productName: 'ExampleApp 1.4.2 (x64)', schema: 500, platforms: ['x64'] },
      scope: { scope: 'per-machine' },
      schemaSupported: true,
      problems: [],
    });
  });

  it('is what the builder produces from EXAMPLE_APP_MSI (regenerate it with testing/print-sample-msi.ts if not)', () => {
    expect(base64).toBe(buildMsiBase64(EXAMPLE_APP_MSI));
  });
});
