/** One finding in plain words, with the evidence behind it on demand and the fixes that address it. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Card,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FixId } from '@shared/model/catalog-ids';
import type { Finding, Severity } from '@shared/model/findings';
import { fixTitleKey } from '../state/fix-store';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  evidence: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  raw: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    maxHeight: '220px',
    overflowY: 'auto',
  },
  source: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fixes: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative' | 'severe'> = {
  critical: 'danger',
  error: 'severe',
  warning: 'warning',
  info: 'informative',
};

interface Props {
  finding: Finding;
  rank: number;
  onFix(fixId: FixId, finding: Finding): void;
}

export function FindingCard({ finding, rank, onFix }: Props) {
  const { t } = useTranslation('uiFindings');
  const styles = useStyles();
  const f = finding;
  return (
    <Card className={styles.card} data-testid={`finding-${f.id}`} data-rank={rank}>
      <div className={styles.head}>
        <Badge appearance="filled" color={COLOR[f.severity]}>
          {t(`severity.${f.severity}`)}
        </Badge>
        <Text size={200}>{t(`confidence.${f.confidence}`)}</Text>
      </div>
      <h2 className={styles.title}>
        {rank}. {t(f.titleKey, f.params)}
      </h2>
      <Text>{t(f.explanationKey, f.params)}</Text>
      {f.evidence.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="why">
            <AccordionHeader size="small" data-testid="finding-why">
              {t('why', { count: f.evidence.length })}
            </AccordionHeader>
            <AccordionPanel>
              {f.evidence.map((e, i) => (
                <div key={i} className={styles.evidence}>
                  <Text weight="semibold">{t(e.labelKey, e.params)}</Text>
                  <pre className={styles.raw}>{e.raw}</pre>
                  <Text className={styles.source}>{t('source', { source: e.source })}</Text>
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {f.fixes.length > 0 && (
        <div className={styles.fixes}>
          {f.fixes.map((id, i) => (
            <Button
              key={id}
              appearance={i === 0 && rank === 1 ? 'primary' : 'secondary'}
              onClick={() => onFix(id, f)}
              data-testid={`fix-${id}`}
            >
              {t('seeFix', { fix: t(fixTitleKey(id)) })}
            </Button>
          ))}
        </div>
      )}
    </Card>
  );
}
