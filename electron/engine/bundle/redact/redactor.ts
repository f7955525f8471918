/**
 * The redaction engine of the support bundle. One Redactor serves one bundle: it first learns every
 * input (names from the facts, names and hidden properties found in the texts), then redacts each
 * one, so a name discovered in one log is also removed from every other file, with the same
 * pseudonym (security.md 5.1 [SO1][ND1], 5.2). Redaction is idempotent: our stand-ins are never
 * learned as names and never replaced again (USER1 stays USER1).
 *
 * Order per text: MSI/Burn property lines and command lines (their values may hold anything), e-mail,
 * names (users, hosts, domains, organizations) in all their spellings, SIDs, IPv6, IPv4, MAC. After
 * redacting, the caller re-scans the result with `leaks()` and withholds any text that still holds a
 * known name or SID (fail closed, [ND1]).
 */
import type { RedactionCounts } from '@shared/model/bundle';
import { IdentitySet, spellings, type Identity, type IdentityKind } from './identities';
import { discoverByRule, discoverIdentities, type Discovered } from './discover';
import { hiddenPropertyNames, LOG_LINE_START, redactPropertyLines, MSI_MASK } from './msi-lines';
import {
  redactEmails,
  redactIpv4,
  redactIpv6,
  redactMacs,
  redactSids,
  isWellKnownSid,
  type PatternContext,
} from './patterns';
import { emptyCounts, isSidPseudonym, PseudonymMap, REDACTED, type MapEntry } from './pseudonyms';

export interface KnownIdentities {
  users?: readonly (string | null | undefined)[];
  hosts?: readonly (string | null | undefined)[];
  domains?: readonly (string | null | undefined)[];
  organizations?: readonly (string | null | undefined)[];
}

export interface RedactOptions {
  /** The text is the value of a key that names a version (dotted quads are versions there). */
  versionContext?: boolean;
  /**
   * The text is an object key: a generic name ("User") is not replaced just for being the whole
   * text (a key "user" is structure, a value "User" is an account).
   */
  isKey?: boolean;
  /**
   * The text is a window cut out of a longer log, starting at a line the log wrote itself ("MSI (s)",
   * "Property(S):" ...). Such a line ends any multi-line secret value that ran on into it, so what came
   * before the window cannot change how the window is redacted, provided the line still starts that
   * way before every pass. If it does not (a name at the start of the line was replaced), redactText
   * throws WindowStartError and the caller redacts more of the log instead.
   */
  startsAtLogLine?: boolean;
}

/** A window given with startsAtLogLine no longer starts with a log line: redact it with more context. */
export class WindowStartError extends Error {
  constructor() {
    super('the window does not start at a log line');
    this.name = 'WindowStartError';
  }
}

/** Learns a long text given in pieces of whole lines, in order (see Redactor.learnPieces). */
export interface PieceLearner {
  push(piece: string): void;
  /** Learns what the pieces hold; without it (a text found undecodable halfway) nothing is learned. */
  end(): void;
}

export interface Redacted<T> {
  value: T;
  counts: RedactionCounts;
}

const ASCII_ALNUM = /[A-Za-z0-9]/u;
/** Passes after which a text that still changes is given up on (withheld). */
const MAX_PASSES = 5;

/** Our own stand-ins, matched first so they are skipped, never replaced (idempotence). */
const PROTECTED_RE =
  /(?<![A-Z0-9])(?:(?:USER|HOST|DOMAIN|ORG|MAC)\d+|email\d+@redacted\.invalid)(?![A-Z0-9])|\[REDACTED\]/giu;

interface Matcher {
  revision: number;
  spellings: { lower: string; id: Identity }[];
}

/** Keys in structured data whose string values are secrets (narrower than for MSI properties: "titleKey" is not). */
const SECRET_JSON_KEY =
  /PASS|PWD|SECRET|TOKEN|PIDKEY|PRODUCTKEY|LICENSEKEY|APIKEY|ACCESSKEY|PRIVATEKEY|CRED|CONNSTR|CONNECTIONSTRING/iu;
const VERSION_KEY = /version|build|ubr/iu;

