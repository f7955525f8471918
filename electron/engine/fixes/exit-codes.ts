/**
 * What an msiexec exit code means for the user (msdocs error-codes.md; security.md §2.5 [MS5]).
 * 1223 is ERROR_CANCELLED from ShellExecuteEx: the user said No to the UAC prompt, not a failure.
 */
export type InstallVerdict =
  'success' | 'restart-required' | 'restart-initiated' | 'cancelled' | 'declined' | 'busy' | 'failed';

export interface ExitExplanation {
  verdict: InstallVerdict;
  /** i18n key: fixes:exit.<code or group>. */
  messageKey: string;
  /** The outcome of the fix run this leads to. */
  outcome: 'applied' | 'cancelled' | 'declined' | 'failed';
  /** A fix that may help next, by id. */
  next: string | null;
}

const TABLE: Record<number, ExitExplanation> = {
  0: { verdict: 'success', messageKey: 'fixes:exit.0', outcome: 'applied', next: null },
  3010: { verdict: 'restart-required', messageKey: 'fixes:exit.3010', outcome: 'applied', next: null },
  1641: { verdict: 'restart-initiated', messageKey: 'fixes:exit.1641', outcome: 'applied', next: null },
  1602: { verdict: 'cancelled', messageKey: 'fixes:exit.1602', outcome: 'cancelled', next: null },
  1223: { verdict: 'declined', messageKey: 'fixes:exit.1223', outcome: 'declined', next: null },
  1618: { verdict: 'busy', messageKey: 'fixes:exit.1618', outcome: 'failed', next: 'wait-for-install' },
  1603: { verdict: 'failed', messageKey: 'fixes:exit.1603', outcome: 'failed', next: null },
  1601: { verdict: 'failed', messageKey: 'fixes:exit.1601', outcome: 'failed', next: 'reset-msiserver' },
  1619: { verdict: 'failed', messageKey: 'fixes:exit.1619', outcome: 'failed', next: null },
  1620: { verdict: 'failed', messageKey: 'fixes:exit.1619', outcome: 'failed', next: null },
  1625: { verdict: 'failed', messageKey: 'fixes:exit.1625', outcome: 'failed', next: null },
  1612: { verdict: 'failed', messageKey: 'fixes:exit.1612', outcome: 'failed', next: 'missing-package-guidance' },
  1638: { verdict: 'failed', messageKey: 'fixes:exit.1638', outcome: 'failed', next: null },
};

export function explainExitCode(code: number): ExitExplanation {
  return TABLE[code] ?? { verdict: 'failed', messageKey: 'fixes:exit.other', outcome: 'failed', next: null };
}

export const isInstallSuccess = (code: number): boolean => code === 0 || code === 3010 || code === 1641;
