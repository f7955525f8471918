/** Log analyzer: drop or open an installer log (or pick one found on this PC) and read the root cause. */
import { Button, Card, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ok } from '@shared/ipc/result';
import { ErrorBar } from '../components/error-bar';
import { FileDrop } from '../components/file-drop';
import { LogReport } from '../components/log-report';
import { Screen } from '../components/screen';
import { useFormat } from '../format';
import { useLogStore } from '../state/log-store';
import { useWizardStore } from '../state/wizard-store';

const useStyles = makeStyles({
  found: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  name: { flexGrow: 1, wordBreak: 'break-all' },
});

function FoundLogs() {
  const { t } = useTranslation('uiLog');
  const styles = useStyles();
  const fmt = useFormat();
  const { candidates, analyze, status } = useLogStore();
  if (!candidates) return <Text>{t('searching')}</Text>;
  if (candidates.length === 0) return <Text data-testid="log-none-found">{t('noneFound')}</Text>;
  return (
    <Card className={styles.found} data-testid="log-candidates">
      <Text weight="semibold" as="h2">
        {t('found', { count: candidates.length })}
      </Text>
      {candidates.map((c) => (
        <div key={c.token} className={styles.row}>
          <Text className={styles.name}>{c.name}</Text>
          <Text size={200}>
            {fmt.dateTime(c.modified)} · {fmt.bytes(c.size)}
          </Text>
          <Button size="small" disabled={status === 'analyzing'} onClick={() => void analyze(ok(c))}>
            {t('read')}
          </Button>
        </div>
      ))}
    </Card>
  );
}

export function LogStep() {
  const { t } = useTranslation('uiLog');
  const fmt = useFormat();
  const { file, status, progress, analysis, error, analyze, findLogs } = useLogStore();
  const back = useWizardStore((s) => s.back);
  useEffect(() => {
    if (!useLogStore.getState().candidates) void findLogs();
  }, [findLogs]);
  const fraction =
    progress && progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : undefined;
  return (
    <Screen
      testId="log"
      title={t('title')}
      intro={t('intro')}
      actions={<Button onClick={back}>{t('common:back')}</Button>}
    >
      <FileDrop purpose="log" accept=".log,.txt" onResult={(r) => void analyze(r)} disabled={status === 'analyzing'} />
      {status === 'empty' && <FoundLogs />}
      {status === 'analyzing' && progress && (
        <div data-testid="log-progress">
          <ProgressBar
            {...(fraction === undefined ? {} : { value: fraction })}
            aria-label={t('reading', { file: file?.name ?? '' })}
          />
          <Text size={200}>
            {t('reading', { file: file?.name ?? '' })} {fmt.bytes(progress.bytesRead)} /{' '}
            {fmt.bytes(progress.totalBytes)}
          </Text>
        </div>
      )}
      {error && <ErrorBar error={error} />}
      {status === 'done' && analysis && file && (
        <>
          <Text as="h2" weight="semibold" size={400}>
            {t('log:heading', { file: file.name })}
          </Text>
          <LogReport analysis={analysis} />
        </>
      )}
    </Screen>
  );
}
