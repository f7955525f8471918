/** Progress while a fix runs: the step being done, or who holds the installer while we wait (1618). */
import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FixProgress } from '../state/fix-store';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export function FixProgressView({ progress }: { progress: FixProgress | null }) {
  const { t } = useTranslation('uiFix');
  const styles = useStyles();
  const p = progress;
  const value = p?.stepIndex !== undefined && p.stepCount ? (p.stepIndex + 1) / p.stepCount : undefined;
  return (
    <div
      className={styles.box}
      aria-live="polite"
      data-testid="fix-progress"
      data-phase={p?.phase ?? 'starting'}
      data-polls={p?.polls ?? 0}
    >
      <ProgressBar
        {...(p?.phase === 'waiting' || value === undefined ? {} : { value })}
        aria-label={t('progressLabel')}
      />
      <Text>
        {t(`phase.${p?.phase ?? 'starting'}`, {
          n: (p?.stepIndex ?? 0) + 1,
          total: p?.stepCount ?? 1,
          polls: p?.polls ?? 0,
        })}
      </Text>
      {p?.phase === 'waiting' && p.holders && p.holders.length > 0 && (
        <ul className={styles.list} data-testid="fix-holders">
          {p.holders.map((h) => (
            <li key={h.pid}>
              {h.packagePath ? t('holder', { pid: h.pid, pkg: h.packagePath }) : t('holderUnknown', { pid: h.pid })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