export class Redactor {
  private readonly map = new PseudonymMap();
  private readonly identities = new IdentitySet();
  private readonly hidden = new Set<string>();
  private matcher: Matcher | null = null;

  constructor(known: KnownIdentities = {}) {
    this.addKnown(known);
  }

  addKnown(known: KnownIdentities): void {
    const add = (kind: IdentityKind, list: KnownIdentities[keyof KnownIdentities]) => {
      for (const v of list ?? []) if (v) this.identities.add(kind, v);
    };
    add('user', known.users);
    add('host', known.hosts);
    add('domain', known.domains);
    add('organization', known.organizations);
  }

  /** Learns names and hidden property names from a text. Call for every input before redacting any. */
  learnText(text: string): void {
    for (const name of hiddenPropertyNames(text)) this.hidden.add(name.toUpperCase());
    for (const { kind, value } of discoverIdentities(text)) this.identities.add(kind, value);
  }

  /**
   * learnText for a text too long to hold whole: push it in pieces that each end at a line end (the
   * last may not), then end(). Discovery reads line by line, so the names learned, and the order they
   * are added in (profile folders, then properties, then UNC hosts, as learnText does), are the same
   * as learnText on the whole text; findings are held (the first of equal ones) until end().
   */
  learnPieces(): PieceLearner {
    const hidden = new Set<string>();
    const rules = {
      profiles: new Map<string, Discovered>(),
      properties: new Map<string, Discovered>(),
      uncs: new Map<string, Discovered>(),
    };
    const keep = (into: Map<string, Discovered>, found: Discovered[]) => {
      for (const d of found) {
        const key = `${d.kind}|${d.value}`;
        if (!into.has(key)) into.set(key, d);
      }
    };
    let ended = false;
    return {
      push: (piece: string) => {
        if (ended) throw new Error('learnPieces: push after end');
        for (const name of hiddenPropertyNames(piece)) hidden.add(name.toUpperCase());
        const d = discoverByRule(piece);
        keep(rules.profiles, d.profiles);
        keep(rules.properties, d.properties);
        keep(rules.uncs, d.uncs);
      },
      end: () => {
        if (ended) return;
        ended = true;
        for (const name of hidden) this.hidden.add(name);
        for (const m of [rules.profiles, rules.properties, rules.uncs])
          for (const { kind, value } of m.values()) this.identities.add(kind, value);
      },
    };
  }

  /** Learns from every string (and key) of a JSON-like value. */
  learnValue(value: unknown): void {
    walkStrings(value, (s) => this.learnText(s));
  }

  /** The names currently known (for tests and the private map). */
  knownIdentities(): Identity[] {
    return this.identities.all();
  }

  /** The private map from real values to pseudonyms. It never goes into the bundle. */
  privateMap(): MapEntry[] {
    return this.map.entries();
  }

