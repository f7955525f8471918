/**
 * Which screen shows for each wizard step. Every Step must have a screen (the type enforces it).
 * Welcome is in the first bundle so the first paint is fast; the rest load on demand (the KB and the
 * Fluent pieces they use are the bulk of the renderer).
 */
import { lazy, type ComponentType } from 'react';
import type { Step } from '../state/wizard-store';
import { WelcomeStep } from './welcome';

const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

export const stepScreens: Record<Step, ComponentType> = {
  welcome: WelcomeStep,
  symptom: named(() => import('./symptom'), 'SymptomStep'),
  package: named(() => import('./package'), 'PackageStep'),
  checking: named(() => import('./checking'), 'CheckingStep'),
  findings: named(() => import('./findings'), 'FindingsStep'),
  fix: named(() => import('./fix'), 'FixStep'),
  result: named(() => import('./result'), 'ResultStep'),
  log: named(() => import('./log-analyzer'), 'LogStep'),
  bundle: named(() => import('./bundle'), 'BundleStep'),
  settings: named(() => import('./settings'), 'SettingsStep'),
  about: named(() => import('./about'), 'AboutStep'),
};
