#!/usr/bin/env node
// `npm run preview`: build the renderer and the preview server, then serve the UI at
// http://127.0.0.1:5178 (PORT overrides) with the IPC contract bridged over a loopback WebSocket.
// Development only. Extra arguments go to the server (e.g. --scenario install-in-progress-1618).
import { spawnSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
if (!skipBuild) {
  for (const [cmd, cmdArgs] of [
    ['electron-vite', ['build']],
    ['node', ['scripts/build-node-entries.mjs']],
  ]) {
    const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) {
      console.error(`[installer-doctor] ${cmd} ${cmdArgs.join(' ')} failed`);
      process.exit(r.status ?? 1);
    }
  }
}
const server = spawn('node', ['out/preview/server.mjs', ...args.filter((a) => a !== '--skip-build')], {
  cwd: root,
  stdio: 'inherit',
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
