// Types for sign-windows.mjs (plain JS so that electron-builder loads it without a compiler).
export type SignPlan = { kind: 'skip'; reason: string } | { kind: 'run'; command: string; args: string[] };
export declare function signPlan(file: string, env: Record<string, string | undefined>): SignPlan;
export declare function sign(configuration: { path: string }): Promise<void>;
export default sign;
