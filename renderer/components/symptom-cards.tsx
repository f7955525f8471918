/** The symptom cards: each shows the words of the dialog people actually saw, so they can recognise it. */
import { Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { SYMPTOM_IDS, type SymptomId } from '@shared/model/catalog-ids';
import { symptomKeys } from '@shared/symptoms/index';
import { useSymptomStore } from '../state/symptom-store';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  chosen: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  dialog: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
  },
  desc: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function SymptomCards() {
  const { t } = useTranslation('symptoms');
  const styles = useStyles();
  const { symptom, choose } = useSymptomStore();
  return (
    <RadioGroup
      className={styles.grid}
      value={symptom ?? ''}
      aria-label={t('questions.whatHappened')}
      onChange={(_e, d) => {
        const id = SYMPTOM_IDS.find((s) => s === d.value);
        if (id) choose(id);
      }}
    >
      {SYMPTOM_IDS.map((id: SymptomId) => {
        const keys = symptomKeys(id);
        return (
          <div
            key={id}
            className={mergeClasses(styles.card, symptom === id && styles.chosen)}
            data-testid={`symptom-${id}`}
          >
            <Radio value={id} label={<Text weight="semibold">{t(keys.title)}</Text>} />
            <Text className={styles.dialog}>{t(keys.dialog)}</Text>
            <Text className={styles.desc}>{t(keys.description)}</Text>
          </div>
        );
      })}
    </RadioGroup>
  );
}
