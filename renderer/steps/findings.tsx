/** Findings: what is wrong, most likely first, in plain words, each with its evidence and its fixes. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FixId } from '@shared/model/catalog-ids';
import type { Finding } from '@shared/model/findings';
import { FindingCard } from '../components/finding-card';
import { PackageFacts } from '../components/package-facts';
import { Screen } from '../components/screen';
import { useFormat } from '../format';
import { useDiagnosisStore } from '../state/diagnosis-store';
import { useFixStore } from '../state/fix-store';
import { useWizardStore } from '../state/wizard-store';

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

export function FindingsStep() {
  const { t } = useTranslation('uiFindings');
  const styles = useStyles();
  const fmt = useFormat();
  const report = useDiagnosisStore((s) => s.report);
  const { go, back } = useWizardStore();
  const choose = useFixStore((s) => s.choose);
  if (!report)
    return (
      <Screen
        testId="findings"
        title={t('title')}
        intro={t('noReport')}
        actions={<Button onClick={() => go('symptom')}>{t('common:back')}</Button>}
      />
    );
  const fix = (fixId: FixId, finding: Finding) => {
    void choose(fixId, finding);
    go('fix');
  };
  const problems = report.findings.filter((f) => f.severity !== 'info');
  const pkg = report.facts.package;
  return (
    <Screen
      testId="findings"
      title={t('title')}
      intro={problems.length > 0 ? t('intro', { count: problems.length }) : t('introHealthy')}
      actions={
        <>
          <Button onClick={back}>{t('common:back')}</Button>
          <Button onClick={() => go('log')}>{t('readLog')}</Button>
          <Button onClick={() => go('bundle')}>{t('bundle')}</Button>
        </>
      }
    >
      {report.healthy && (
        <MessageBar
          intent={report.findings.length > 0 ? 'info' : 'success'}
          layout="multiline"
          data-testid="findings-healthy"
        >
          <MessageBarBody>
            <MessageBarTitle>{t('healthyTitle')}</MessageBarTitle>
            {report.findings.length > 0 ? t('healthyNotesBody') : t('healthyBody')}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.list} data-testid="findings-list">
        {report.findings.map((f, i) => (
          <FindingCard key={f.id} finding={f} rank={i + 1} onFix={fix} />
        ))}
      </div>
      {report.probeErrors.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('notChecked', { count: report.probeErrors.length })}</MessageBarTitle>
            {report.probeErrors.map((p) => p.probe).join(', ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible>
        {pkg?.info && (
          <AccordionItem value="package">
            <AccordionHeader as="h2">{t('package')}</AccordionHeader>
            <AccordionPanel>
              <PackageFacts info={pkg.info} name={pkg.path.split(/[\\/]/u).pop() ?? pkg.path} />
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="about">
          <AccordionHeader as="h2">{t('aboutRun')}</AccordionHeader>
          <AccordionPanel>
            <Text>
              {t('aboutRunBody', {
                when: fmt.dateTime(report.startedAt),
                ms: fmt.number(Math.round(report.timings.totalMs)),
                queries: fmt.number(report.queryCount),
              })}
            </Text>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Screen>
  );
}
