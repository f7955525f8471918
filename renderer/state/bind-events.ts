/** Every IPC event is bound here, once, and routed into the stores. Returns the unbind function. */
import { api } from '../api';
import { useAppStore } from './app-store';
import { useDiagnosisStore } from './diagnosis-store';
import { useFixStore } from './fix-store';
import { useLogStore } from './log-store';
import { usePackageStore } from './package-store';
import { useSymptomStore } from './symptom-store';
import { useWizardStore } from './wizard-store';

/** Another machine (scenario) means every answer so far is about the wrong PC: start over. */
function machineChanged(): void {
  useDiagnosisStore.getState().reset();
  useFixStore.getState().reset();
  useLogStore.getState().reset();
  usePackageStore.getState().clear();
  useSymptomStore.getState().reset();
}

export function bindEvents(): () => void {
  const unsubscribers = [
    api.host.onChanged((host) => {
      useAppStore.getState().setHost(host);
      machineChanged();
      if (useWizardStore.getState().step !== 'settings') useWizardStore.getState().restart();
    }),
    api.log.onProgress((p) => useLogStore.getState().onProgress(p)),
    api.diagnose.onProgress((p) => useDiagnosisStore.getState().onProgress(p)),
    api.fix.onProgress((p) => useFixStore.getState().onProgress(p)),
  ];
  return () => unsubscribers.forEach((u) => u());
}
