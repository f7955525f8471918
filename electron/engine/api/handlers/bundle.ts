/**
 * The support bundle over IPC. 'bundle:preview' builds the whole bundle in main (gather, redact, zip)
 * and keeps it under a random id; 'bundle:entry' returns one entry's redacted text; 'bundle:save'
 * asks the platform for a destination (Electron's save dialog; the preview server's data folder) and
 * writes the zip there without ever overwriting; 'bundle:open' replays a bundle as the simulated
 * machine. The private pseudonym map is not written from the UI.
 */
import { cancelled, failed, ok } from '@shared/ipc/result';
import { pickLanguage } from '@shared/i18n/languages';
import {
  BundlePreviews,
  entryText,
  OutputExistsError,
  previewBundle,
  saveBundle,
  suggestedBundleName,
} from '../../bundle/index';
import { packagePathOnHost } from '../package-on-host';
import { ScenarioError } from '../../host/simulated/scenario-loader';
import type { HandlerContext } from '../context';
import type { HandlersFor } from './types';

const previews = new WeakMap<HandlerContext, BundlePreviews>();
const building = new WeakSet<HandlerContext>();

function storeOf(ctx: HandlerContext): BundlePreviews {
  let store = previews.get(ctx);
  if (!store) previews.set(ctx, (store = new BundlePreviews()));
  return store;
}

async function languageOf(ctx: HandlerContext) {
  const { language } = await ctx.settings.get();
  return language === 'system' ? pickLanguage(ctx.platform.osLanguages()) : language;
}

export const bundleHandlers: HandlersFor<'bundle:preview' | 'bundle:entry' | 'bundle:save' | 'bundle:open'> = {
  'bundle:preview': async ({ symptom, packageToken, logTokens }, ctx, call) => {
    if (building.has(ctx)) return failed('E_BUSY');
    let packagePath: string | null = null;
    if (packageToken !== undefined) {
      const placed = await packagePathOnHost(ctx, packageToken);
      if ('status' in placed) return placed;
      packagePath = placed.path;
    }
    const chosenLogs: string[] = [];
    for (const t of logTokens ?? []) {
      const entry = ctx.files.resolve(t);
      if (!entry) return failed('E_TOKEN_UNKNOWN');
      chosenLogs.push(entry.path);
    }
    building.add(ctx);
    try {
      const preview = await previewBundle(
        ctx.session.host,
        {
          app: ctx.app,
          lang: await languageOf(ctx),
          symptom,
          packagePath,
          chosenLogs,
          dataDir: ctx.dataDir,
          signal: call.signal,
        },
        storeOf(ctx),
      );
      return call.signal.aborted ? cancelled() : ok(preview);
    } catch (err) {
      if ((err as Error).name === 'AbortError' || call.signal.aborted) return cancelled();
      throw err;
    } finally {
      building.delete(ctx);
    }
  },

  'bundle:entry': async ({ previewId, name }, ctx) => {
    const built = storeOf(ctx).get(previewId);
    if (!built) return failed('E_NOT_FOUND', 'preview');
    const text = entryText(built, name);
    return text ? ok(text) : failed('E_NOT_FOUND', 'entry');
  },

  'bundle:save': async ({ previewId }, ctx) => {
    const built = storeOf(ctx).get(previewId);
    if (!built) return failed('E_NOT_FOUND', 'preview');
    if (!ctx.platform.saveFile) return failed('E_NOT_FOUND', 'this shell cannot save files');
    const path = await ctx.platform.saveFile(suggestedBundleName(built.createdAt));
    if (path === null) return cancelled();
    try {
      const saved = await saveBundle(built, path);
      return ok({ fileName: saved.fileName, size: saved.size });
    } catch (err) {
      if (err instanceof OutputExistsError) return failed('E_UNSAFE_PATH', 'the file exists and is never overwritten');
      return failed('E_FILE_UNREADABLE', (err as NodeJS.ErrnoException).code ?? 'write failed');
    }
  },

  'bundle:open': async ({ token }, ctx) => {
    const entry = ctx.files.resolve(token);
    if (!entry) return failed('E_TOKEN_UNKNOWN');
    if (!ctx.session.isSimulated()) return failed('E_NOT_SIMULATED');
    if (!/\.zip$/iu.test(entry.path)) return failed('E_SCENARIO_INVALID', 'not a .zip');
    try {
      return ok(await ctx.session.selectScenario(entry.path));
    } catch (err) {
      if (err instanceof ScenarioError) return failed('E_SCENARIO_INVALID', err.code);
      throw err;
    }
  },
};
