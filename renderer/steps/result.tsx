/** Result: solved (try the install again), or the next steps: a log, a support file for the helpdesk, or checking again. */
import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Screen } from '../components/screen';
import { useDiagnosisStore } from '../state/diagnosis-store';
import { useFixStore } from '../state/fix-store';
import { useWizardStore } from '../state/wizard-store';

const useStyles = makeStyles({
  next: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, justifyContent: 'space-between' },
});

export function ResultStep() {
  const { t } = useTranslation('uiResult');
  const styles = useStyles();
  const { go, restart } = useWizardStore();
  const result = useFixStore((s) => s.result);
  const phase = useFixStore((s) => s.phase);
  const healthy = useDiagnosisStore((s) => s.report?.healthy ?? false);
  const start = useDiagnosisStore((s) => s.start);
  const solved = phase === 'done' && result?.outcome === 'applied' && result.verified === true;
  const steps = [
    { key: 'log', go: () => go('log') },
    { key: 'bundle', go: () => go('bundle') },
    {
      key: 'again',
      go: () => {
        void start();
        go('checking');
      },
    },
  ];
  return (
    <Screen
      testId="result"
      title={solved ? t('solvedTitle') : t('nextTitle')}
      actions={
        <Button appearance={solved ? 'primary' : 'secondary'} onClick={restart} data-testid="result-restart">
          {t('restart')}
        </Button>
      }
    >
      {solved ? (
        <MessageBar intent="success" layout="multiline" data-testid="result-solved">
          <MessageBarBody>
            <MessageBarTitle>{t('solvedLead')}</MessageBarTitle>
            {t('solvedBody')}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text data-testid="result-not-solved">{healthy ? t('notSolvedHealthy') : t('notSolved')}</Text>
      )}
      <div className={styles.next}>
        {steps.map((s) => (
          <Card key={s.key} className={styles.card}>
            <Text weight="semibold" as="h2">
              {t(`step.${s.key}.title`)}
            </Text>
            <Text>{t(`step.${s.key}.body`)}</Text>
            <div>
              <Button onClick={s.go} data-testid={`result-${s.key}`}>
                {t(`step.${s.key}.action`)}
              </Button>
            </div>
          </Card>
        ))}
      </div>
    </Screen>
  );
}
