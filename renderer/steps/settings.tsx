/** Settings: language and theme, both applied at once and remembered. */
import { Button, Field, Radio, RadioGroup, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LanguageSetting, ThemeSetting } from '@shared/model/app';
import { ScenarioPicker } from '../components/scenario-picker';
import { useAppStore } from '../state/app-store';
import { useSettingsActions } from '../state/use-settings';
import { useWizardStore } from '../state/wizard-store';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, alignItems: 'flex-start' },
});

export function SettingsStep() {
  const { t } = useTranslation();
  const styles = useStyles();
  const settings = useAppStore((s) => s.settings);
  const { update } = useSettingsActions();
  const back = useWizardStore((s) => s.back);
  return (
    <section className={styles.stack} aria-labelledby="settings-title">
      <Title2 as="h1" id="settings-title">
        {t('settings')}
      </Title2>
      <Field label={t('language')}>
        <RadioGroup
          value={settings.language}
          onChange={(_e, data) => {
            const parsed = LanguageSetting.safeParse(data.value);
            if (parsed.success) void update({ language: parsed.data });
          }}
        >
          {LanguageSetting.options.map((l) => (
            <Radio key={l} value={l} label={t(`languageNames.${l}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('theme')}>
        <RadioGroup
          value={settings.theme}
          onChange={(_e, data) => {
            const parsed = ThemeSetting.safeParse(data.value);
            if (parsed.success) void update({ theme: parsed.data });
          }}
        >
          {ThemeSetting.options.map((th) => (
            <Radio key={th} value={th} label={t(`themeNames.${th}`)} />
          ))}
        </RadioGroup>
      </Field>
      <ScenarioPicker />
      <Button onClick={back}>{t('back')}</Button>
    </section>
  );
}
