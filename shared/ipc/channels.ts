/**
 * The channel names alone, without schemas, for the preload and the renderer's preview client.
 * contract.ts fails to compile if this list and the contract differ.
 */
export const INVOKE_CHANNELS = [
  'app:info',
  'app:openExternal',
  'settings:get',
  'settings:set',
  'host:scenarios',
  'host:selectScenario',
  'files:pick',
  'files:upload',
  'files:inspectPackage',
  'log:analyze',
  'log:find',
  'diagnose:run',
  'diagnose:cancel',
  'diagnose:recentFailures',
  'fix:plan',
  'fix:apply',
  'fix:cancel',
  'fix:undo',
  'journal:list',
  'journal:pending',
  'journal:rollback',
  'journal:keep',
  'bundle:preview',
  'bundle:entry',
  'bundle:save',
  'bundle:open',
] as const;

export const EVENT_CHANNELS = ['host:changed', 'log:progress', 'diagnose:progress', 'fix:progress'] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];
