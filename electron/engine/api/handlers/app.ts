/** Handlers for the app, settings and host domains. */
import { failed, ok } from '@shared/ipc/result';
import { builtinScenarioIds, loadBuiltinScenario, ScenarioError } from '../../host/simulated/scenario-loader';
import { isAllowedExternalUrl } from '../external-links';
import type { HandlersFor } from './types';

export const appHandlers: HandlersFor<
  'app:info' | 'app:openExternal' | 'settings:get' | 'settings:set' | 'host:scenarios' | 'host:selectScenario'
> = {
  'app:info': async (_req, ctx) =>
    ok({
      name: ctx.app.name,
      version: ctx.app.version,
      shell: ctx.platform.shell,
      host: ctx.session.info(),
      osLanguages: ctx.platform.osLanguages(),
    }),

  'app:openExternal': async ({ url }, ctx) => {
    if (!isAllowedExternalUrl(url)) return failed('E_LINK_BLOCKED');
    await ctx.platform.openExternal(url);
    return ok({ opened: true as const });
  },

  'settings:get': async (_req, ctx) => ok(await ctx.settings.get()),

  'settings:set': async (patch, ctx) => {
    const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return ok(await ctx.settings.set(clean));
  },

  'host:scenarios': async () =>
    ok({
      scenarios: builtinScenarioIds().map((id) => {
        const s = loadBuiltinScenario(id);
        return { id: s.id, title: s.title, titles: s.titles, tags: s.tags };
      }),
    }),

  'host:selectScenario': async ({ id }, ctx) => {
    if (!ctx.session.isSimulated()) return failed('E_NOT_SIMULATED');
    if (!builtinScenarioIds().includes(id)) return failed('E_NOT_FOUND', id);
    try {
      return ok(await ctx.session.selectScenario(id));
    } catch (err) {
      if (err instanceof ScenarioError) return failed('E_SCENARIO_INVALID', err.message);
      throw err;
    }
  },
};
