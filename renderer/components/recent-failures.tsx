/** "Recent installer failures found on this PC" from the MsiInstaller event log; one click takes its code. */
import { Button, Card, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFailure } from '@shared/model/facts';
import { useFormat } from '../format';
import { useDiagnosisStore } from '../state/diagnosis-store';
import { useSymptomStore } from '../state/symptom-store';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  what: { flex: '1 1 260px', display: 'flex', flexDirection: 'column' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The most telling code of a failure: an Error-table message (2503) beats the bare exit code (1603). */
export const failureCode = (f: RecentFailure): number | null => f.messageCodes[0] ?? f.status;

export function RecentFailures() {
  const { t } = useTranslation('uiSymptom');
  const styles = useStyles();
  const fmt = useFormat();
  const { recent, loadRecent } = useDiagnosisStore();
  const setCode = useSymptomStore((s) => s.setCode);
  useEffect(() => {
    if (useDiagnosisStore.getState().recent === null) void loadRecent();
  }, [loadRecent]);
  if (recent === null) return <Spinner size="tiny" label={t('recentLoading')} labelPosition="after" />;
  if (recent.length === 0) return <Text data-testid="recent-none">{t('recentNone')}</Text>;
  return (
    <Card className={styles.card} data-testid="recent-failures">
      <Text as="h2" weight="semibold">
        {t('recentTitle', { count: recent.length })}
      </Text>
      {recent.slice(0, 5).map((f) => (
        <div key={`${f.time}-${f.status}`} className={styles.row}>
          <div className={styles.what}>
            <Text weight="semibold">{f.product ?? t('recentUnknownProduct')}</Text>
            <Text className={styles.meta}>
              {fmt.dateTime(f.time)} · {t(`recentAction.${f.action}`)}
              {failureCode(f) !== null && ` · ${t('recentCode', { code: failureCode(f) })}`}
            </Text>
          </div>
          {failureCode(f) !== null && (
            <Button size="small" onClick={() => setCode(String(failureCode(f)))}>
              {t('recentUse')}
            </Button>
          )}
        </div>
      ))}
    </Card>
  );
}
