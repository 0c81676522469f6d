import type { Language } from '../../../i18n/language';

export interface FormatAmountOptions {
  /** 万/亿 in Chinese, K/M/B in English; trailing zeros of the fraction are dropped ("1.5万"). */
  compact?: boolean;
  /** An ISO code ("CNY"): its symbol goes in front, as the language writes it (¥ / CN¥). */
  currency?: string;
  /** Digits after the point, rounded half up. Default 2. */
  decimals?: number;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;

// Largest first. Chinese counts in myriads (万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹²); English in thousands.
const UNITS: Record<Language, readonly { exponent: number; suffix: string }[]> = {
  'zh-CN': [
    { exponent: 12, suffix: '万亿' },
    { exponent: 8, suffix: '亿' },
    { exponent: 4, suffix: '万' },
    { exponent: 0, suffix: '' },
  ],
  en: [
    { exponent: 12, suffix: 'T' },
    { exponent: 9, suffix: 'B' },
    { exponent: 6, suffix: 'M' },
    { exponent: 3, suffix: 'K' },
    { exponent: 0, suffix: '' },
  ],
};

/**
 * A budget figure (a decimal string such as "12345678.90") for people to read:
 * "12,345,678.90", or compact "1234.57万" / "12.35M". Worked on the digits of
 * the string, never through a float, so a total of trillions keeps its cents
 * and rounds exactly as the export does (half up, away from zero).
 * Text that is not a decimal number is returned unchanged.
 */
export function formatAmount(value: string, lang: Language, opts: FormatAmountOptions = {}): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const decimals = opts.decimals ?? 2;
  const negative = match[1] === '-';
  const digits = `${match[2]}${match[3] ?? ''}`;
  const scale = (match[3] ?? '').length;
  const magnitude = BigInt(digits); // value = ±magnitude / 10^scale

  let number: string;
  if (opts.compact) {
    const units = UNITS[lang];
    // The largest unit the figure reaches; then one up if rounding reaches that (999,999.999 is 1M, not 1000K).
    let index = units.findIndex((unit) => magnitude >= 10n ** BigInt(scale + unit.exponent));
    if (index < 0) index = units.length - 1;
    let rounded = roundScaled(magnitude, scale + units[index].exponent, decimals);
    if (index > 0 && rounded >= 10n ** BigInt(decimals + units[index - 1].exponent - units[index].exponent)) {
      index -= 1;
      rounded = roundScaled(magnitude, scale + units[index].exponent, decimals);
    }
    const chosen = units[index];
    const plain = withPoint(rounded, decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    const grouped = lang === 'en' || chosen.exponent === 0 ? group(plain) : plain;
    number = `${grouped}${chosen.suffix}`;
  } else {
    number = group(withPoint(roundScaled(magnitude, scale, decimals), decimals));
  }
  // "-0.001" rounds to zero: no minus sign on a zero.
  const sign = negative && /[1-9]/.test(number) ? '-' : '';
  return `${sign}${opts.currency ? currencySymbol(opts.currency, lang) : ''}${number}`;
}

/**
 * A rate written as a fraction ("0.6400", "-0.125") as a percentage with
 * `decimals` digits ("64.0%", "-12.5%"), exactly from the string.
 */
export function formatRate(rate: string, decimals = 1): string {
  const match = DECIMAL.exec(rate.trim());
  if (!match) return rate;
  const scale = (match[3] ?? '').length;
  const rounded = roundScaled(BigInt(`${match[2]}${match[3] ?? ''}`), scale - 2, decimals);
  const number = withPoint(rounded, decimals);
  return `${match[1] === '-' && /[1-9]/.test(number) ? '-' : ''}${number}%`;
}

/** magnitude / 10^scale rounded half up to `decimals` digits, as an integer of that many decimals. */
function roundScaled(magnitude: bigint, scale: number, decimals: number): bigint {
  const shift = scale - decimals;
  if (shift <= 0) return magnitude * 10n ** BigInt(-shift);
  const divisor = 10n ** BigInt(shift);
  const quotient = magnitude / divisor;
  return (magnitude % divisor) * 2n >= divisor ? quotient + 1n : quotient;
}

function withPoint(scaled: bigint, decimals: number): string {
  if (decimals === 0) return scaled.toString();
  const text = scaled.toString().padStart(decimals + 1, '0');
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/** Thousands separators in the whole part: "1234567.5" → "1,234,567.5". */
function group(plain: string): string {
  const [whole, fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const symbols = new Map<string, string>();

function currencySymbol(currency: string, lang: Language): string {
  const key = `${lang}|${currency}`;
  let symbol = symbols.get(key);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat(lang, { style: 'currency', currency }).formatToParts(0);
      symbol = parts.find((part) => part.type === 'currency')?.value ?? `${currency} `;
    } catch {
      symbol = `${currency} `;
    }
    symbols.set(key, symbol);
  }
  return symbol;
}
