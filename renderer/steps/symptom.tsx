/** What happened: the error code box with an instant explanation, failures Windows recorded, and the symptom cards. */
import { Button, Card, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { lookupCode } from '@shared/kb/index';
import { KbEntryView } from '../components/kb-explanation';
import { RecentFailures } from '../components/recent-failures';
import { Screen } from '../components/screen';
import { SymptomCards } from '../components/symptom-cards';
import { parseCode, useSymptomStore } from '../state/symptom-store';
import { useWizardStore } from '../state/wizard-store';

const useStyles = makeStyles({
  codeRow: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-start' },
  codeField: { width: '180px' },
  codeInput: { width: '100%', minWidth: 0 },
  explain: { flex: '1 1 300px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function CodeBox() {
  const { t } = useTranslation('uiSymptom');
  const styles = useStyles();
  const { code, setCode } = useSymptomStore();
  const n = parseCode(code);
  const entries = n === null ? [] : lookupCode(n);
  return (
    <div className={styles.codeRow}>
      <Field className={styles.codeField} label={t('codeLabel')} hint={t('codeHint')}>
        <Input
          className={styles.codeInput}
          value={code}
          inputMode="numeric"
          maxLength={10}
          onChange={(_e, d) => setCode(d.value)}
          data-testid="error-code"
        />
      </Field>
      <div className={styles.explain} aria-live="polite" data-testid="code-explanation">
        {code.trim() !== '' && n === null && <Text>{t('codeInvalid')}</Text>}
        {n !== null && entries.length === 0 && <Text>{t('codeUnknown', { code: n })}</Text>}
        {entries.map((e) => (
          <Card key={`${e.namespace}-${e.code}`} appearance="filled-alternative">
            <KbEntryView entry={e} />
          </Card>
        ))}
      </div>
    </div>
  );
}

export function SymptomStep() {
  const { t } = useTranslation('uiSymptom');
  const { go, back } = useWizardStore();
  const symptom = useSymptomStore((s) => s.symptom);
  return (
    <Screen
      testId="symptom"
      title={t('title')}
      intro={t('intro')}
      actions={
        <>
          <Button onClick={back}>{t('common:back')}</Button>
          <Button appearance="primary" onClick={() => go('package')} data-testid="symptom-next">
            {symptom ? t('common:next') : t('skip')}
          </Button>
          <Button appearance="subtle" onClick={() => go('log')} data-testid="symptom-have-log">
            {t('haveLog')}
          </Button>
        </>
      }
    >
      <CodeBox />
      <RecentFailures />
      <Text as="h2" weight="semibold" size={400}>
        {t('symptoms:questions.whatHappened')}
      </Text>
      <SymptomCards />
    </Screen>
  );
}
