/**
 * On Welcome, when the journal says a fix was interrupted last time (the app or the PC closed while it
 * ran): which fix, when, what it had started, and the choice to undo it or keep it.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { fixTitleKey } from '../state/fix-store';
import { useRecoveryStore, type RecoveryItem } from '../state/recovery-store';
import { ErrorBar } from './error-bar';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, '& p': { margin: 0 } },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  command: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const STARTED = new Set(['started', 'done', 'failed']);

function Item({ item }: { item: RecoveryItem }) {
  const { t } = useTranslation('welcome');
  const styles = useStyles();
  const format = useFormat();
  const { rollback, keep } = useRecoveryStore();
  const { entry, status } = item;
  const fix = t(fixTitleKey(entry.fix));
  const started = entry.steps.filter((s) => STARTED.has(s.status));
  if (status === 'undone' || status === 'partly-undone' || status === 'kept') {
    const failedCount = item.report?.failed.length ?? 0;
    return (
      <MessageBar
        intent={status === 'partly-undone' ? 'warning' : 'success'}
        layout="multiline"
        data-testid={`recovery-${entry.id}`}
        data-status={status}
      >
        <MessageBarBody>
          {status === 'kept'
            ? t('recovery.kept', { fix })
            : status === 'undone'
              ? t('recovery.undone', { fix })
              : t('recovery.partlyUndone', { fix, count: failedCount })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const working = status === 'working';
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={`recovery-${entry.id}`} data-status={status}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t('recovery.title')}</MessageBarTitle>
        <Text as="p">{t('recovery.body', { fix, when: format.dateTime(entry.createdAt) })}</Text>
        {started.length > 0 && (
          <details>
            <summary>{t('recovery.started', { count: started.length })}</summary>
            <ul className={styles.steps}>
              {started.map((s) => (
                <li key={s.id}>
                  <span className={styles.command}>{s.command}</span>
                  {s.elevated && ` (${t('recovery.asAdmin')})`}
                </li>
              ))}
            </ul>
          </details>
        )}
        <Text as="p">{t('recovery.advice')}</Text>
        {item.error && <ErrorBar error={item.error} title={t('recovery.failed')} />}
      </MessageBarBody>
      <MessageBarActions>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={working}
            onClick={() => void rollback(entry.id)}
            data-testid="recovery-undo"
          >
            {t('recovery.undo')}
          </Button>
          <Button disabled={working} onClick={() => void keep(entry.id)} data-testid="recovery-keep">
            {t('recovery.keep')}
          </Button>
        </div>
      </MessageBarActions>
    </MessageBar>
  );
}

export function InterruptedFixes() {
  const styles = useStyles();
  const { items, load } = useRecoveryStore();
  useEffect(() => {
    void load();
  }, [load]);
  if (items.length === 0) return null;
  return (
    <div className={styles.stack} aria-live="polite" data-testid="recovery">
      {items.map((item) => (
        <Item key={item.entry.id} item={item} />
      ))}
    </div>
  );
}
