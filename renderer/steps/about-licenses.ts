/**
 * The licences of the packages bundled into the app (assets/licenses.json, written at build time by
 * scripts/collect-licenses.mjs). Vite bundles the JSON into the About screen's lazy chunk, so the list
 * shown is exactly the one generated for this build; nothing is read at run time.
 */
import data from '../../assets/licenses.json';

export interface LicensedPackage {
  name: string;
  version: string;
  license: string;
  textId: string | null;
}

export const licensedPackages: readonly LicensedPackage[] = data.packages;
const texts: Readonly<Record<string, string>> = data.texts;

/** The full licence text of a package, or null when the package ships none. */
export function licenseText(pkg: LicensedPackage): string | null {
  return pkg.textId ? (texts[pkg.textId] ?? null) : null;
}

/** Packages whose name or licence contains every word of the query (case-insensitive). */
export function filterPackages(packages: readonly LicensedPackage[], query: string): readonly LicensedPackage[] {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return packages;
  return packages.filter((p) => {
    const hay = `${p.name} ${p.license}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
