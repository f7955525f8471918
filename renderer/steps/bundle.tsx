/** Bundle: see exactly what the support file holds and what was removed from it, then save it. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionCounts } from '@shared/model/bundle';
import { BundleEntryDialog } from '../components/bundle-entry-dialog';
import { ErrorBar } from '../components/error-bar';
import { Screen } from '../components/screen';
import { useFormat } from '../format';
import { useBundleStore } from '../state/bundle-store';
import { useWizardStore } from '../state/wizard-store';

const total = (c: RedactionCounts) => Object.values(c).reduce((a, b) => a + (b ?? 0), 0);

export function BundleStep() {
  const { t } = useTranslation('uiBundle');
  const fmt = useFormat();
  const { status, preview, saved, error, entry, build, save, openEntry, closeEntry } = useBundleStore();
  const back = useWizardStore((s) => s.back);
  useEffect(() => {
    if (useBundleStore.getState().status === 'idle') void build();
  }, [build]);
  const reason = (r: string) => t(`reason.${r}`);
  const kinds = preview ? Object.entries(preview.totals).filter(([, n]) => (n ?? 0) > 0) : [];
  return (
    <Screen
      testId="bundle"
      title={t('title')}
      intro={t('intro')}
      actions={
        <>
          <Button onClick={back}>{t('common:back')}</Button>
          <Button onClick={() => void build()} disabled={status === 'building' || status === 'saving'}>
            {t('rebuild')}
          </Button>
          <Button
            appearance="primary"
            onClick={() => void save()}
            disabled={!preview || status === 'saving' || status === 'building'}
            data-testid="bundle-save"
          >
            {t('save', { size: preview ? fmt.bytes(preview.zipSize) : '' })}
          </Button>
        </>
      }
    >
      {status === 'building' && <Spinner label={t('building')} />}
      {error && <ErrorBar error={error} />}
      {preview && (
        <>
          <MessageBar intent="info" layout="multiline" data-testid="bundle-redactions">
            <MessageBarBody>
              <MessageBarTitle>{t('redactedTitle', { count: total(preview.totals) })}</MessageBarTitle>
              {kinds.length
                ? kinds.map(([k, n]) => t('redactedKind', { kind: t(`kind.${k}`), count: n })).join(t('listSep'))
                : t('redactedNone')}
            </MessageBarBody>
          </MessageBar>
          <Table aria-label={t('filesLabel')} size="small" data-testid="bundle-files">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('col.name')}</TableHeaderCell>
                <TableHeaderCell>{t('col.kind')}</TableHeaderCell>
                <TableHeaderCell>{t('col.size')}</TableHeaderCell>
                <TableHeaderCell>{t('col.removed')}</TableHeaderCell>
                <TableHeaderCell>{t('col.read')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.files.map((f) => (
                <TableRow key={f.name}>
                  <TableCell>{f.name}</TableCell>
                  <TableCell>{t(`entry.${f.kind}`)}</TableCell>
                  <TableCell>{fmt.bytes(f.size)}</TableCell>
                  <TableCell>{fmt.number(total(f.redactions))}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      onClick={() => void openEntry(f.name)}
                      aria-label={t('view', { name: f.name })}
                      data-testid={`bundle-view-${f.name}`}
                    >
                      {t('col.read')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {preview.withheld.length > 0 && (
            <Text data-testid="bundle-withheld">
              {t('withheld', { count: preview.withheld.length })}{' '}
              {preview.withheld
                .map(
                  (w) => `${w.machineFile ? t('machineFile', { path: w.machineFile }) : w.name} (${reason(w.reason)})`,
                )
                .join(t('listSep'))}
            </Text>
          )}
        </>
      )}
      <BundleEntryDialog entry={entry} onClose={closeEntry} />
      {status === 'saved' && saved && (
        <MessageBar intent="success" layout="multiline" data-testid="bundle-saved">
          <MessageBarBody>
            <MessageBarTitle>{t('savedTitle')}</MessageBarTitle>
            {t('savedBody', { name: saved.fileName, size: fmt.bytes(saved.size) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </Screen>
  );
}
