/**
 * The redaction engine on hand-written MSI/Burn log lines (shapes from security.md 5.2 and the line
 * forms in the public logs it cites [L1]); the pattern catalogue, non-destruction (security.md 5.3,
 * F3), consistency (F2), MSI property rules (F6) and idempotence (F8, fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Redactor } from './redactor';
import { shortForms } from './identities';
import { isWellKnownSid } from './patterns';
import { REDACTED } from './pseudonyms';

function redact(text: string, known = {}): { out: string; r: Redactor } {
  const r = new Redactor(known);
  r.learnText(text);
  return { out: r.redactText(text).value, r };
}

describe('names', () => {
  it('replaces the known user, host and domain in every case, with stable pseudonyms', () => {
    const { out } = redact('alex on DESKTOP-CANARY42 (CONTOSO\\alex); ALEX again; desktop-canary42.contoso.local', {
      users: ['alex'],
      hosts: ['DESKTOP-CANARY42'],
      domains: ['CONTOSO'],
    });
    expect(out).toBe('USER1 on HOST1 (DOMAIN1\\USER1); USER1 again; HOST1.DOMAIN1.local');
  });

  it('matches names whose lower case depends on context (Greek final sigma), also when the text holds characters that lengthen in lower case', () => {
    // "İ" lowercases to two code units, which sends lower-casing down the per-character path, where
    // "Σ" becomes "σ" while the name's own lower case ends in the final form "ς".
    for (const text of [
      'ΝΙΚΟΣ ran setup',
      'İstanbul office: ΝΙΚΟΣ ran setup',
      'İ νικος ran setup',
      'İ νικοσ ran setup',
    ]) {
      expect(redact(text, { users: ['ΝΙΚΟΣ'] }).out, text).not.toMatch(/νικο[σς]|ΝΙΚΟΣ/u);
    }
  });

  it('discovers profile folder names in every separator spelling and replaces them everywhere', () => {
    const text = [
      "C:\\Users\\Zoë O'Brien-Ünïcødé\\AppData\\Local\\Temp\\MSI1.LOG",
      'C:/Users/wangxm/Desktop',
      'C:\\\\Users\\\\jsonuser\\\\AppData',
      'file:///C%3A%5CUsers%5Curluser%5CDownloads',
      'C:\\Documents and Settings\\xpuser\\Local Settings',
      "later: Zoë O'Brien-Ünïcødé, wangxm, jsonuser, urluser, xpuser",
    ].join('\n');
    const { out } = redact(text);
    for (const name of ["Zoë O'Brien-Ünïcødé", 'wangxm', 'jsonuser', 'urluser', 'xpuser'])
      expect(out).not.toContain(name);
    expect(out).toContain('C:\\Users\\USER1\\AppData\\Local\\Temp\\MSI1.LOG');
  });

  it('replaces 8.3 short forms of long names', () => {
    expect(shortForms('alexander')).toContain('ALEXAN~1');
    expect(shortForms('alex')).toEqual([]);
    const { out } = redact('C:\\Users\\ALEXAN~1\\AppData\\Local\\Temp and C:\\PROGRA~1', { users: ['alexander'] });
    expect(out).toBe('C:\\Users\\USER1\\AppData\\Local\\Temp and C:\\PROGRA~1');
  });

  it('replaces CJK names anywhere, and names in JSON \\u, URL and HTML spellings', () => {
    const text =
      '用户王小明的文件; "\\u738b\\u5c0f\\u660e"; q=%E7%8E%8B%E5%B0%8F%E6%98%8E; O&#39;Brien; O%27Brien; O\\u0027Brien';
    const { out } = redact(text, { users: ['王小明', "O'Brien"] });
    expect(out).toBe('用户USER1的文件; "USER1"; q=USER1; USER2; USER2; USER2');
  });

  it('leaves words that merely contain a name alone, and treats generic names as path segments only', () => {
    const { out } = redact(
      'Microsoft micro C:\\Users\\micro\\x; Per User install; C:\\Users\\User\\AppData; LogonUser = User',
      { users: ['micro', 'User'] },
    );
    expect(out).toBe(
      'Microsoft USER1 C:\\Users\\USER1\\x; Per User install; C:\\Users\\USER2\\AppData; LogonUser = USER2',
    );
  });

  it('learns LogonUser, ComputerName, USERDOMAIN and COMPANYNAME from property lines and UNC hosts', () => {
    const text = [
      'Property(S): LogonUser = kim',
      'Property(S): ComputerName = WS-0042',
      "MSI (c) (1C:2C) [10:00:00:000]: PROPERTY CHANGE: Adding USERDOMAIN property. Its value is 'FABRIKAM'.",
      'Property(C): COMPANYNAME = Fabrikam Shipping',
      'Source: \\\\fileserver01.fabrikam.local\\deploy\\app.msi',
      'kim at WS-0042 of FABRIKAM / Fabrikam Shipping / fileserver01',
    ].join('\n');
    const { out, r } = redact(text);
    expect(out).not.toMatch(/kim|WS-0042|FABRIKAM|fileserver01/iu);
    expect(r.privateMap().every((e) => e.original.length > 0 && e.pseudonym.length > 0)).toBe(true);
  });
});

describe('patterns', () => {
  it('pseudonymizes account SIDs keeping the RID, and keeps well-known SIDs readable', () => {
    const { out } = redact(
      'S-1-5-21-1111111111-2222222222-3333333333-1001 S-1-5-21-1111111111-2222222222-3333333333-500 S-1-5-18 S-1-5-32-544 S-1-1-0 S-1-5-11 S-1-16-12288 S-1-12-1-1-2-3-4',
    );
    expect(out).toBe(
      'S-1-5-21-0-0-1-1001 S-1-5-21-0-0-2-500 S-1-5-18 S-1-5-32-544 S-1-1-0 S-1-5-11 S-1-16-12288 S-1-12-1-0-0-3',
    );
    expect(isWellKnownSid('S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464')).toBe(true);
  });

  it('replaces e-mail, IPv4, IPv6 and MAC addresses, but not versions, times or file:line', () => {
    const text = [
      'mail canary@example.invalid and canary%40example.invalid',
      'server 10.99.88.77:443, gw 192.168.1.1',
      'v6 fe80::1c2d:3e4f:5a6b:7c8d%12 and 2606:4700:4700::1111, loopback ::1',
      'nic 00-1A-2B-3C-4D-5E and 00:1a:2b:3c:4d:5e',
      'Windows 10.0.19041.1, Version="2.9.0.50", VersionString=2.1.223.0, ProductVersion = 6.1.7601.17514',
      'MSI (s) (28:6C) [15:31:37:400]: file.c:123 at 12:34:56',
    ].join('\n');
    const { out } = redact(text);
    expect(out).not.toMatch(/canary|10\.99\.88\.77|192\.168\.1\.1|fe80|2606:4700|1a-2b|1a:2b/iu);
    for (const kept of [
      '10.0.19041.1',
      '"2.9.0.50"',
      '2.1.223.0',
      '6.1.7601.17514',
      '(28:6C) [15:31:37:400]',
      'file.c:123',
      '12:34:56',
      '::1',
    ])
      expect(out).toContain(kept);
    // The URL-encoded spelling is the same address: the same pseudonym.
    expect(out).toContain('email1@redacted.invalid and email1@redacted.invalid');
  });
});

describe('MSI property lines', () => {
  const log = [
    'Property(S): MsiHiddenProperties = DBPASS;SQLCONN',
    'Property(S): DBPASS = Hunter2Canary',
    'Property(S): SQLCONN = Server=db;Uid=sa',
    'Property(S): SERVICE_PASSWORD = Hunter3Canary',
    'Property(S): ALLUSERS = 1',
    'Property(S): HIDDENMASKED = **********',
    "MSI (s) (10:98) [13:22:18:397]: PROPERTY CHANGE: Adding API_TOKEN property. Its value is 'tok-canary'.",
    "MSI (s) (10:98) [13:22:18:397]: PROPERTY CHANGE: Modifying DBPASS property. Its current value is 'old'. Its new value: 'newcanary'.",
    "MSI (s) (10:98) [13:22:18:397]: PROPERTY CHANGE: Adding MULTI_SECRET property. Its value is 'line one",
    "line two canary'.",
    'MSI (s) (28:6C) [15:31:37:400]: Command Line: PIDKEY=ABCDE-12345 LICENSEOWNER="Jo Canary" ALLUSERS=1 TARGETDIR=C:\\App REBOOT=ReallySuppress',
    'Executing op: RegAddValue(Name=DefaultPassword,Value=regcanary,)',
    'Executing op: ComponentRegister(ComponentId={DBD7F799-0040-46B5-8825-8A7CAA59E719},KeyPath=C:\\App\\a.dll,State=3)',
  ].join('\r\n');

  it('redacts hidden, secret-looking and command-line values, keeps switches, flags, GUIDs and the installer mask', () => {
    const { out } = redact(log);
    expect(out).not.toMatch(
      /Hunter2Canary|Hunter3Canary|Server=db|tok-canary|newcanary|canary'|ABCDE-12345|Jo Canary|regcanary/u,
    );
    expect(out).toContain(`Property(S): DBPASS = ${REDACTED}`);
    expect(out).toContain('Property(S): ALLUSERS = 1');
    expect(out).toContain('Property(S): HIDDENMASKED = **********');
    expect(out).toContain(
      `PIDKEY=${REDACTED} LICENSEOWNER=${REDACTED} ALLUSERS=1 TARGETDIR=C:\\App REBOOT=ReallySuppress`,
    );
    expect(out).toContain('KeyPath=C:\\App\\a.dll');
    expect(out).toContain('ComponentId={DBD7F799-0040-46B5-8825-8A7CAA59E719}');
    expect(out.split('\r\n')).toHaveLength(log.split('\r\n').length);
  });

  it('counts what it replaced', () => {
    const r = new Redactor();
    r.learnText(log);
    const { counts } = r.redactText(log);
    expect(counts['hidden-property']).toBeGreaterThanOrEqual(3);
    expect(counts['secret-property']).toBeGreaterThanOrEqual(4);
    expect(counts['command-line-value']).toBe(1);
  });
});

describe('idempotence and safety (fast-check)', () => {
  const known = { users: ["O'Brien", '王小明', 'alexander'], hosts: ['DESKTOP-CANARY42'], domains: ['CONTOSO'] };
  const sentinels = [
    "O'Brien",
    '王小明',
    'ALEXAN~1',
    'DESKTOP-CANARY42',
    'S-1-5-21-1111111111-2222222222-3333333333-1001',
    'canary@example.invalid',
    '10.99.88.77',
    '2606:4700::1111',
    '00:1a:2b:3c:4d:5e',
  ];
  const filler = fc.string({ unit: 'grapheme', maxLength: 40 });
  const sep = fc.constantFrom(' ', '\\', '/', '\n', '\r\n', '"', "'", '=', ',', '(', ';', '\t');

  it('redact(redact(x)) === redact(x) for arbitrary text around planted sentinels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, sep, fc.constantFrom(...sentinels), sep), { maxLength: 6 }),
        filler,
        (parts, tail) => {
          const text = parts.map(([a, s1, x, s2]) => `${a}${s1}${x}${s2}`).join('') + tail;
          const r = new Redactor(known);
          r.learnText(text);
          const once = r.redactText(text).value;
          expect(r.redactText(once).value).toBe(once);
          for (const s of sentinels) expect(once.toLowerCase()).not.toContain(s.toLowerCase());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is idempotent on arbitrary log-shaped lines', () => {
    const line = fc.tuple(
      fc.constantFrom(
        'Property(S): ',
        'Command Line: ',
        "PROPERTY CHANGE: Adding X property. Its value is '",
        'C:\\Users\\',
        '',
      ),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.map(([a, b]) => a + b).join('\n');
        const r = new Redactor(known);
        r.learnText(text);
        const once = r.redactText(text).value;
        expect(r.redactText(once).value).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('adversarial soup (fast-check)', () => {
  const known = {
    users: ["O'Brien", '王小明', 'alexander', 'User'],
    hosts: ['DESKTOP-CANARY42'],
    domains: ['CONTOSO'],
  };
  // Sentinels, our own stand-ins, and the fragments that made earlier versions loop or leak: a MAC or
  // a name glued to "PASSWORD=", an address glued to a stand-in, "invalid::", "a@b.invalid.x".
  const atoms = [
    "O'Brien",
    '王小明',
    'ALEXAN~1',
    'alexander',
    'DESKTOP-CANARY42',
    'CONTOSO',
    'S-1-5-21-1111111111-2222222222-3333333333-1001',
    'canary@example.invalid',
    '10.99.88.77',
    'fd12:3456:789a::77',
    '00:1a:2b:3c:4d:5e',
    'USER1',
    'HOST1',
    REDACTED,
    'email1@redacted.invalid',
    '192.0.2.1',
    'S-1-5-21-0-0-1-1001',
    'C:\\Users\\',
    'Property(S): ',
    'PASSWORD=',
    'Command Line: ',
    ' = ',
    "'",
    '"',
    '%5C',
    '%40',
    '@',
    '.',
    ':',
    '-',
    '\\',
    '/',
    '\n',
    ' ',
    'x',
    '1',
    'User',
    'MsiHiddenProperties = A;B',
    'A=',
    "PROPERTY CHANGE: Adding B property. Its value is '",
    '::',
    '~1',
    '%27',
    '\\u0027',
  ];
  const sentinels = [
    "O'Brien",
    '王小明',
    'alexander',
    'DESKTOP-CANARY42',
    'CONTOSO',
    'S-1-5-21-1111111111-2222222222-3333333333-1001',
    'canary@example.invalid',
    '10.99.88.77',
    'fd12:3456:789a::77',
    '00:1a:2b:3c:4d:5e',
  ];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  /** A sentinel standing as a token (what the redactors promise to find). */
  const asToken = (s: string) => new RegExp(`(?<![A-Za-z0-9:.@-])${esc(s)}(?![A-Za-z0-9:@-]|\\.\\d)`, 'iu');

  it('settles (idempotent) and leaves no sentinel token, whatever the neighbours', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...atoms), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const r = new Redactor(known);
        r.learnText(text);
        const once = r.redactText(text).value;
        expect(r.redactText(once).value).toBe(once);
        for (const s of sentinels) if (asToken(s).test(text)) expect(once).not.toMatch(asToken(s));
      }),
      { numRuns: 3000 },
    );
  });
});
