// esbuild options shared by every plain-Node bundle (the CLI, the preview server, the log worker, the
// benches): ESM for Node 20+, the electron tsconfig's @shared paths, the app version, and a require()
// for the bundled CommonJS dependencies (iconv-lite, ws).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const nodeBundleOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'tsconfig.electron.json',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  banner: {
    js: "import { createRequire as __idCreateRequire } from 'node:module'; const require = __idCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
};
