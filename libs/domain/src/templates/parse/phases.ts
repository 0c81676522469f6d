import { Dec } from '../../budget/decimal';
import { ParseContext, readText } from './context';
import { at, checkUnique, readDecimal, readKey, readList, readObject } from './reader';
import { MAX, MIN_SPAN_MONTHS } from './rules';

const FIELDS = { key: 'required', name: 'required', months: 'required', work: 'required', aim: 'required' } as const;
const MONTHS = { maxDecimals: 2, maxIntegerDigits: 3, min: String(MIN_SPAN_MONTHS) };

/** The phases' keys; together they fit in the horizon. */
export function parsePhases(ctx: ParseContext, value: unknown, horizon: number | null): Set<string> {
  const { p } = ctx;
  const items = readList(p, 'phases', value, MAX.phases);
  let total = new Dec(0);
  const keys = items.map((item, i) => {
    const path = at('phases', i);
    const o = readObject(p, path, item, FIELDS);
    if (!o) return null;
    readText(ctx, at(path, 'name'), o.name, MAX.name);
    readText(ctx, at(path, 'work'), o.work, MAX.help);
    readText(ctx, at(path, 'aim'), o.aim, MAX.help);
    const months = readDecimal(p, at(path, 'months'), o.months, MONTHS);
    if (months !== null) total = total.plus(months);
    return readKey(p, at(path, 'key'), o.key);
  });
  checkUnique(p, 'phases', keys);
  if (horizon !== null && total.gt(horizon)) p.add('phases', `last ${total.toString()} months together, more than the template's ${horizon}`);
  return new Set(keys.filter((k): k is string => k !== null));
}
