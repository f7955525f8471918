/** Shows one support-file entry's redacted text exactly as it will be saved, before the user saves. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { BundleEntryText } from '@shared/model/bundle';

const useStyles = makeStyles({
  text: {
    margin: 0,
    maxHeight: '60vh',
    overflow: 'auto',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

export function BundleEntryDialog({ entry, onClose }: { entry: BundleEntryText | null; onClose: () => void }) {
  const { t } = useTranslation('uiBundle');
  const styles = useStyles();
  return (
    <Dialog open={entry !== null} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby="bundle-entry-text">
        <DialogBody>
          <DialogTitle>{entry ? t('viewTitle', { name: entry.name }) : ''}</DialogTitle>
          <DialogContent>
            {entry?.truncated && <Text as="p">{t('viewTruncated')}</Text>}
            <pre id="bundle-entry-text" className={styles.text} data-testid="bundle-entry-text" tabIndex={0}>
              {entry?.text ?? ''}
            </pre>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('common:close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
