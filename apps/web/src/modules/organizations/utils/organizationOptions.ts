import { CURRENCIES } from '@opsplan/domain';
import type { Currency } from '@opsplan/domain';

export interface Option<V> {
  value: V;
  label: string;
}

/** "CNY · 人民币" / "CNY · Chinese Yuan": the code stays visible because finance people search by it. */
export function currencyOptions(language: string): Option<Currency>[] {
  const names = new Intl.DisplayNames([language], { type: 'currency' });
  return CURRENCIES.map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
}

/** Months 1–12 named in the reader's language (一月 / January). */
export function monthOptions(language: string): Option<number>[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => ({
    value: index + 1,
    label: format.format(new Date(Date.UTC(2000, index, 1))),
  }));
}
