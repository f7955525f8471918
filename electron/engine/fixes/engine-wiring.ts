/** The real diagnosis and log analyzer, adapted to what fixes need (tests may inject others). */
import type { SymptomId } from '@shared/model/catalog-ids';
import { SymptomId as SymptomSchema } from '@shared/model/findings';
import { diagnose } from '../diagnose/index';
import { analyzeLogBytes } from '../msilog/index';
import type { LogAnalyzer } from './install-report';
import type { Diagnoser } from './run-fix';

export const engineDiagnose: Diagnoser = (host, o) => {
  const symptom = SymptomSchema.safeParse(o.symptom);
  return diagnose(host, {
    symptom: symptom.success ? (symptom.data as SymptomId) : undefined,
    packagePath: o.packagePath ?? null,
    signal: o.signal,
  });
};

export const engineAnalyzeLog: LogAnalyzer = async (bytes) => {
  const a = analyzeLogBytes(bytes);
  const r = a.rootCause;
  return {
    rootCause: r ? { kind: r.kind, code: r.code, message: r.message, line: r.line, action: r.action } : null,
    errorCodes: [...new Set(a.errors.map((e) => e.code).filter((c): c is number => c !== null))],
    exitCode: a.exitCode,
  };
};
