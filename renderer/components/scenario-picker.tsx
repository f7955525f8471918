/**
 * Only on a simulated machine: choose which built-in scenario the app examines. Loading a scenario
 * (even the current one) starts from a fresh copy of it, which e2e tests use to begin from a known state.
 */
import { Button, Field, Select, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failed, Result } from '@shared/ipc/result';
import type { FileRef } from '@shared/ipc/domains/files';
import { localizedScenarioTitle, type ScenarioSummary } from '@shared/model/app';
import { api } from '../api';
import { useAppStore } from '../state/app-store';
import { ErrorBar } from './error-bar';
import { FileDrop } from './file-drop';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  select: { minWidth: '280px' },
});

export function ScenarioPicker() {
  const { t, i18n } = useTranslation('uiSettings');
  const styles = useStyles();
  const host = useAppStore((s) => s.info?.host);
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [chosen, setChosen] = useState(host?.scenarioId ?? '');
  const [error, setError] = useState<Failed | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    void api.host.scenarios({}).then((r) => r.status === 'ok' && setScenarios(r.value.scenarios));
  }, []);
  if (host?.kind !== 'simulated') return null;
  const load = async () => {
    setLoaded(null);
    const r = await api.host.selectScenario({ id: chosen });
    setError(r.status === 'failed' ? r : null);
    if (r.status === 'ok') setLoaded(r.value.scenarioId);
  };
  const openBundle = async (file: Result<FileRef>) => {
    setLoaded(null);
    if (file.status !== 'ok') return setError(file.status === 'failed' ? file : null);
    const r = await api.bundle.open({ token: file.value.token });
    setError(r.status === 'failed' ? r : null);
    if (r.status === 'ok') setLoaded(r.value.scenarioId);
  };
  return (
    <>
      <div className={styles.row}>
        <Field label={t('scenario')} hint={t('scenarioHint')} className={styles.select}>
          <Select value={chosen} onChange={(_e, d) => setChosen(d.value)} data-testid="scenario-select">
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}: {localizedScenarioTitle(s.title, s.titles, i18n.language)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void load()} disabled={!chosen} data-testid="scenario-load">
          {t('load')}
        </Button>
      </div>
      <div aria-live="polite" data-testid="scenario-status">
        {loaded && t('loaded', { id: loaded })}
      </div>
      <Subtitle2 as="h2">{t('bundleTitle')}</Subtitle2>
      <Text as="p">{t('bundleHint')}</Text>
      <FileDrop purpose="bundle" accept=".zip,application/zip" onResult={(r) => void openBundle(r)} />
      {error && <ErrorBar error={error} />}
    </>
  );
}
