/** A failed Result in plain words (errors namespace), with the technical detail on demand. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Failed } from '@shared/ipc/result';

const useStyles = makeStyles({
  detail: {
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: 'break-word',
  },
});

export function ErrorBar({ error, title }: { error: Failed; title?: string }) {
  const { t } = useTranslation('ui');
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="error-bar">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {t(`errors:${error.code}`)}
        {error.detail && (
          <details>
            <summary>{t('technicalDetail')}</summary>
            <div className={styles.detail}>
              {error.code}: {error.detail}
            </div>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