  /**
   * Redacts a text until nothing changes: one replacement can expose another (a MAC glued to
   * "PASSWORD=" becomes MAC1, and "MAC1PASSWORD" is then a name=value pair), so the passes repeat
   * until a pass changes nothing, which is what makes redaction idempotent. A text that does not
   * settle in MAX_PASSES throws, and the caller withholds it.
   */
  redactText(text: string, options: RedactOptions = {}): Redacted<string> {
    const counts = emptyCounts();
    let current = text;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      if (options.startsAtLogLine && !LOG_LINE_START.test(current)) throw new WindowStartError();
      const next = this.onePass(current, options, counts);
      if (next === current) return { value: next, counts };
      current = next;
    }
    throw new Error('redaction did not settle');
  }

  private onePass(text: string, options: RedactOptions, counts: RedactionCounts): string {
    let t = redactPropertyLines(text, { hidden: this.hidden, counts });
    const ctx = { map: this.map, counts, versionContext: options.versionContext ?? false };
    t = redactEmails(t, ctx);
    t = this.redactNames(t, counts, options.isKey ?? false);
    t = redactSids(t, ctx);
    t = redactIpv6(t, ctx);
    t = redactIpv4(t, ctx);
    return redactMacs(t, ctx);
  }

  /**
   * Redacts every string and key of a JSON-like value; string values of secret-looking keys become
   * [REDACTED]. Below a key that names a version (fileVersions, DisplayVersion), dotted quads are
   * versions and stay.
   */
  redactValue<T>(value: T): Redacted<T> {
    const counts = emptyCounts();
    const visit = (v: unknown, key: string | null, versionContext: boolean): unknown => {
      if (typeof v === 'string') {
        if (
          key !== null &&
          key !== 'key' &&
          SECRET_JSON_KEY.test(key) &&
          v.length > 0 &&
          v !== MSI_MASK &&
          v !== REDACTED
        ) {
          counts['secret-property']++;
          return REDACTED;
        }
        const r = this.redactText(v, { versionContext });
        addInto(counts, r.counts);
        return r.value;
      }
      if (Array.isArray(v)) return v.map((x) => visit(x, key, versionContext));
      if (v !== null && typeof v === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) {
          // camelCase keys are the schemas' own structure; every other key (a path, a registry value
          // name) is data and is redacted like any text.
          const rk = /^[a-z][A-Za-z0-9]*$/u.test(k)
            ? { value: k, counts: emptyCounts() }
            : this.redactText(k, { isKey: true });
          addInto(counts, rk.counts);
          out[rk.value] = visit(x, k, versionContext || VERSION_KEY.test(k));
        }
        return out;
      }
      return v;
    };
    return { value: visit(value, null, false) as T, counts };
  }

  /** leaks() for structured data: names and SIDs over the serialized text, addresses value by value (with the version context). */
  leaksInValue(value: unknown): string[] {
    const found = new Set(this.leaks(JSON.stringify(value), { addresses: false }));
    const probe = { map: new PseudonymMap(), counts: emptyCounts() };
    const visit = (v: unknown, versionContext: boolean): void => {
      if (typeof v === 'string') addressProbe(v, { ...probe, versionContext });
      else if (Array.isArray(v)) for (const x of v) visit(x, versionContext);
      else if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          addressProbe(k, probe);
          visit(x, versionContext || VERSION_KEY.test(k));
        }
      }
    };
    visit(value, false);
    for (const kind of ['email', 'ipv4', 'ipv6', 'mac'] as const) if (probe.counts[kind] > 0) found.add(kind);
    return [...found];
  }

  /**
   * What of the known names, non-well-known SIDs and addresses a redacted text still holds: the output
   * is scanned again from scratch. Empty means clean; the caller withholds anything else (fail closed,
   * [ND1]).
   */
  leaks(text: string, options: { addresses?: boolean } = {}): string[] {
    const found = new Set<string>();
    for (const hit of this.nameHits(text, false)) found.add(hit.id.kind);
    for (const m of text.matchAll(/(?<![\d-])S-1-\d{1,3}(?:-\d+)+/giu)) {
      if (!isWellKnownSid(m[0]) && !isSidPseudonym(m[0])) found.add('sid');
    }
    if (options.addresses === false) return [...found];
    // Addresses: the shape redactors again, on a throwaway map; anything they would still replace is a leak.
    const probe = { map: new PseudonymMap(), counts: emptyCounts() };
    addressProbe(text, probe);
    for (const kind of ['email', 'ipv4', 'ipv6', 'mac'] as const) if (probe.counts[kind] > 0) found.add(kind);
    return [...found];
  }

  /**
   * Every place a known name stands as a token, found with indexOf over a lower-cased copy (native
   * and linear per spelling, unlike one regex with hundreds of alternatives), longest first where
   * spellings overlap, skipping our own stand-ins.
   */
  private nameHits(text: string, isKey: boolean): { start: number; end: number; id: Identity }[] {
    const m = this.currentMatcher();
    if (m.spellings.length === 0) return [];
    const lower = lowerSameLength(text);
    const hits: { start: number; end: number; id: Identity }[] = [];
    for (const sp of m.spellings) {
      for (let i = lower.indexOf(sp.lower); i !== -1; i = lower.indexOf(sp.lower, i + 1)) {
        if (isTokenAt(lower, i, sp.lower, sp.id.pathOnly, isKey) && !insideProtected(text, i, sp.lower.length))
          hits.push({ start: i, end: i + sp.lower.length, id: sp.id });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: typeof hits = [];
    let covered = 0;
    for (const h of hits) {
      if (h.start < covered) continue;
      chosen.push(h);
      covered = h.end;
    }
    return chosen;
  }

  private redactNames(text: string, counts: RedactionCounts, isKey: boolean): string {
    const hits = this.nameHits(text, isKey);
    if (hits.length === 0) return text;
    let out = '';
    let last = 0;
    for (const h of hits) {
      counts[h.id.kind]++;
      out += text.slice(last, h.start) + this.map.pseudonym(h.id.kind, h.id.value);
      last = h.end;
    }
    return out + text.slice(last);
  }

  private currentMatcher(): Matcher {
    if (this.matcher && this.matcher.revision === this.identities.revision) return this.matcher;
    const seen = new Set<string>();
    const list: Matcher['spellings'] = [];
    for (const id of this.identities.all()) {
      for (const s of spellings(id.value, id.kind)) {
        const lower = lowerSameLength(s);
        if (seen.has(lower)) continue;
        seen.add(lower);
        list.push({ lower, id });
      }
    }
    this.matcher = { revision: this.identities.revision, spellings: list };
    return this.matcher;
  }
}

/**
 * Lower case with the same length (and so the same positions) as the input, code unit by code unit.
 * The one context-dependent mapping of toLowerCase (Unicode SpecialCasing: Final_Sigma, Σ -> ς at a
 * word end, σ elsewhere) is folded to σ, so a name and the text agree whichever path they took.
 */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replaceAll('ς', 'σ');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out.replaceAll('ς', 'σ');
}

