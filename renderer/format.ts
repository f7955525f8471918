/** Numbers, sizes and dates in the user's language (Intl), following the i18next language. */
import { useTranslation } from 'react-i18next';

const UNITS = [
  ['byte', 1],
  ['kilobyte', 1024],
  ['megabyte', 1024 ** 2],
  ['gigabyte', 1024 ** 3],
] as const;

export interface Formatters {
  number(n: number): string;
  bytes(n: number): string;
  dateTime(iso: string): string;
}

export function formatters(lang: string): Formatters {
  return {
    number: (n) => new Intl.NumberFormat(lang).format(n),
    bytes(n) {
      let unit: (typeof UNITS)[number] = UNITS[0];
      for (const u of UNITS) if (n >= u[1]) unit = u;
      return new Intl.NumberFormat(lang, {
        style: 'unit',
        unit: unit[0],
        unitDisplay: 'short',
        maximumFractionDigits: unit[1] === 1 ? 0 : 1,
      }).format(n / unit[1]);
    },
    dateTime(iso) {
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return iso;
      return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
    },
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}
