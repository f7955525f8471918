/**
 * The only URLs the app will hand to the OS browser: https, no credentials, no port, and a host on
 * this list (exact match). Everything else (file:, ms-msdt:, search-ms:, javascript:, http:, look-alike
 * hosts such as learn.microsoft.com.evil.example) is refused. Electron security checklist item 15.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'learn.microsoft.com',
  'support.microsoft.com',
  'www.microsoft.com',
];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(url.hostname)
  );
}
