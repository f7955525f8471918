/**
 * The CLI's exit codes, a contract for scripts and fleet tools (documented in docs/cli.md):
 * 0 nothing wrong / done, 1 findings present, 2 usage error, 3 bad input (file, scenario),
 * 4 a fix failed or could not be verified, 5 cancelled or the UAC prompt declined, 10 internal error.
 */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Usage: 2,
  BadInput: 3,
  FixFailed: 4,
  Cancelled: 5,
  Internal: 10,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
