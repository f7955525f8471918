/** Process entry of the CLI bundle (out/cli/installer-doctor.mjs). */
import { runCli } from './run-cli';

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  platform: process.platform,
});
process.exitCode = code;
