/** The frame every wizard step sits in: a header with the product name and language, the banner, and the step. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Settings24Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizardStore } from '../state/wizard-store';
import { LanguagePicker } from './language-picker';
import { SimulationBanner } from './simulation-banner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  main: { flexGrow: 1, padding: tokens.spacingHorizontalXL, maxWidth: '960px', width: '100%', boxSizing: 'border-box', margin: '0 auto' },
  banner: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0` },
});

export function StepFrame({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const go = useWizardStore((s) => s.go);
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text as="span" size={400} className={styles.brand}>
          {t('appName')}
        </Text>
        <LanguagePicker />
        <Button appearance="subtle" icon={<Settings24Regular />} onClick={() => go('settings')} data-testid="open-settings">
          {t('settings')}
        </Button>
      </header>
      <div className={styles.banner}>
        <SimulationBanner />
      </div>
      <main className={styles.main} aria-label={t('welcome:frameTitle')}>
        {children}
      </main>
    </div>
  );
}
