/**
 * MsiInstaller events of the last 30 days (Application log), turned into "recent installer failures
 * on this PC" and the other patterns the checks need. Field positions follow the event templates in
 * learn.microsoft.com/windows/win32/msi/event-logging: 1033/1034/1035 carry product, version,
 * language, status, manufacturer; 1036 carries the update and its status in field 5; 1001/1004 name
 * product, feature, component (and the missing resource); 1038 carries reboot type and reason as
 * numbers; ship errors are logged as 10000 + the Error-table number (11925, 11500 ...); 10005 holds
 * an internal error (2502, 2503, 2755 ...). Nothing here reads translated words: numbers and fields.
 */
import type { EventFacts, RecentFailure } from '@shared/model/facts';
import type { AnswerOf, HostQuery } from '../host/queries';
import type { Probe } from './types';
import { need } from './types';

export const EVENT_WINDOW_DAYS = 30;
/** All MsiInstaller events: more than 23 ids in one Get-WinEvent filter is refused by Windows. */
export const MSI_EVENTS_QUERY: HostQuery = {
  kind: 'events',
  log: 'Application',
  provider: 'MsiInstaller',
  ids: [],
  sinceDays: EVENT_WINDOW_DAYS,
};

type Event = AnswerOf<'events'>['events'][number];

const COMPLETION: Record<number, RecentFailure['action']> = { 1033: 'install', 1034: 'uninstall', 1035: 'configure' };
/** 11707/11708 install, 11724/11725 removal, 11728/11729 configuration: summaries, not causes. */
const SUMMARY_IDS = new Set([11707, 11708, 11724, 11725, 11728, 11729]);
const FAILED_SUMMARY: Record<number, RecentFailure['action']> = {
  11708: 'install',
  11725: 'uninstall',
  11729: 'configure',
};
const SUCCESS_STATUS = new Set([0, 1641, 3010]);
const NEAR_MS = 5 * 60_000;

const num = (s: string | undefined): number | null =>
  s !== undefined && /^-?\d{1,10}$/u.test(s.trim()) ? Number(s.trim()) : null;

/** "Product: X -- text" in any language: X, when the separator is there. */
export function productFromMessage(text: string | undefined): string | null {
  if (!text) return null;
  const sep = text.indexOf(' -- ');
  if (sep === -1) return null;
  const head = text.slice(0, sep);
  const colon = Math.max(head.indexOf(': '), head.indexOf('：'));
  const name = (colon === -1 ? head : head.slice(colon + (head[colon] === '：' ? 1 : 2))).trim();
  return name || null;
}

/** The internal error number in a 10005 message: the first 4-digit number from 2000 to 3999 after the product part. */
export function internalErrorCode(data: readonly string[]): number | null {
  const first = num(data[0]);
  if (first !== null && first >= 2000 && first < 4000) return first;
  const text = data[0] ?? '';
  const sep = text.indexOf(' -- ');
  for (const m of text.slice(sep === -1 ? 0 : sep).matchAll(/\d+/gu)) {
    const n = Number(m[0]);
    if (m[0].length === 4 && n >= 2000 && n < 4000) return n;
  }
  return null;
}

/** Error-table codes carried by one event (11925 -> 1925, 10005 -> 2503), if any. */
function messageCode(e: Event): number | null {
  if (e.id === 10005) return internalErrorCode(e.data);
  if (e.id > 11000 && e.id < 12000 && !SUMMARY_IDS.has(e.id)) return e.id - 10000;
  return null;
}

