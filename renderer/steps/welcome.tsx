/** Welcome: what the tool does, the privacy promise, and the ways in (the wizard, or straight to a log). */
import { Button, Card, Subtitle2, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldCheckmark24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { InterruptedFixes } from '../components/interrupted-fixes';
import { useAppStore } from '../state/app-store';
import { useWizardStore } from '../state/wizard-store';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  privacy: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  privacyText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, '& p': { margin: 0 } },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  version: { color: tokens.colorNeutralForeground2 },
});

export function WelcomeStep() {
  const { t } = useTranslation('welcome');
  const styles = useStyles();
  const go = useWizardStore((s) => s.go);
  const version = useAppStore((s) => s.info?.version);
  return (
    <section className={styles.stack} aria-labelledby="welcome-title" data-testid="screen-welcome">
      <Title2 as="h1" id="welcome-title">
        {t('title')}
      </Title2>
      <InterruptedFixes />
      <Text as="p" size={400} className={styles.tagline}>
        {t('common:tagline')}
      </Text>
      <Text as="p">{t('intro')}</Text>
      <ol className={styles.steps}>
        <li>{t('steps.ask')}</li>
        <li>{t('steps.check')}</li>
        <li>{t('steps.explain')}</li>
        <li>{t('steps.fix')}</li>
      </ol>
      <Card>
        <div className={styles.privacy}>
          <ShieldCheckmark24Regular aria-hidden />
          <div className={styles.privacyText}>
            <Subtitle2 as="h2">{t('privacyTitle')}</Subtitle2>
            <Text as="p">{t('privacy')}</Text>
          </div>
        </div>
      </Card>
      <div className={styles.actions}>
        <Button appearance="primary" size="large" onClick={() => go('symptom')} data-testid="welcome-start">
          {t('start')}
        </Button>
        <Button appearance="secondary" onClick={() => go('log')} data-testid="welcome-log">
          {t('onlyLog')}
        </Button>
      </div>
      {version && (
        <Text size={200} className={styles.version}>
          {t('common:version', { version })}
        </Text>
      )}
    </section>
  );
}
