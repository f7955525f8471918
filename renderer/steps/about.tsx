/**
 * About: the product, its version (from api.app.info, via the app store), and the open-source
 * licences of every package bundled into the app. The list is searchable; the rows are one tab stop
 * (arrow keys move between them) and Enter opens the licence text in a dialog that returns focus.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Image,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import iconUrl from '../../assets/icon-256.png';
import { Screen } from '../components/screen';
import { useAppStore } from '../state/app-store';
import { useWizardStore } from '../state/wizard-store';
import { filterPackages, licenseText, licensedPackages, type LicensedPackage } from './about-licenses';

const useStyles = makeStyles({
  product: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  productText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  productName: { fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  search: { maxWidth: '420px' },
  tableWrap: {
    maxHeight: '50vh',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  nameButton: { justifyContent: 'flex-start', minWidth: 0, textAlign: 'start' },
  licenseText: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    maxHeight: '55vh',
    overflowY: 'auto',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

export function AboutStep() {
  const { t } = useTranslation('about');
  const styles = useStyles();
  const info = useAppStore((s) => s.info);
  const back = useWizardStore((s) => s.back);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<LicensedPackage | null>(null);
  const shown = useMemo(() => filterPackages(licensedPackages, query), [query]);
  const rowsNav = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });

  return (
    <Screen testId="about" title={t('title')} actions={<Button onClick={back}>{t('common:back')}</Button>}>
      <div className={styles.product}>
        <Image src={iconUrl} alt={t('iconAlt')} width={64} height={64} />
        <div className={styles.productText}>
          <Text size={500} className={styles.productName}>
            {info?.name ?? t('common:appName')}
          </Text>
          <Text data-testid="about-version">{t('version', { version: info?.version ?? '' })}</Text>
          <Text>{t('tagline')}</Text>
        </div>
      </div>

      <h2 className={styles.h2}>{t('licensesTitle')}</h2>
      <Text>{t('licensesIntro')}</Text>
      <Field label={t('search')} hint={t('searchHint')} className={styles.search}>
        <SearchBox value={query} onChange={(_e, d) => setQuery(d.value)} data-testid="about-search" />
      </Field>
      <Text role="status" aria-live="polite" data-testid="about-count">
        {shown.length === 0
          ? t('noMatch', { query })
          : t('shown', { shown: shown.length, total: licensedPackages.length })}
      </Text>

      <div className={styles.tableWrap}>
        <Table size="small" aria-label={t('tableLabel')} data-testid="about-licenses">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('colName')}</TableHeaderCell>
              <TableHeaderCell>{t('colVersion')}</TableHeaderCell>
              <TableHeaderCell>{t('colLicense')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody {...rowsNav}>
            {shown.map((p) => (
              <TableRow key={`${p.name}@${p.version}`}>
                <TableCell>
                  <Button
                    appearance="transparent"
                    className={styles.nameButton}
                    onClick={() => setOpen(p)}
                    aria-haspopup="dialog"
                  >
                    {p.name}
                  </Button>
                </TableCell>
                <TableCell>{p.version}</TableCell>
                <TableCell>{p.license}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Text size={200} className={styles.note}>
        {t('runtime')}
      </Text>

      <Dialog open={open !== null} onOpenChange={(_e, d) => !d.open && setOpen(null)}>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>{open ? t('textTitle', { name: open.name, version: open.version }) : ''}</DialogTitle>
            <DialogContent>
              {open && licenseText(open) !== null ? (
                <pre className={styles.licenseText} tabIndex={0} data-testid="about-license-text">
                  {licenseText(open)}
                </pre>
              ) : (
                <Text>{open ? t('noText', { name: open.name, license: open.license }) : ''}</Text>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setOpen(null)}>
                {t('common:close')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Screen>
  );
}
