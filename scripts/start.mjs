#!/usr/bin/env node
// `npm start`: build, then run the Electron app. Where Electron's binary is not installed (it is
// fetched on first use, and machines without access to its download host cannot fetch it), say so in
// one line and open the browser preview on the simulated machine instead of failing.
import { spawnSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const binary = electronBinary(root);

if (!binary) {
  console.log(
    "[installer-doctor] Electron's binary is not installed here (run `npx install-electron` on a machine that can download it); opening the browser preview instead.",
  );
  const preview = spawn('node', ['scripts/preview.mjs', ...args], { cwd: root, stdio: 'inherit' });
  preview.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => preview.kill(sig));
} else {
  const build = spawnSync('electron-vite', ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const app = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}
