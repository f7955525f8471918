/** The preview of a fix: every step in plain words with the exact command under it, and what runs as administrator. */
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldKeyhole16Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { FixPlan } from '../state/fix-store';

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  command: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
  },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export function FixPlanView({ plan }: { plan: FixPlan }) {
  const { t } = useTranslation('uiFix');
  const styles = useStyles();
  return (
    <>
      <Text>{plan.description}</Text>
      <Text as="h2" weight="semibold" size={400}>
        {t('whatWillRun', { count: plan.steps.length })}
      </Text>
      <ol className={styles.steps} data-testid="fix-steps">
        {plan.steps.map((s) => (
          <li key={s.id} className={styles.step} data-testid={`fix-step-${s.id}`}>
            <div className={styles.head}>
              <Text>{s.description}</Text>
              {s.elevated && (
                <Badge appearance="tint" color="warning" icon={<ShieldKeyhole16Regular />}>
                  {t('asAdmin')}
                </Badge>
              )}
            </div>
            <pre className={styles.command} aria-label={t('exactCommand')} data-testid="fix-command">
              {s.command}
            </pre>
          </li>
        ))}
      </ol>
      {plan.backups.length > 0 && (
        <>
          <Text weight="semibold">{t('backups')}</Text>
          <ul className={styles.notes}>
            {plan.backups.map((b) => (
              <li key={b.description}>
                {b.description}
                {b.limits && ` ${b.limits}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <Text data-testid="fix-undoable">
        {t(`undoable.${plan.undoable}`)}
        {plan.undoNote && ` ${plan.undoNote}`}
      </Text>
    </>
  );
}
