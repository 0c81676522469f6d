// What the sections of a template share while it is checked: the problems
// found so far and the parameters, which texts and numbers may refer to.
import { at, DecimalRule, Json, Problems, readDecimal, readInteger, readLocalized, readObject } from './reader';
import { TIMES } from './rules';
import type { LocalizedText, TemplateNumber, TemplateParameter } from '../types';

export interface ParseContext {
  p: Problems;
  params: ReadonlyMap<string, TemplateParameter['type']>;
}

export function readText(ctx: ParseContext, path: string, value: unknown, max: number, options: { allowEmpty?: boolean } = {}): LocalizedText | null {
  const placeholder = (where: string, key: string) => {
    if (!ctx.params.has(key)) ctx.p.add(where, `refers to {${key}}, which is not a parameter of this template`);
  };
  return readLocalized(ctx.p, path, value, max, placeholder, options);
}

/** A numeric parameter's key, or null (reported) when `value` names none. */
function readNumericParam(ctx: ParseContext, path: string, value: unknown, types: readonly TemplateParameter['type'][]): string | null {
  if (typeof value !== 'string') {
    ctx.p.add(path, 'must name a parameter');
    return null;
  }
  const type = ctx.params.get(value);
  if (type === undefined) ctx.p.add(path, `names no parameter of this template ("${value}")`);
  else if (!types.includes(type)) ctx.p.add(path, `names the ${type} parameter "${value}"; a ${types.join(' or ')} parameter is needed here`);
  else return value;
  return null;
}

const NUMERIC = ['money', 'rate', 'integer'] as const;

/** A literal decimal checked by `rule`, or a numeric parameter (times a factor or another parameter), checked when resolved. */
export function readNumber(ctx: ParseContext, path: string, value: unknown, rule: DecimalRule): TemplateNumber | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return readDecimal(ctx.p, path, value, rule);
  const o = readObject(ctx.p, path, value, { param: 'required', times: 'optional' });
  if (!o) return null;
  const param = readNumericParam(ctx, at(path, 'param'), o.param, NUMERIC);
  if (typeof o.times === 'object' && o.times !== null) {
    const times = readObject(ctx.p, at(path, 'times'), o.times, { param: 'required' });
    if (times) readNumericParam(ctx, at(at(path, 'times'), 'param'), times.param, NUMERIC);
  } else readDecimal(ctx.p, at(path, 'times'), o.times, TIMES);
  return param === null ? null : (value as TemplateNumber);
}

/** A 1-based month of a budget: a literal, or an integer parameter plus a number of months. */
export function readMonth(ctx: ParseContext, path: string, value: unknown, horizon: number): number | { param: string; plus?: number } | null {
  if (value === undefined || typeof value === 'number') return readInteger(ctx.p, path, value, 1, horizon);
  const o: Json | null = readObject(ctx.p, path, value, { param: 'required', plus: 'optional' });
  if (!o) return null;
  readInteger(ctx.p, at(path, 'plus'), o.plus, -horizon, horizon);
  const param = readNumericParam(ctx, at(path, 'param'), o.param, ['integer']);
  return param === null ? null : (value as { param: string; plus?: number });
}
