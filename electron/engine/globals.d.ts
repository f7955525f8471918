/** Replaced at build time (electron-vite define, esbuild define, vitest define) with package.json's version. */
declare const __APP_VERSION__: string;
