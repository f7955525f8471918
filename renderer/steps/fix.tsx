/** Fix: preview the exact commands, consent (naming what runs as administrator), progress, verification, undo, next fix. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBar } from '../components/error-bar';
import { FixConsent } from '../components/fix-consent';
import { FixOutcome } from '../components/fix-outcome';
import { FixPlanView } from '../components/fix-plan';
import { FixProgressView } from '../components/fix-progress';
import { Screen } from '../components/screen';
import { useDiagnosisStore } from '../state/diagnosis-store';
import { fixTitleKey, useFixStore } from '../state/fix-store';
import { useWizardStore } from '../state/wizard-store';

function useNextFix() {
  const report = useDiagnosisStore((s) => s.report);
  const { applied, fixId } = useFixStore();
  for (const f of report?.findings ?? [])
    for (const id of f.fixes) if (id !== fixId && !applied.includes(id)) return { id, finding: f };
  return null;
}

export function FixStep() {
  const { t, i18n } = useTranslation('uiFix');
  const { phase, fixId, finding, plan, refused, progress, result, undo, error, apply, cancel, undoLast, choose } =
    useFixStore();
  const { go, back } = useWizardStore();
  const next = useNextFix();
  const busy = phase === 'applying' || phase === 'cancelling' || phase === 'undoing' || phase === 'planning';
  const title = plan ? plan.title : fixId ? t(fixTitleKey(fixId)) : t('title');
  // Main words the plan in the chosen language: plan again when the language changes during the preview.
  useEffect(() => {
    const s = useFixStore.getState();
    if (s.phase === 'preview' && s.fixId) void s.choose(s.fixId, s.finding);
  }, [i18n.language]);
  const nextFix = next && (phase === 'done' || phase === 'undone') && (
    <Button onClick={() => void choose(next.id, next.finding)} data-testid="fix-next">
      {t('nextFix', { fix: t(fixTitleKey(next.id)) })}
    </Button>
  );
  return (
    <Screen
      testId="fix"
      title={title}
      actions={
        <>
          {!busy && <Button onClick={back}>{t('common:back')}</Button>}
          {(phase === 'applying' || phase === 'cancelling') && (
            <Button onClick={() => void cancel()} disabled={phase === 'cancelling'} data-testid="fix-cancel">
              {phase === 'cancelling' ? t('cancelling') : t('common:cancel')}
            </Button>
          )}
          {phase === 'done' && result?.journalId && result.outcome === 'applied' && (
            <Button onClick={() => void undoLast()} data-testid="fix-undo">
              {t('undo')}
            </Button>
          )}
          {nextFix}
          {(phase === 'done' || phase === 'undone') && (
            <Button appearance="primary" onClick={() => go('result')} data-testid="fix-continue">
              {t('common:next')}
            </Button>
          )}
        </>
      }
    >
      {phase === 'planning' && <Spinner label={t('planning')} />}
      {error && <ErrorBar error={error} />}
      {refused && (
        <MessageBar intent="warning" layout="multiline" data-testid="fix-refused">
          <MessageBarBody>
            <MessageBarTitle>{t('refused')}</MessageBarTitle>
            {refused.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan && phase === 'preview' && (
        <>
          <FixPlanView plan={plan} />
          <FixConsent plan={plan} onApply={() => void apply()} />
        </>
      )}
      {(phase === 'applying' || phase === 'cancelling' || phase === 'undoing') && (
        <FixProgressView progress={progress} />
      )}
      {result && (phase === 'done' || phase === 'undone' || phase === 'undoing') && <FixOutcome result={result} />}
      {result?.outcome === 'declined' && phase === 'done' && (
        <div>
          <Button appearance="primary" onClick={() => void apply()} data-testid="fix-retry">
            {t('tryAgain')}
          </Button>
        </div>
      )}
      {result?.outcome === 'cancelled' && result.fix === 'wait-for-install' && phase === 'done' && fixId && (
        <div>
          <Button appearance="primary" onClick={() => void choose(fixId, finding)} data-testid="fix-wait-again">
            {t('waitAgain')}
          </Button>
        </div>
      )}
      {phase === 'undone' && undo && (
        <MessageBar intent={undo.failed.length ? 'warning' : 'success'} layout="multiline" data-testid="fix-undone">
          <MessageBarBody>
            {undo.failed.length ? t('undoPartial', { count: undo.failed.length }) : t('undone')}
          </MessageBarBody>
        </MessageBar>
      )}
      {!plan && !busy && !result && finding === null && fixId === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t('noFix')}</MessageBarBody>
        </MessageBar>
      )}
    </Screen>
  );
}
