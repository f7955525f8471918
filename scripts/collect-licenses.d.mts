// Types for collect-licenses.mjs (a plain Node build script).
export declare function packageOf(file: string): { name: string; dir: string } | null;
