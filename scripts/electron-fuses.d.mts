// Types for electron-fuses.mjs (plain JS so that electron-builder loads it without a compiler).
import type * as Fuses from '@electron/fuses';

export declare const E2E_ENV: string;
export declare function fuseValues(flavour: { e2e: boolean }): Record<string, boolean>;
export declare function isE2eBuild(env: Record<string, string | undefined>): boolean;
export declare function fuseConfig(fuses: typeof Fuses, flavour: { e2e: boolean }): Record<string, unknown>;
