import { Dec, toCents } from './decimal';

/**
 * Running-total rounding of one statement row: the figure shown for month m is
 * round(exact total through m) − round(exact total through m − 1). Every month
 * is within a cent of its exact value and every running total (the horizon
 * total above all) is the exact total rounded, half up.
 */
export class RunningRound {
  private exact: Dec = new Dec(0);
  private shown = 0n;

  /** Adds the month's exact value and returns the cents to show for it. */
  next(value: Dec): bigint {
    this.exact = this.exact.plus(value);
    return this.nextCumulative(this.exact);
  }

  /** Same, given the exact running total through this month instead. */
  nextCumulative(total: Dec): bigint {
    const cents = toCents(total);
    const month = cents - this.shown;
    this.shown = cents;
    return month;
  }
}

/**
 * Whole cents for `parts` that add up to exactly `target` cents (largest
 * remainder): each part starts at its own rounding, then the difference is
 * handed out a cent at a time to the parts whose rounding was furthest off.
 * Parts already in whole cents keep them while a part with a fraction of a
 * cent can take the difference; parts that are exactly zero stay zero unless
 * every part is zero (then the part at `fallback` carries it). Used so breakdowns (by
 * department, by category) add up to the total shown above them.
 */
export function apportion(parts: readonly Dec[], target: bigint, fallback = 0): bigint[] {
  const cents = parts.map((p) => toCents(p));
  let rest = target;
  for (const c of cents) rest -= c;
  if (rest === 0n || parts.length === 0) return cents;
  // Figures that are whole cents already (a rent of 12,000) keep their value when any other part can take the cent.
  const nonZero = parts.map((p, i) => i).filter((i) => !parts[i].isZero());
  let candidates = nonZero.filter((i) => !parts[i].times(100).isInteger());
  if (candidates.length === 0) candidates = nonZero;
  if (candidates.length === 0) candidates = [Math.min(fallback, parts.length - 1)];
  // How far each shown part sits below its exact value, in cents (positive: shown too low).
  const shortfall = new Map(candidates.map((i) => [i, parts[i].times(100).minus(cents[i].toString())]));
  const gap = (i: number) => shortfall.get(i) as Dec;
  const order = [...candidates].sort((a, b) => (rest > 0n ? gap(b).cmp(gap(a)) : gap(a).cmp(gap(b))) || a - b);
  const step = rest > 0n ? 1n : -1n;
  for (let k = 0; rest !== 0n; k = (k + 1) % order.length) {
    cents[order[k]] += step;
    rest -= step;
  }
  return cents;
}
