import type { BuildOptions } from 'esbuild';
export const root: string;
export const nodeBundleOptions: BuildOptions;
