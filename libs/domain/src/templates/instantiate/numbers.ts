import { Dec } from '../../budget/decimal';
import { decimalProblem, DecimalRule, Problems } from '../parse/reader';
import type { TemplateNumber } from '../types';

/** Turns a template's numbers into decimal strings; a parameter that gives a figure out of bounds is reported on the parameter. */
export class NumberResolver {
  constructor(
    private readonly numbers: ReadonlyMap<string, Dec>,
    private readonly problems: Problems,
  ) {}

  /** The number as a decimal string, rounded half up to the places `rule` allows; "0" after a reported problem. */
  resolve(n: TemplateNumber, rule: DecimalRule, what: string): string {
    if (typeof n === 'string') return n; // checked by parsePlanTemplate
    const times = n.times === undefined ? new Dec(1) : typeof n.times === 'string' ? new Dec(n.times) : this.value(n.times.param);
    const value = this.value(n.param).times(times).toDecimalPlaces(rule.maxDecimals).toFixed();
    const problem = decimalProblem(value, rule);
    if (problem) {
      this.problems.add(`parameters.${n.param}`, `gives ${what} ${value}, which ${problem}`);
      return '0';
    }
    return value;
  }

  /** A 1-based month of a budget of `horizon` months. */
  month(m: number | { param: string; plus?: number }, horizon: number, what: string): number {
    if (typeof m === 'number') return m;
    const value = this.value(m.param).plus(m.plus ?? 0);
    if (!value.isInteger() || value.lt(1) || value.gt(horizon)) {
      this.problems.add(`parameters.${m.param}`, `gives ${what} month ${value.toString()}, outside the budget's months 1–${horizon}`);
      return 1;
    }
    return value.toNumber();
  }

  private value(param: string): Dec {
    // A parameter whose value was reported as wrong counts as 0 until it is fixed.
    return this.numbers.get(param) ?? new Dec(0);
  }
}
