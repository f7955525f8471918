/** The frame every wizard step sits in: product name, where you are, tools, language, settings, the banner, and the step. */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  DocumentSearch24Regular,
  Settings24Regular,
  Toolbox24Regular,
  Archive24Regular,
  Info24Regular,
} from '@fluentui/react-icons';
import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizardStore, JOURNEY, type Step } from '../state/wizard-store';
import { LanguagePicker } from './language-picker';
import { SimulationBanner } from './simulation-banner';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '160px' },
  name: { fontWeight: tokens.fontWeightSemibold },
  where: { color: tokens.colorNeutralForeground2 },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '960px',
    width: '100%',
    boxSizing: 'border-box',
    margin: '0 auto',
  },
  banner: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});

const TOOLS: { step: Step; key: string; icon: JSX.Element }[] = [
  { step: 'log', key: 'nav.log', icon: <DocumentSearch24Regular /> },
  { step: 'bundle', key: 'nav.bundle', icon: <Archive24Regular /> },
  { step: 'about', key: 'nav.about', icon: <Info24Regular /> },
];

export function StepFrame({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const { t } = useTranslation('ui');
  const { go, step } = useWizardStore();
  const n = JOURNEY.indexOf(step);
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Text as="span" size={400} className={styles.name}>
            {t('common:appName')}
          </Text>
          {n >= 0 && (
            <Text size={200} className={styles.where} data-testid="step-of">
              {t('stepOf', { n: n + 1, total: JOURNEY.length })}
            </Text>
          )}
        </div>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="subtle" icon={<Toolbox24Regular />} data-testid="open-tools">
              {t('nav.label')}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {TOOLS.map((tool) => (
                <MenuItem
                  key={tool.step}
                  icon={tool.icon}
                  onClick={() => go(tool.step)}
                  data-testid={`tool-${tool.step}`}
                >
                  {t(tool.key)}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        <LanguagePicker />
        <Button
          appearance="subtle"
          icon={<Settings24Regular />}
          onClick={() => go('settings')}
          data-testid="open-settings"
        >
          {t('common:settings')}
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
