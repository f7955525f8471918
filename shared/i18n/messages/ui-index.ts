/** The renderer's screen namespaces, listed once here and spread into the catalog. */
import { ui } from './ui';
import { uiBundle } from './ui-bundle';
import { uiChecking } from './ui-checking';
import { uiFindings } from './ui-findings';
import { uiFix } from './ui-fix';
import { uiLog } from './ui-log';
import { uiPackage } from './ui-package';
import { uiResult } from './ui-result';
import { uiSettings } from './ui-settings';
import { uiSymptom } from './ui-symptom';

export const uiNamespaces = {
  ui,
  uiSymptom,
  uiPackage,
  uiChecking,
  uiFindings,
  uiFix,
  uiResult,
  uiLog,
  uiBundle,
  uiSettings,
} as const;
