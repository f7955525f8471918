/** Symptom knowledge: definitions and weights, the wizard's questions, and the card texts' keys. */
export { SYMPTOMS, DEFAULT_WEIGHT, symptomForCode, symptomWeight, type SymptomDefinition } from './definitions';
export { SYMPTOM_QUESTIONS, symptomKeys, type SymptomQuestion, type SymptomAnswer } from './questions';
