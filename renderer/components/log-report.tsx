/** One log's analysis: the root-cause card first, then the timeline and every error, each explained from the KB. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LogAnalysis, LogOutcome, RootCause } from '@shared/model/log-analysis';
import { useFormat } from '../format';
import { KbExplanation } from './kb-explanation';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowX: 'auto',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  error: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
});

const OUTCOME_KEY: Record<LogOutcome, string> = {
  success: 'success',
  failure: 'failure',
  cancelled: 'cancelled',
  'reboot-required': 'rebootRequired',
  unknown: 'unknown',
};
const INTENT: Record<LogOutcome, 'success' | 'error' | 'warning' | 'info'> = {
  success: 'success',
  failure: 'error',
  cancelled: 'warning',
  'reboot-required': 'warning',
  unknown: 'info',
};
const camel = (s: string) => s.replace(/-([a-z])/gu, (_m, c: string) => c.toUpperCase());

function RootCauseCard({ cause }: { cause: RootCause }) {
  const { t } = useTranslation('uiLog');
  const styles = useStyles();
  const kbCode = cause.namespace === 'hresult' ? cause.systemError : cause.code;
  const kbNs = cause.namespace === 'hresult' ? 'exit' : (cause.namespace ?? undefined);
  return (
    <Card data-testid="log-root-cause">
      <CardHeader
        header={
          <Text weight="semibold" as="h2">
            {t('rootCause')}
          </Text>
        }
      />
      <div className={styles.stack}>
        <Text className={styles.mono}>{cause.message}</Text>
        {cause.action && (
          <Text>{t('log:rootCause.where', { action: cause.customAction ?? cause.action, line: cause.line })}</Text>
        )}
        {cause.customAction && cause.customActionExitCode !== null && (
          <Text>{t('log:rootCause.customAction', { name: cause.customAction, code: cause.customActionExitCode })}</Text>
        )}
        {cause.nested && <Text>{t('log:rootCause.nested')}</Text>}
        {cause.signals.length > 0 && (
          <ul className={styles.list} data-testid="log-signals">
            {cause.signals.map((s) => (
              <li key={s}>{t(`log:signal.${camel(s)}`)}</li>
            ))}
          </ul>
        )}
        {kbCode !== null && <KbExplanation code={kbCode} namespace={kbNs} />}
        {cause.systemError !== null && cause.namespace !== 'hresult' && (
          <KbExplanation code={cause.systemError} namespace="exit" />
        )}
        <details>
          <summary>{t('log:rootCause.context')}</summary>
          <pre className={styles.pre}>{cause.context.map((l) => `${l.line}: ${l.text}`).join('\n')}</pre>
        </details>
      </div>
    </Card>
  );
}

export function LogReport({ analysis }: { analysis: LogAnalysis }) {
  const { t } = useTranslation('uiLog');
  const styles = useStyles();
  const fmt = useFormat();
  const a = analysis;
  return (
    <div className={styles.stack} data-testid="log-report" data-outcome={a.outcome}>
      <MessageBar intent={INTENT[a.outcome]} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(`log:outcome.${OUTCOME_KEY[a.outcome]}`)}</MessageBarTitle>
          {a.exitCode !== null ? t('log:exitCode', { code: a.exitCode }) : t('log:exitCodeNone')}
          {a.product.name && ` · ${a.product.name}${a.product.version ? ` ${a.product.version}` : ''}`}
        </MessageBarBody>
      </MessageBar>
      {a.format === 'unknown' && <Text>{t('notALog')}</Text>}
      {a.rootCause ? (
        <RootCauseCard cause={a.rootCause} />
      ) : (
        a.outcome === 'failure' && <Text>{t('log:rootCause.none')}</Text>
      )}
      <Accordion multiple collapsible>
        <AccordionItem value="timeline">
          <AccordionHeader as="h2">{t('timeline', { count: a.timeline.length })}</AccordionHeader>
          <AccordionPanel>
            <ol className={styles.list} data-testid="log-timeline">
              {a.timeline.map((e) => (
                <li key={`${e.line}-${e.kind}`}>
                  {t('lineN', { line: fmt.number(e.line) })} · {t(`timelineKind.${e.kind}`)}:{' '}
                  <span className={styles.mono}>{e.label}</span>
                </li>
              ))}
            </ol>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="errors">
          <AccordionHeader as="h2">{t('errors', { count: a.errors.length })}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.stack} data-testid="log-errors">
              {a.errors.map((e) => (
                <div key={`${e.line}-${e.code ?? 'x'}`} className={styles.error}>
                  <Text weight="semibold">
                    {t('lineN', { line: fmt.number(e.line) })} · {t(`severity.${e.severity}`)}
                    {e.code !== null && ` ${e.code}`}
                  </Text>
                  <Text className={styles.mono}>{e.message}</Text>
                  {e.code !== null && e.namespace !== 'hresult' && (
                    <KbExplanation code={e.code} namespace={e.namespace ?? undefined} />
                  )}
                </div>
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Text size={200}>
        {t('log:details', {
          format: t(`log:format.${camel(a.format)}`),
          encoding: a.encoding.name,
          lines: fmt.number(a.stats.lines),
        })}
      </Text>
      {a.noise.count > 0 && <Text size={200}>{t('log:noise', { count: a.noise.count })}</Text>}
    </div>
  );
}
