/**
 * Package inspection: reads a .msi/.msp/.mst (or whatever the user picked instead) in TypeScript.
 * Probes call inspectPackage on the file's bytes; the result is the shared PackageInfo model.
 */
export { inspectPackage, type InspectOptions } from './inspect';
export {
  isSchemaSupported,
  installScope,
  schemaToInstallerVersion,
  installerVersionToSchema,
  decodeWordCount,
} from './scope';
export { sniffContent } from './sniff';
export { openCompoundFile, type CompoundFile, type CfbEntry, type CfbResult, type CfbError } from './cfb/reader';
export { decodeMsiStreamName } from './msi/stream-names';
