/** Which step of the wizard is showing. Steps are a closed union; screens are looked up by it. */
import { create } from 'zustand';

export const STEPS = ['welcome', 'symptom', 'package', 'checking', 'findings', 'fix', 'result', 'log', 'bundle', 'settings'] as const;
export type Step = (typeof STEPS)[number];

interface WizardState {
  step: Step;
  history: Step[];
  go(step: Step): void;
  back(): void;
}

export const useWizardStore = create<WizardState>((set) => ({
  step: 'welcome',
  history: [],
  go: (step) => set((s) => (s.step === step ? s : { step, history: [...s.history, s.step] })),
  back: () => set((s) => (s.history.length ? { step: s.history[s.history.length - 1] ?? 'welcome', history: s.history.slice(0, -1) } : s)),
}));