function failures(events: readonly Event[]): RecentFailure[] {
  const out: RecentFailure[] = [];
  const used = new Set<Event>();
  const near = (t: number) => events.filter((e) => Math.abs(Date.parse(e.time) - t) <= NEAR_MS);
  const codesNear = (t: number) => {
    const list = near(t).filter((e) => messageCode(e) !== null);
    list.forEach((e) => used.add(e));
    return { codes: [...new Set(list.map((e) => messageCode(e) as number))], ids: list.map((e) => e.id) };
  };
  for (const e of events) {
    const action = COMPLETION[e.id] ?? (e.id === 1036 ? 'update' : undefined);
    if (!action) continue;
    const status = num(e.data[e.id === 1036 ? 4 : 3]);
    if (status === null || SUCCESS_STATUS.has(status)) continue;
    const t = Date.parse(e.time);
    const nearSummary = near(t).filter((x) => FAILED_SUMMARY[x.id] !== undefined);
    nearSummary.forEach((x) => used.add(x));
    const { codes, ids } = codesNear(t);
    out.push({
      time: e.time,
      product: e.data[0] ?? null,
      version: e.data[1] ?? null,
      action,
      status,
      messageCodes: codes,
      eventIds: [e.id, ...nearSummary.map((x) => x.id), ...ids],
    });
  }
  // Failure summaries with no completion event beside them (older installers, trimmed logs).
  for (const e of events) {
    const action = FAILED_SUMMARY[e.id];
    if (!action || used.has(e)) continue;
    const { codes, ids } = codesNear(Date.parse(e.time));
    out.push({
      time: e.time,
      product: productFromMessage(e.data[0]),
      version: null,
      action,
      status: null,
      messageCodes: codes,
      eventIds: [e.id, ...ids],
    });
  }
  // Internal errors whose install left no completion event at all.
  for (const e of events) {
    const code = messageCode(e);
    if (code === null || used.has(e)) continue;
    used.add(e);
    out.push({
      time: e.time,
      product: productFromMessage(e.data[0]),
      version: null,
      action: 'install',
      status: null,
      messageCodes: [code],
      eventIds: [e.id],
    });
  }
  return out.sort((a, b) => b.time.localeCompare(a.time));
}

function selfRepair(events: readonly Event[]): EventFacts['selfRepair'] {
  const byProduct = new Map<string, EventFacts['selfRepair'][number]>();
  for (const e of events) {
    if (e.id !== 1001 && e.id !== 1004) continue;
    const code = e.data[0] ?? '';
    if (!code) continue;
    const entry = byProduct.get(code.toUpperCase());
    if (entry) {
      entry.count++;
      if (entry.resource === null && e.id === 1004) entry.resource = e.data[3] ?? null;
      continue;
    }
    byProduct.set(code.toUpperCase(), {
      productCode: code,
      feature: e.data[1] ?? null,
      component: e.data[2] ?? null,
      resource: e.id === 1004 ? (e.data[3] ?? null) : null,
      count: 1,
      lastTime: e.time,
    });
  }
  return [...byProduct.values()].sort((a, b) => b.count - a.count);
}

/** Pure: the events answer (newest first) summarized. Exported for tests. */
export function summarizeEvents(events: readonly Event[]): EventFacts {
  const sorted = [...events].sort((a, b) => b.time.localeCompare(a.time));
  return {
    windowDays: EVENT_WINDOW_DAYS,
    eventCount: sorted.length,
    failures: failures(sorted),
    selfRepair: selfRepair(sorted),
    rebootRequests: sorted
      .filter((e) => e.id === 1038 || e.id === 1029 || e.id === 1005)
      .map((e) => ({
        time: e.time,
        product: e.data[0] ?? null,
        type: e.id === 1038 ? num(e.data[3]) : null,
        reason: e.id === 1038 ? num(e.data[4]) : null,
      })),
    policyBlocks: sorted
      .filter((e) => e.id === 1007 || e.id === 1008 || e.id === 1044)
      .map((e) => ({ id: e.id, time: e.time, subject: e.data[0] ?? null })),
  };
}

export const eventsProbe: Probe<'events'> = {
  fact: 'events',
  checkId: 'event-log',
  queries: () => [MSI_EVENTS_QUERY],
  parse: (answers) => summarizeEvents(need(answers, 0, 'events').events),
};
