/** Checking: live progress per check while the diagnosis runs, and a cancel that really stops it. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle20Filled, Circle20Regular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_IDS, type CheckId } from '@shared/model/catalog-ids';
import { ErrorBar } from '../components/error-bar';
import { Screen } from '../components/screen';
import { useDiagnosisStore } from '../state/diagnosis-store';
import { useWizardStore } from '../state/wizard-store';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  waiting: { color: tokens.colorNeutralForeground3 },
});

type CheckState = 'done' | 'running' | 'waiting';

function stateOf(id: CheckId, finished: CheckId[], current: CheckId | null | undefined, allDone: boolean): CheckState {
  if (allDone || finished.includes(id)) return 'done';
  return id === current ? 'running' : 'waiting';
}

export function CheckingStep() {
  const { t } = useTranslation('uiChecking');
  const styles = useStyles();
  const { status, progress, finished, error, start, cancel } = useDiagnosisStore();
  const { go, back } = useWizardStore();
  useEffect(() => {
    if (status === 'done') go('findings');
  }, [status, go]);
  const running = status === 'running' || status === 'cancelling';
  // While Windows is being asked there is no honest fraction (the live host answers in one batch): indeterminate.
  const fraction = progress && progress.phase !== 'collecting' ? progress.done / progress.total : undefined;
  const phase = progress?.phase ?? 'collecting';
  return (
    <Screen
      testId="checking"
      title={t('title')}
      intro={t('intro')}
      actions={
        running ? (
          <Button onClick={() => void cancel()} disabled={status === 'cancelling'} data-testid="checking-cancel">
            {status === 'cancelling' ? t('cancelling') : t('common:cancel')}
          </Button>
        ) : (
          <>
            <Button onClick={back}>{t('common:back')}</Button>
            <Button appearance="primary" onClick={() => void start()} data-testid="checking-again">
              {t('again')}
            </Button>
          </>
        )
      }
    >
      {running && (
        <div aria-live="polite">
          <ProgressBar
            {...(fraction === undefined ? {} : { value: fraction })}
            aria-label={t('progressLabel')}
            data-testid="checking-progress"
          />
          <Text size={200}>
            {t(`phase.${phase}`, { done: progress?.done ?? 0, total: progress?.total ?? CHECK_IDS.length })}
          </Text>
        </div>
      )}
      {status === 'cancelled' && (
        <MessageBar intent="info" data-testid="checking-cancelled">
          <MessageBarBody>{t('cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {error && <ErrorBar error={error} title={t('failed')} />}
      <ul className={styles.list} aria-label={t('listLabel')}>
        {CHECK_IDS.map((id) => {
          const s = stateOf(id, finished, progress?.checkId, status === 'done');
          return (
            <li key={id} className={styles.item} data-testid={`check-${id}`} data-state={s}>
              {s === 'done' && <CheckmarkCircle20Filled className={styles.done} aria-hidden />}
              {s === 'running' && <Spinner size="extra-tiny" aria-hidden />}
              {s === 'waiting' && <Circle20Regular className={styles.waiting} aria-hidden />}
              <Text>{t(`check.${id}`)}</Text>
              <Text className={styles.waiting} size={200}>
                {t(`state.${s}`)}
              </Text>
            </li>
          );
        })}
      </ul>
    </Screen>
  );
}
