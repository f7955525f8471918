// Types for build-fleet-scripts.mjs (a plain Node build script).
export interface FleetScript {
  /** Path of the generated script under scripts/fleet/. */
  out: string;
  /** Path of its body under scripts/fleet/. */
  body: string;
}
export declare const fleetDir: string;
export declare const COMMON_SOURCES: string[];
export declare const FLEET_SCRIPTS: FleetScript[];
export declare function commonFunctions(text: string): string;
export declare function commonBlock(dir?: string): string;
export declare function stitch(script: FleetScript, bodyText: string, common: string): string;
export declare function buildFleetScripts(dir?: string): { path: string; text: string }[];
export declare function unlistedCommonFiles(dir?: string): string[];
