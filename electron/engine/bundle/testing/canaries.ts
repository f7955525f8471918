/**
 * Planted canaries (security.md 5.3 "Canary corpus" and F1): a machine and logs full of private
 * details, written by this project (no corpus text), and a scanner that looks for each canary in
 * every zip entry's content and name as UTF-8, UTF-16LE, JSON-escaped and URL-encoded text, and
 * inside base64 file contents the scenario carries.
 */
import { loadBuiltinScenario } from '../../host/simulated/scenario-loader';
import { ScenarioSchema, type Scenario } from '../../host/simulated/scenario-schema';
import { readZip } from '../zip';

export const CANARY = {
  userCjk: '王小明',
  userApostrophe: "O'Brien",
  userUnicode: "Zoë O'Brien-Ünïcødé",
  host: 'DESKTOP-CANARY42',
  domain: 'CANARYDOM',
  userSid: 'S-1-5-21-1111111111-2222222222-3333333333-1001',
  otherSid: 'S-1-5-21-4444444444-5555555555-6666666666-1105',
  email: 'canary@example.invalid',
  ipv4: '10.99.88.77',
  ipv6: 'fd12:3456:789a::77',
  mac: '00:1A:2B:3C:4D:5E',
  password: 'Hunter2Canary',
  hidden: 'DbPassCanary9',
  pidkey: 'CANRY-PIDKY-12345',
} as const;

const bom16 = (text: string): string =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('base64');

/** A verbose MSI log as msiexec writes it (UTF-16LE, BOM, CRLF), carrying every canary. */
export function canaryMsiLog(): string {
  const c = CANARY;
  return [
    `=== Verbose logging started: 11/20/2026  10:00:00  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\WINDOWS\\system32\\msiexec.exe ===`,
    `MSI (c) (1C:2C) [10:00:00:001]: Command Line: PIDKEY=${c.pidkey} PASSWORD=${c.password} ALLUSERS=1 CURRENTDIRECTORY=C:\\Users\\${c.userCjk}\\Downloads`,
    `MSI (c) (1C:2C) [10:00:00:002]: PROPERTY CHANGE: Adding MsiHiddenProperties property. Its value is 'DBPASS'.`,
    `MSI (s) (3C:40) [10:00:01:000]: PROPERTY CHANGE: Adding DBPASS property. Its value is '${c.hidden}'.`,
    `MSI (s) (3C:40) [10:00:01:001]: Note: 1: 2203 2: C:\\Users\\${c.userApostrophe}\\AppData\\Local\\Temp\\inprogressinstallinfo.ipi 3: -2147287035`,
    `MSI (s) (3C:40) [10:00:01:002]: Connecting to ${c.ipv4} and [${c.ipv6}] from ${c.mac} for ${c.email}`,
    `MSI (s) (3C:40) [10:00:01:003]: Error 2503. Called RunScript when not marked in progress`,
    `Property(S): LogonUser = ${c.userCjk}`,
    `Property(S): ComputerName = ${c.host}`,
    `Property(S): USERDOMAIN = ${c.domain}`,
    `Property(S): UserSID = ${c.userSid}`,
    `Property(S): SERVICE_PASSWORD = ${c.password}`,
    `Property(S): DBPASS = ${c.hidden}`,
    `Property(S): OwnerSid = ${c.otherSid}`,
    `MSI (s) (3C:40) [10:00:02:000]: Product: ContosoSync -- Installation failed.`,
    `MSI (s) (3C:40) [10:00:02:001]: Windows Installer installed the product. Product Name: ContosoSync. Product Version: 1.4.2. Product Language: 1033. Manufacturer: Contoso. Installation success or error status: 1603.`,
    `=== Verbose logging stopped: 11/20/2026  10:00:02 ===`,
    '',
  ].join('\r\n');
}

/** A log someone re-saved as UTF-8, with the names in JSON-escaped, URL-encoded and 8.3 spellings. */
export function canaryUtf8Log(): string {
  const c = CANARY;
  return [
    `Calling process: C:\\Users\\${c.userUnicode}\\Desktop\\setup.exe`,
    `json: {"user":"\\u738b\\u5c0f\\u660e","path":"C:\\\\Users\\\\O\\u0027Brien\\\\AppData"}`,
    `url: file:///C%3A%5CUsers%5CO%27Brien%5CDownloads%5Capp.msi?host=${encodeURIComponent(c.host)}&mail=canary%40example.invalid`,
    `short: C:\\Users\\ZO_O'B~1\\AppData\\Local\\Temp`,
    `owner ${c.otherSid} at ${c.host}.${c.domain.toLowerCase()}.local`,
    '',
  ].join('\n');
}