/**
 * A name matches as a whole token: where its first or last character is an ASCII letter or digit, the
 * neighbour must not be one (so "micro" leaves "Microsoft" alone). A URL escape (%5C) or a JSON escape
 * (\n) right before it counts as a boundary. CJK names have no such boundary and match anywhere.
 * Generic or one-letter names (pathOnly) match only as a path segment, after "=", after a quote, or at
 * the start of a line or value.
 */
function isTokenAt(lower: string, i: number, needle: string, pathOnly: boolean, isKey: boolean): boolean {
  const before = lower[i - 1] ?? '';
  const after = lower[i + needle.length] ?? '';
  const alnum = (c: string) => /[a-z0-9]/u.test(c);
  if (ASCII_ALNUM.test(needle.at(-1) ?? '') && alnum(after)) return false;
  if (pathOnly)
    return (
      (i === 0 && !isKey) ||
      /[\\/='\n]/u.test(before) ||
      /%5c$|%2f$/u.test(lower.slice(Math.max(0, i - 3), i)) ||
      lower.slice(Math.max(0, i - 2), i) === '= '
    );
  if (!ASCII_ALNUM.test(needle[0] ?? '') || !alnum(before)) return true;
  return (
    /%[0-9a-f]{2}$/u.test(lower.slice(Math.max(0, i - 3), i)) || /\\[nrtbf]$/u.test(lower.slice(Math.max(0, i - 2), i))
  );
}

/** Whether position i lies inside one of our stand-ins (e.g. "user" inside "USER1"). */
function insideProtected(text: string, i: number, length: number): boolean {
  const from = Math.max(0, i - 32);
  const window = text.slice(from, i + length + 32);
  const offset = i - from;
  for (const m of window.matchAll(PROTECTED_RE)) if (m.index <= offset && offset < m.index + m[0].length) return true;
  return false;
}

/** Runs the address redactors for their counts only (the result is thrown away). */
function addressProbe(text: string, ctx: PatternContext): void {
  redactMacs(redactIpv4(redactIpv6(redactEmails(text, ctx), ctx), ctx), ctx);
}

function addInto(into: RedactionCounts, from: RedactionCounts): void {
  for (const k of Object.keys(from) as (keyof RedactionCounts)[]) into[k] += from[k];
}

/** Calls fn for every string and object key in a JSON-like value. */
export function walkStrings(value: unknown, fn: (s: string) => void): void {
  if (typeof value === 'string') fn(value);
  else if (Array.isArray(value)) for (const v of value) walkStrings(v, fn);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      fn(k);
      walkStrings(v, fn);
    }
  }
}
