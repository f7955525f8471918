/** Which step of the wizard is showing. Steps are a closed union; screens are looked up by it. */
import { create } from 'zustand';

export const STEPS = [
  'welcome',
  'symptom',
  'package',
  'checking',
  'findings',
  'fix',
  'result',
  'log',
  'bundle',
  'settings',
  'about',
] as const;
export type Step = (typeof STEPS)[number];

/** The main journey, in order ("step 3 of 7"); the log analyzer, bundle and settings sit beside it. */
export const JOURNEY: readonly Step[] = ['welcome', 'symptom', 'package', 'checking', 'findings', 'fix', 'result'];

interface WizardState {
  step: Step;
  history: Step[];
  go(step: Step): void;
  back(): void;
  /** Back to the start with an empty history (a new machine or a new problem). */
  restart(): void;
}

export const useWizardStore = create<WizardState>((set) => ({
  step: 'welcome',
  history: [],
  go: (step) => set((s) => (s.step === step ? s : { step, history: [...s.history, s.step] })),
  // Going back never lands on the progress screen of a run that is over.
  back: () =>
    set((s) => {
      const history = [...s.history];
      let step = history.pop();
      while (step === 'checking' && history.length) step = history.pop();
      return step ? { step, history } : s;
    }),
  restart: () => set({ step: 'welcome', history: [] }),
}));
