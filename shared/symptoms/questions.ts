/**
 * The wizard's questions and their answers, by id. Texts are i18n keys in the "symptoms" namespace;
 * each answer leads to a symptom id (the "what happened" cards) or refines it.
 */
import { SYMPTOM_IDS, type SymptomId } from '../model/catalog-ids';

export interface SymptomAnswer {
  id: string;
  /** The symptom this answer selects. */
  symptom: SymptomId;
  labelKey: string;
}

export interface SymptomQuestion {
  id: 'what-happened' | 'error-code';
  promptKey: string;
  /** 'choice' shows cards; 'code' shows a number box mapped through symptomForCode(). */
  kind: 'choice' | 'code';
  answers: readonly SymptomAnswer[];
}

export const SYMPTOM_QUESTIONS: readonly SymptomQuestion[] = [
  {
    id: 'what-happened',
    promptKey: 'symptoms:questions.whatHappened',
    kind: 'choice',
    answers: SYMPTOM_IDS.map((id) => ({ id, symptom: id, labelKey: `symptoms:cards.${id}.title` })),
  },
  {
    id: 'error-code',
    promptKey: 'symptoms:questions.errorCode',
    kind: 'code',
    answers: [],
  },
];

/** i18n keys of one symptom card: title, the dialog text users see, and a plain-words description. */
export const symptomKeys = (id: SymptomId) => ({
  title: `symptoms:cards.${id}.title`,
  dialog: `symptoms:cards.${id}.dialog`,
  description: `symptoms:cards.${id}.description`,
});
