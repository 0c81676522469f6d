// Budget figures are decimal strings; sums and differences for display are
// done in whole cents (BigInt), never in floats. Charts get numbers at the end.
import { formatCents } from '@opsplan/domain';

const DECIMAL = /^(-?)(\d+)(?:\.(\d{0,2}))?$/;

/** "1234.5" / "-80.00" → cents. Money has at most two decimals; anything else is a programming error. */
export function toCents(money: string): bigint {
  const match = DECIMAL.exec(money);
  if (!match) throw new Error(`not an amount in cents: ${money}`);
  const cents = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -cents : cents;
}

/** Cents → "1234.50" / "-0.05": the engine's own formatting. */
export const fromCents = formatCents;

/** a − b of two amounts, as an amount. */
export function subtract(a: string, b: string): string {
  return fromCents(toCents(a) - toCents(b));
}

/** Sum of amounts, as an amount. */
export function sum(amounts: readonly string[]): string {
  return fromCents(amounts.reduce((total, amount) => total + toCents(amount), 0n));
}

/** For chart geometry only: cents as a number of currency units. */
export function centsToNumber(cents: bigint): number {
  return Number(cents) / 100;
}

/** part / whole as a fraction string with 4 decimals (half up, away from zero), or null when whole is zero. */
export function ratio(part: string, whole: string): string | null {
  const p = toCents(part);
  const w = toCents(whole);
  if (w === 0n) return null;
  const negative = p < 0n !== w < 0n && p !== 0n;
  const absP = p < 0n ? -p : p;
  const absW = w < 0n ? -w : w;
  const scaled = (absP * 20000n + absW) / (2n * absW); // ten-thousandths, half up
  const text = scaled.toString().padStart(5, '0');
  return `${negative && scaled !== 0n ? '-' : ''}${text.slice(0, -4)}.${text.slice(-4)}`;
}
