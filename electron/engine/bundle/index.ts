/**
 * The support bundle (issue 6): collect, redact, preview, zip. See build.ts for the contents and
 * redact/ for the redaction engine; security.md section 5 is the background.
 */
export { buildBundle, capText, type BuiltBundle } from './build';
export { gatherBundleInputs, type BundleInputs, type GatherOptions, type RawLog } from './collect';
export {
  BundlePreviews,
  entryText,
  previewBundle,
  saveBundle,
  suggestedBundleName,
  summarize,
  type SaveOptions,
} from './preview';
export { recordScenario, RecordError, RECORD_QUERIES } from './record-scenario';
export { captureScenario, redactScenario, scenarioTexts } from './scenario-capture';
export { OutputExistsError, writeFileNoOverwrite } from './save';
export { isCleanEntryName, readZip } from './zip';
export { Redactor, decodeStrict } from './redact/index';
