/** Persistent banner naming the simulated scenario whenever the host is not a real Windows machine. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { localizedScenarioTitle } from '@shared/model/app';
import { useAppStore } from '../state/app-store';

export function SimulationBanner() {
  const { t, i18n } = useTranslation();
  const host = useAppStore((s) => s.info?.host);
  if (!host || host.kind !== 'simulated') return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="simulation-banner">
      <MessageBarBody>
        <MessageBarTitle>{t('scenario')}</MessageBarTitle>
        {t('simulationBanner', {
          title: localizedScenarioTitle(host.scenarioTitle ?? '', host.scenarioTitles, i18n.language),
          id: host.scenarioId ?? '',
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
