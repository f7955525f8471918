/** Language choice, available on every screen; "Same as Windows" follows the OS language. */
import { Dropdown, Option, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LanguageSetting } from '@shared/model/app';
import { useSettingsActions } from '../state/use-settings';
import { useAppStore } from '../state/app-store';

const useStyles = makeStyles({ field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS } });

export function LanguagePicker() {
  const styles = useStyles();
  const { t } = useTranslation();
  const id = useId('language');
  const language = useAppStore((s) => s.settings.language);
  const { update } = useSettingsActions();
  const label = t(`languageNames.${language}`);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{t('language')}</label>
      <Dropdown
        id={id}
        data-testid="language-picker"
        value={label}
        selectedOptions={[language]}
        onOptionSelect={(_e, data) => {
          const parsed = LanguageSetting.safeParse(data.optionValue);
          if (parsed.success) void update({ language: parsed.data });
        }}
      >
        {LanguageSetting.options.map((l) => (
          <Option key={l} value={l} text={t(`languageNames.${l}`)}>
            {t(`languageNames.${l}`)}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
