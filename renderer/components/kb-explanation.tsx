/** The knowledge base's plain-words explanation of an error code, in the user's language. */
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { lookupCode, type KbEntry, type KbNamespace } from '@shared/kb/index';
import { pickLanguage } from '@shared/i18n/languages';

const useStyles = makeStyles({
  entry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  seen: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
});

export function useKbLanguage() {
  const { i18n } = useTranslation();
  return pickLanguage([i18n.language]);
}

export function KbEntryView({ entry }: { entry: KbEntry }) {
  const { t } = useTranslation('kb');
  const lang = useKbLanguage();
  const styles = useStyles();
  return (
    <div className={styles.entry} data-testid={`kb-${entry.namespace}-${entry.code}`}>
      <div className={styles.head}>
        <Text weight="semibold">
          {entry.code} · {t(`namespace.${entry.namespace}`)}
        </Text>
        <Badge appearance="tint" color={entry.benign ? 'success' : 'informative'}>
          {t(`category.${entry.category}`)}
        </Badge>
      </div>
      {entry.dialogHint && <Text className={styles.seen}>{entry.dialogHint[lang]}</Text>}
      <Text>{entry.explanation[lang]}</Text>
    </div>
  );
}

/** Every entry the KB has for a code (an exit code and a message can share a number). */
export function KbExplanation({ code, namespace }: { code: number; namespace?: KbNamespace | undefined }) {
  const entries = lookupCode(code, namespace);
  if (entries.length === 0) return null;
  return (
    <>
      {entries.map((e) => (
        <KbEntryView key={`${e.namespace}-${e.code}`} entry={e} />
      ))}
    </>
  );
}
