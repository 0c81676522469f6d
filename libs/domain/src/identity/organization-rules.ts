/** ISO 4217 codes the product offers; CNY is the default for new organisations. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD', 'TWD', 'KRW', 'AUD', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = 'CNY';

export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}

/** The month (1–12) in which the organisation's fiscal year begins. */
export function isFiscalYearStartMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

export const NAME_MAX_LENGTH = 120;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
