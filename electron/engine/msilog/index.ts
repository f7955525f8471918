/**
 * The MSI / Burn log analyzer. Streaming and bounded: a 1 GB log is read in 64 KiB chunks, decoded
 * incrementally and parsed line by line. The result type is shared/model/log-analysis.ts.
 */
export { analyzeLogFile, analyzeLogBytes, type AnalyzeOptions } from './analyze';
export { findCandidateLogs, type CandidateLog, type FindLogsOptions } from './find-logs';
export { UnknownEncodingError, canonicalEncoding } from './detect-encoding';
export { summarizeAnalysis, type Explain, type Translate } from './summary';
export type { LogAnalysis } from '@shared/model/log-analysis';
