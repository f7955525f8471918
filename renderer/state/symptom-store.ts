/** What the user told us: the symptom card they chose and the error code they typed. */
import { create } from 'zustand';
import type { SymptomId } from '@shared/model/catalog-ids';
import { symptomForCode } from '@shared/symptoms/index';

interface SymptomState {
  symptom: SymptomId | null;
  code: string;
  choose(symptom: SymptomId): void;
  /** Typing a known code selects its symptom card as well. */
  setCode(code: string): void;
  reset(): void;
}

export const parseCode = (raw: string): number | null => {
  const text = raw.trim();
  if (/^0x[0-9a-f]{1,8}$/iu.test(text)) return Number.parseInt(text, 16);
  return /^\d{1,5}$/u.test(text) ? Number(text) : null;
};

export const useSymptomStore = create<SymptomState>((set) => ({
  symptom: null,
  code: '',
  choose: (symptom) => set({ symptom }),
  setCode(code) {
    const n = parseCode(code);
    const symptom = n === null ? null : symptomForCode(n);
    set((s) => ({ code, symptom: symptom ?? s.symptom }));
  },
  reset: () => set({ symptom: null, code: '' }),
}));
