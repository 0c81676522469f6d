// Small readers for hand-checking JSON: each checks one value at a JSON path,
// records what is wrong and returns the value (or null), so a template's
// every problem is reported at once instead of the first one only.
import { Dec } from '../../budget/decimal';
import { placeholdersIn, localize, textLength } from '../text';
import type { LocalizedText, TemplateProblem } from '../types';

export class Problems {
  readonly list: TemplateProblem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

export const at = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export type Fields = Readonly<Record<string, 'required' | 'optional'>>;
export type Json = Record<string, unknown>;

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** An object with exactly the fields named: unknown ones are mistakes (a typo would otherwise be silently ignored). */
export function readObject(p: Problems, path: string, value: unknown, fields: Fields): Json | null {
  if (value === undefined) return null; // reported as required by the parent, or optional
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    p.add(path, 'must be an object');
    return null;
  }
  const object = value as Json;
  for (const key of Object.keys(object)) if (!has(fields, key)) p.add(at(path, key), 'is not a known field');
  for (const [key, need] of Object.entries(fields)) if (need === 'required' && object[key] === undefined) p.add(at(path, key), 'is required');
  return object;
}

export function readList(p: Problems, path: string, value: unknown, max: number): unknown[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) p.add(path, 'must be a list');
    return [];
  }
  if (value.length > max) p.add(path, `has ${value.length} entries; at most ${max} are allowed`);
  return value;
}

export function readString(p: Problems, path: string, value: unknown, max: number): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    p.add(path, 'must be a non-empty text');
    return null;
  }
  if (textLength(value) > max) {
    p.add(path, `is longer than ${max} characters`);
    return null;
  }
  return value;
}

/** Keys name departments, nodes, phases and lines: what other parts of the template refer to them by. */
const KEY = /^[a-z0-9-]{1,64}$/;

export function readKey(p: Problems, path: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !KEY.test(value)) {
    p.add(path, 'must be 1–64 lower-case letters, digits or dashes');
    return null;
  }
  return value;
}

/** Keys of `items` that repeat, reported on the repeating item. */
export function checkUnique(p: Problems, path: string, keys: (string | null)[]): void {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (key === null) return;
    if (seen.has(key)) p.add(at(at(path, i), 'key'), `repeats the key "${key}"`);
    seen.add(key);
  });
}

export function readChoice<T extends string>(p: Problems, path: string, value: unknown, allowed: readonly T[]): T | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  p.add(path, `must be one of ${allowed.join(', ')}`);
  return null;
}

export function readBoolean(p: Problems, path: string, value: unknown): boolean | null {
  if (value === undefined) return null;
  if (typeof value !== 'boolean') {
    p.add(path, 'must be true or false');
    return null;
  }
  return value;
}

export function readInteger(p: Problems, path: string, value: unknown, min: number, max: number): number | null {
  if (value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    p.add(path, 'must be a whole number');
    return null;
  }
  if (value < min || value > max) {
    p.add(path, `must be between ${min} and ${max}`);
    return null;
  }
  return value;
}

/** A month offset: a JSON number with at most two decimals (1.5 is a month and a half). */
export function readMonthOffset(p: Problems, path: string, value: unknown, max: number): number | null {
  if (value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || !/^\d+(\.\d{1,2})?$/.test(String(value))) {
    p.add(path, 'must be a number of months ≥ 0 with at most two decimals');
    return null;
  }
  if (value > max) {
    p.add(path, `is beyond the template's ${max} months`);
    return null;
  }
  return value;
}

export interface DecimalRule {
  maxDecimals: number;
  /** Digits before the point: keeps figures far from the engine's 34-digit precision. */
  maxIntegerDigits: number;
  /** Absent: no lower bound (negative values allowed). */
  min?: string;
  minExclusive?: boolean;
  max?: string;
  maxExclusive?: boolean;
}

// Plain decimal notation only: no exponent, no NaN or Infinity, no blanks.
const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

/** What is wrong with `text` as a decimal under `rule`, or null. */
export function decimalProblem(text: string, rule: DecimalRule): string | null {
  const match = DECIMAL.exec(text);
  if (!match) return 'must be a decimal number written as a string, such as "1250.50"';
  if ((match[2]?.length ?? 0) > rule.maxDecimals) return `allows at most ${rule.maxDecimals} decimal places`;
  if (match[1].replace(/^0+(?=\d)/, '').length > rule.maxIntegerDigits) return `is too large (at most ${rule.maxIntegerDigits} digits before the decimal point)`;
  const n = new Dec(text);
  if (rule.min !== undefined && (rule.minExclusive ? n.lte(rule.min) : n.lt(rule.min))) return rule.min === '0' && !rule.minExclusive ? 'must not be negative' : `must be ${rule.minExclusive ? 'above' : 'at least'} ${rule.min}`;
  if (rule.max !== undefined && (rule.maxExclusive ? n.gte(rule.max) : n.gt(rule.max))) return `must be ${rule.maxExclusive ? 'below' : 'at most'} ${rule.max}`;
  return null;
}

export function readDecimal(p: Problems, path: string, value: unknown, rule: DecimalRule): string | null {
  if (value === undefined) return null;
  const problem = typeof value === 'string' ? decimalProblem(value, rule) : 'must be a decimal number written as a string, such as "1250.50"';
  if (problem) {
    p.add(path, problem);
    return null;
  }
  return value as string;
}

/**
 * A text in both languages, each non-empty; `max` bounds the bilingual form
 * ("中文 · English"), the longest a plan can show. `placeholders` is called
 * with each `{key}` found (null: none allowed here).
 */
export function readLocalized(
  p: Problems,
  path: string,
  value: unknown,
  max: number,
  placeholder: ((path: string, key: string) => void) | null,
  options: { allowEmpty?: boolean } = {},
): LocalizedText | null {
  const object = readObject(p, path, value, { 'zh-CN': 'required', en: 'required' });
  if (!object) return null;
  const empty = (v: unknown) => typeof v === 'string' && v.trim() === '';
  if (options.allowEmpty && empty(object['zh-CN']) && empty(object.en)) return { 'zh-CN': '', en: '' };
  const zh = readString(p, at(path, 'zh-CN'), object['zh-CN'], max);
  const en = readString(p, at(path, 'en'), object.en, max);
  if (zh === null || en === null) return null;
  const text = { 'zh-CN': zh, en };
  if (textLength(localize(text, 'bilingual')) > max) p.add(path, `is longer than ${max} characters when shown in both languages`);
  for (const language of ['zh-CN', 'en'] as const) {
    for (const key of placeholdersIn(text[language])) {
      if (placeholder) placeholder(at(path, language), key);
      else p.add(at(path, language), `cannot hold a placeholder ({${key}}); write {{ for a brace`);
    }
  }
  return text;
}
