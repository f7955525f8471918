#!/usr/bin/env node
// The installer-doctor command from a source checkout: runs the CLI bundle built by `npm install`
// (the `prepare` script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/installer-doctor.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'installer-doctor: the CLI is not built yet. Run `npm install` or `npm run build` in the repository first.\n',
  );
  process.exit(10);
}
await import(pathToFileURL(bundle).href);
