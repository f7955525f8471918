/**
 * How a fix ended, in plain words: fixed and verified, changed but not verified, "you declined" (UAC
 * prompt refused, 1223: not a failure, nothing changed), cancelled, or failed (and rolled back).
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FixResult } from '../state/fix-store';
import { KbExplanation } from './kb-explanation';

type Verdict =
  'verified' | 'notVerified' | 'unchecked' | 'declined' | 'cancelled' | 'stoppedWaiting' | 'failed' | 'planned';
const INTENT: Record<Verdict, 'success' | 'warning' | 'info' | 'error'> = {
  verified: 'success',
  notVerified: 'warning',
  unchecked: 'success',
  declined: 'info',
  cancelled: 'info',
  stoppedWaiting: 'info',
  failed: 'error',
  planned: 'info',
};

export function verdictOf(r: FixResult): Verdict {
  switch (r.outcome) {
    case 'applied':
      return r.verified === true ? 'verified' : r.verified === false ? 'notVerified' : 'unchecked';
    case 'cancelled':
      // Waiting changes nothing, so "what it had changed was put back" would not be true there.
      return r.fix === 'wait-for-install' ? 'stoppedWaiting' : 'cancelled';
    case 'declined':
    case 'failed':
    case 'planned':
      return r.outcome;
  }
}

export function FixOutcome({ result }: { result: FixResult }) {
  const { t } = useTranslation('uiFix');
  const v = verdictOf(result);
  const install = result.install;
  return (
    <>
      <MessageBar intent={INTENT[v]} layout="multiline" data-testid="fix-outcome" data-verdict={v}>
        <MessageBarBody>
          <MessageBarTitle>{t(`outcome.${v}.title`)}</MessageBarTitle>
          {t(`outcome.${v}.body`)}
          {result.rolledBack && ` ${t('rolledBack')}`}
        </MessageBarBody>
      </MessageBar>
      {install && (
        <>
          <Text data-testid="fix-install-exit">{t('installExit', { code: install.exitCode })}</Text>
          <Text>{install.message}</Text>
          {install.rootCause && <Text>{install.rootCause.message}</Text>}
          {install.exitCode !== 0 && <KbExplanation code={install.exitCode} namespace="exit" />}
        </>
      )}
    </>
  );
}
