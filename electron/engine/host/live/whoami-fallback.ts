/**
 * Fallback when PowerShell is blocked or in Constrained Language Mode: `whoami /groups /fo csv` read by
 * SID only (the name and attribute columns are translated on non-English Windows, the SID column never
 * is). Deny-only cannot be read without the translated attribute words, so it is inferred the way
 * Windows builds a UAC split token: Administrators present at medium integrity means a filtered token.
 */
import type { AnswerOf } from '../queries';

/** Splits one CSV line as whoami writes it: every field quoted, quotes doubled inside. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      fields.push(value);
      if (line[i] === ',') i++;
    } else {
      const next = line.indexOf(',', i);
      fields.push(line.slice(i, next === -1 ? undefined : next));
      i = next === -1 ? line.length : next + 1;
    }
  }
  return fields;
}

const SID = /^S-1-\d+(?:-\d+)+$/u;

export function parseWhoamiGroupsCsv(csv: string, userSid: string | null): AnswerOf<'token'> | null {
  const sids = csv
    .split(/\r?\n/u)
    .map((l) => splitCsvLine(l.trim()).find((f) => SID.test(f)))
    .filter((s): s is string => s !== undefined);
  if (sids.length === 0) return null;
  const integritySid = sids.find((s) => s.startsWith('S-1-16-')) ?? 'S-1-16-8192';
  const high = integritySid === 'S-1-16-12288' || integritySid === 'S-1-16-16384';
  const hasAdmins = sids.includes('S-1-5-32-544');
  const groups = sids
    .filter((s) => !s.startsWith('S-1-16-'))
    .map((sid) => ({ sid, attributes: sid === 'S-1-5-32-544' && !high ? 0x10 : 0x7 }));
  return {
    userSid: userSid ?? 'S-1-0-0',
    groups,
    integritySid,
    elevationType: hasAdmins ? (high ? 2 : 3) : 1,
    elevated: hasAdmins && high,
  };
}
