/** The bundle's redaction engine: see redactor.ts. */
export { Redactor, walkStrings, type KnownIdentities, type Redacted, type RedactOptions } from './redactor';
export { decodeStrict, type DecodedText } from './decode';
export { emptyCounts, addCounts, REDACTED, type MapEntry } from './pseudonyms';
export { shortForms } from './identities';
export { isWellKnownSid } from './patterns';
