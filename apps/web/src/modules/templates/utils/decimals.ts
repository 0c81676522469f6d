// Exact comparison of the plain decimal strings templates use for money,
// rates and counts: scaled to whole numbers (BigInt), never through a float.

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

export function isPlainDecimal(text: string): boolean {
  return PLAIN.test(text);
}

/** −1, 0 or 1 as a < b, a = b, a > b; both must be plain decimals. */
export function compareDecimals(a: string, b: string): number {
  const x = PLAIN.exec(a);
  const y = PLAIN.exec(b);
  if (!x || !y) throw new Error(`not a plain decimal: ${x ? b : a}`);
  const places = Math.max((x[3] ?? '').length, (y[3] ?? '').length);
  const scaled = (m: RegExpExecArray) => {
    const digits = BigInt(`${m[2]}${(m[3] ?? '').padEnd(places, '0')}`);
    return m[1] === '-' ? -digits : digits;
  };
  const difference = scaled(x) - scaled(y);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Sum of amounts with at most two decimals, as "1234.50". */
export function sumAmounts(amounts: readonly string[]): string {
  let cents = 0n;
  for (const amount of amounts) {
    const m = PLAIN.exec(amount);
    if (!m) throw new Error(`not an amount: ${amount}`);
    const value = BigInt(`${m[2]}${(m[3] ?? '').padEnd(2, '0').slice(0, 2)}`);
    cents += m[1] === '-' ? -value : value;
  }
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
