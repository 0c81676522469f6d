import Decimal from 'decimal.js';

/**
 * The engine's own Decimal: 34 significant digits (IEEE decimal128), so money
 * up to a trillion times volumes up to a million keeps every cent and more;
 * ROUND_HALF_UP wherever a figure is rounded for display. A clone, so the
 * global Decimal settings of whoever else imports decimal.js are untouched.
 */
export const Dec = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Exact value → whole cents, half up. */
export function toCents(value: Dec): bigint {
  return value.isZero() ? 0n : BigInt(value.toFixed(2, Decimal.ROUND_HALF_UP).replace('.', ''));
}

/** Cents → "1234.50" / "-0.05". */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const frac = abs % 100n;
  return `${negative ? '-' : ''}${whole}.${frac < 10n ? '0' : ''}${frac}`;
}

/** "1234.50" / "-0.05" (exactly two decimals, as formatCents writes them) → cents. */
export function parseCents(money: string): bigint {
  return BigInt(money.replace('.', ''));
}
