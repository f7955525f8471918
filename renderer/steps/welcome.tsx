/** Welcome: what the tool does, the privacy promise, and the way in. */
import { Button, Card, Subtitle2, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldCheckmark24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useWizardStore } from '../state/wizard-store';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  privacy: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  privacyText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, '& p': { margin: 0 } },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

export function WelcomeStep() {
  const { t } = useTranslation('welcome');
  const styles = useStyles();
  const go = useWizardStore((s) => s.go);
  return (
    <section className={styles.stack} aria-labelledby="welcome-title">
      <Title2 as="h1" id="welcome-title">
        {t('title')}
      </Title2>
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
      </div>
    </section>
  );
}