/** The 2503 scenario on a machine full of canaries, with the MSI log in the user's temp folder. */
export function canaryScenario(): Scenario {
  const base = JSON.stringify(loadBuiltinScenario('standard-user-windows-temp-2503'))
    .replaceAll('DESKTOP-SIM01', CANARY.host)
    .replaceAll('\\\\Users\\\\alex', `\\\\Users\\\\${CANARY.userCjk}`)
    .replaceAll('"alex"', JSON.stringify(CANARY.userCjk));
  const s = ScenarioSchema.parse(JSON.parse(base));
  s.machine.domain = CANARY.domain;
  s.machine.env['USERDOMAIN'] = { raw: CANARY.domain, expanded: CANARY.domain };
  s.machine.env['COMPUTERNAME'] = { raw: CANARY.host, expanded: CANARY.host };
  s.machine.paths[`C:\\Users\\${CANARY.userCjk}\\AppData\\Local\\Temp\\MSI4f2a1.LOG`] = {
    type: 'file',
    attributes: 0,
    ownerSid: CANARY.userSid,
    acl: null,
    contentBase64: bom16(canaryMsiLog()),
    modified: '2026-11-20T10:00:02.000Z',
    isNetwork: false,
  };
  s.machine.events.push({
    log: 'Application',
    provider: 'MsiInstaller',
    id: 11708,
    minutesAgo: 5,
    level: 2,
    userSid: CANARY.userSid,
    processId: 7320,
    data: [
      `Product: ContosoSync -- Installation failed. ${CANARY.email} ${CANARY.ipv4}`,
      `C:\\Users\\${CANARY.userApostrophe}\\x.msi`,
    ],
  });
  return s;
}

function spellings(canary: string): string[] {
  const lower = canary.toLowerCase();
  const json = [...lower]
    .map((ch) => (ch.charCodeAt(0) > 0x7e || ch === "'" ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch))
    .join('');
  const url = encodeURIComponent(lower).toLowerCase();
  const urlStrict = url.replaceAll("'", '%27');
  return [...new Set([lower, json, url, urlStrict, canary.toUpperCase().toLowerCase()])];
}

export interface CanaryHit {
  entry: string;
  canary: string;
  form: string;
}

function scanBytes(entry: string, bytes: Uint8Array, canaries: readonly string[], hits: CanaryHit[], where = ''): void {
  const text = new TextDecoder().decode(bytes).toLowerCase();
  const raw = Buffer.from(bytes);
  for (const c of canaries) {
    for (const s of spellings(c))
      if (text.includes(s))
        hits.push({ entry: entry + where, canary: c, form: s === c.toLowerCase() ? 'utf-8' : 'escaped' });
    for (const v of new Set([c, c.toLowerCase(), c.toUpperCase()]))
      if (raw.includes(Buffer.from(v, 'utf16le'))) hits.push({ entry: entry + where, canary: c, form: 'utf-16le' });
    if (entry.toLowerCase().includes(c.toLowerCase())) hits.push({ entry, canary: c, form: 'entry name' });
  }
}

/** Every place a canary survives in a zip (including base64 file contents inside scenario.json). */
export function scanZip(zip: Uint8Array, canaries: readonly string[]): CanaryHit[] {
  const hits: CanaryHit[] = [];
  for (const [name, bytes] of readZip(zip)) {
    scanBytes(name, bytes, canaries, hits);
    if (name === 'scenario.json') {
      const s = JSON.parse(new TextDecoder().decode(bytes)) as Scenario;
      for (const [path, entry] of Object.entries(s.machine.paths)) {
        if (entry.contentBase64)
          scanBytes(
            name,
            new Uint8Array(Buffer.from(entry.contentBase64, 'base64')),
            canaries,
            hits,
            ` (content of ${path})`,
          );
      }
    }
  }
  return hits;
}
