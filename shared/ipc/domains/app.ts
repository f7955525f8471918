/** App-level channels: version and host, settings, allowlisted external links, scenarios. */
import { z } from 'zod';
import { invoke, event } from '../define';
import { AppInfo, HostInfo, ScenarioSummary, Settings } from '../../model/app';

const none = z.object({}).strict();

export const appInvoke = {
  'app:info': invoke(none, AppInfo),
  /** Opens an https link from the allowlist in the user's browser; anything else is refused. */
  'app:openExternal': invoke(z.object({ url: z.string().max(2048) }).strict(), z.object({ opened: z.literal(true) })),
  'settings:get': invoke(none, Settings),
  'settings:set': invoke(Settings.partial().strict(), Settings),
  /** Built-in scenarios (useful only when the host is simulated). */
  'host:scenarios': invoke(none, z.object({ scenarios: z.array(ScenarioSummary) })),
  /** Switches the simulated machine to another built-in scenario. Refused on the live host. */
  'host:selectScenario': invoke(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/u) }).strict(), HostInfo),
} as const;

export const appEvents = {
  'host:changed': event(HostInfo),
} as const;
