/** One-off generator: prints the healthy scenario's sample package as base64 (see sample-msi.ts). */
import { buildMsiBase64 } from './build-msi';
import { EXAMPLE_APP_MSI } from './sample-msi';

process.stdout.write(`${buildMsiBase64(EXAMPLE_APP_MSI)}\n`);
