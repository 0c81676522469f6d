// What people type or paste into the driver grid, turned into the decimal
// strings the budget engine reads. Text that is not a number is kept as typed
// so validation can point at it, never silently replaced by zero.

const PLAIN_DECIMAL = /^(-?)(\d*)(?:\.(\d*))?$/;

/**
 * A typed or pasted number as a plain decimal string: grouping commas and
 * spaces, currency signs and full-width digits (common when pasting from
 * Chinese spreadsheets) are dropped; "(1,200)" is an accountant's −1200.
 */
export function cleanDecimal(text: string): string {
  let value = text
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－−]/g, '-');
  const negative = /^\(.*\)$/.test(value);
  if (negative) value = value.slice(1, -1);
  value = value.replace(/[\s,，'¥￥$€£]|CN¥|RMB|CNY|元/gi, '');
  if (negative && value !== '') value = `-${value}`;
  const match = PLAIN_DECIMAL.exec(value);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return text.trim();
  const whole = match[2].replace(/^0+(?=\d)/, '') || '0';
  const fraction = match[3] ?? '';
  return `${match[1]}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Moves the decimal point of a plain decimal string by `places` (positive: right); exact, no floats. */
function shiftPoint(value: string, places: number): string {
  const match = PLAIN_DECIMAL.exec(value);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return value;
  let digits = `${match[2]}${match[3] ?? ''}`;
  let point = match[2].length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return match[1] === '-' && /[1-9]/.test(text) ? `-${text}` : text;
}

/** A rate fraction as the percentage people type: "0.35" → "35", "0.045" → "4.5". */
export function fractionToPercent(fraction: string): string {
  return fraction === '' ? '' : shiftPoint(fraction, 2);
}

/** A typed percentage ("35", "4.5%", "35 %") as the fraction the engine reads; not a number: kept as typed. */
export function percentToFraction(text: string): string {
  const cleaned = cleanDecimal(text.replace(/[%％]\s*$/, ''));
  return cleaned === '' ? '' : shiftPoint(cleaned, -2);
}
