/** What Installer Doctor read from a package: the verdict in plain words, then the facts a helpdesk wants. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PackageInfo } from '@shared/model/package-info';
import { useFormat } from '../format';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, max-content) 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  row: { display: 'contents' },
  value: { margin: 0, wordBreak: 'break-word' },
});

function verdict(info: PackageInfo): { intent: 'success' | 'warning' | 'error'; key: string } {
  switch (info.kind) {
    case 'msi':
      return { intent: 'success', key: 'msi' };
    case 'msp':
    case 'mst':
      return { intent: 'warning', key: info.kind };
    case 'not-compound-file':
      return { intent: 'error', key: `notMsi.${info.sniffedContent ?? 'unknown'}` };
    case 'compound-not-msi':
    case 'truncated':
    case 'corrupt':
      return { intent: 'error', key: info.kind };
  }
}

export function PackageFacts({ info, name }: { info: PackageInfo; name: string }) {
  const { t } = useTranslation('uiPackage');
  const styles = useStyles();
  const fmt = useFormat();
  const v = verdict(info);
  const p = info.properties;
  const rows: [string, string | null | undefined][] = [
    [t('facts.file'), name],
    [t('facts.size'), fmt.bytes(info.byteLength)],
    [t('facts.product'), p?.ProductName ?? info.msiSummary?.productName],
    [t('facts.version'), p?.ProductVersion],
    [t('facts.manufacturer'), p?.Manufacturer ?? info.msiSummary?.manufacturer],
    [t('facts.productCode'), p?.ProductCode],
    [t('facts.scope'), info.scope ? t(`scope.${info.scope.scope}`) : null],
    [
      t('facts.admin'),
      info.elevation && info.elevation.deferredNoImpersonateActions.length > 0
        ? t('adminYes', { count: info.elevation.deferredNoImpersonateActions.length })
        : null,
    ],
    [t('facts.installerVersion'), info.msiSummary?.minimumInstallerVersion],
  ];
  return (
    <>
      <MessageBar intent={v.intent} layout="multiline" data-testid="package-verdict" data-kind={info.kind}>
        <MessageBarBody>
          <MessageBarTitle>{t(`verdict.${v.key}.title`)}</MessageBarTitle>
          {t(`verdict.${v.key}.body`)}
        </MessageBarBody>
      </MessageBar>
      <dl className={styles.list} aria-label={t('factsLabel')} data-testid="package-facts">
        {rows
          .filter((r): r is [string, string] => typeof r[1] === 'string' && r[1] !== '')
          .map(([term, value]) => (
            <div key={term} className={styles.row}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}
