/** The package (optional): pick or drop the .msi that failed, and see what we read from it. */
import { Button, Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorBar } from '../components/error-bar';
import { FileDrop } from '../components/file-drop';
import { PackageFacts } from '../components/package-facts';
import { Screen } from '../components/screen';
import { useDiagnosisStore } from '../state/diagnosis-store';
import { usePackageStore } from '../state/package-store';
import { useWizardStore } from '../state/wizard-store';

export function PackageStep() {
  const { t } = useTranslation('uiPackage');
  const { file, info, status, error, accept, clear } = usePackageStore();
  const { go, back } = useWizardStore();
  const start = useDiagnosisStore((s) => s.start);
  const check = () => {
    void start();
    go('checking');
  };
  return (
    <Screen
      testId="package"
      title={t('title')}
      intro={t('intro')}
      actions={
        <>
          <Button onClick={back}>{t('common:back')}</Button>
          <Button appearance="primary" onClick={check} disabled={status === 'reading'} data-testid="package-check">
            {file ? t('checkWithPackage') : t('checkWithout')}
          </Button>
          {file && (
            <Button appearance="subtle" onClick={clear} data-testid="package-clear">
              {t('remove')}
            </Button>
          )}
        </>
      }
    >
      <FileDrop
        purpose="package"
        accept=".msi,.msp,.mst"
        onResult={(r) => void accept(r)}
        disabled={status === 'reading'}
      />
      {status === 'reading' && <Spinner size="small" label={t('reading')} />}
      {error && <ErrorBar error={error} />}
      {info && file && <PackageFacts info={info} name={file.name} />}
    </Screen>
  );
}
