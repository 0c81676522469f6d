import { Dec } from '../../budget/decimal';
import { valueTypeProblem } from '../parameter-values';
import type { TemplateParameter } from '../types';
import { at, checkUnique, decimalProblem, Problems, readChoice, readList, readLocalized, readObject } from './reader';
import { MAX, PARAMETER_NUMBER } from './rules';

const FIELDS = { key: 'required', type: 'required', label: 'required', help: 'optional', default: 'required', min: 'optional', max: 'optional' } as const;
const TYPES = ['text', 'money', 'rate', 'integer'] as const;
/** Parameter keys appear in `{companyName}` placeholders, so they are identifiers. */
const PARAMETER_KEY = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** The template's parameters by key with their types (what texts and numbers may refer to). */
export function parseParameters(p: Problems, value: unknown): Map<string, TemplateParameter['type']> {
  const types = new Map<string, TemplateParameter['type']>();
  const items = readList(p, 'parameters', value, MAX.parameters);
  const keys = items.map((item, i) => {
    const path = at('parameters', i);
    const o = readObject(p, path, item, FIELDS);
    if (!o) return null;
    const key = typeof o.key === 'string' && PARAMETER_KEY.test(o.key) ? o.key : null;
    if (key === null && o.key !== undefined) p.add(at(path, 'key'), 'must be a letter followed by up to 63 letters or digits (it is written {key} in texts)');
    // Labels, help and defaults are shown before any value is known: no placeholders there.
    readLocalized(p, at(path, 'label'), o.label, MAX.name, null);
    if (o.help !== undefined) readLocalized(p, at(path, 'help'), o.help, MAX.help, null);
    const type = readChoice(p, at(path, 'type'), o.type, TYPES);
    if (type !== null) checkDefaultAndBounds(p, path, type, o);
    if (key !== null && type !== null) types.set(key, type);
    return key;
  });
  checkUnique(p, 'parameters', keys);
  return types;
}

function checkDefaultAndBounds(p: Problems, path: string, type: TemplateParameter['type'], o: Record<string, unknown>): void {
  if (type === 'text') {
    const text = readLocalized(p, at(path, 'default'), o.default, MAX.name, null);
    if (text) for (const language of ['zh-CN', 'en'] as const) check(p, at(at(path, 'default'), language), valueTypeProblem('text', text[language]));
    for (const bound of ['min', 'max'] as const) if (o[bound] !== undefined) p.add(at(path, bound), 'applies to numeric parameters only');
    return;
  }
  const bounds = (['min', 'max'] as const).map((bound) => {
    const v = o[bound];
    if (v === undefined) return null;
    const problem = typeof v !== 'string' ? 'must be a decimal number written as a string' : (decimalProblem(v, PARAMETER_NUMBER) ?? (type === 'integer' ? valueTypeProblem('integer', v) : null));
    check(p, at(path, bound), problem);
    return problem ? null : new Dec(v as string);
  });
  const [min, max] = bounds;
  if (min && max && min.gt(max)) p.add(at(path, 'min'), `is above max (${max.toString()})`);
  if (typeof o.default !== 'string') {
    if (o.default !== undefined) p.add(at(path, 'default'), `must be a decimal number written as a string (a ${type} parameter)`);
    return;
  }
  const problem = valueTypeProblem(type, o.default);
  check(p, at(path, 'default'), problem);
  if (problem) return;
  if (min && min.gt(o.default)) p.add(at(path, 'default'), `is below min (${min.toString()})`);
  if (max && max.lt(o.default)) p.add(at(path, 'default'), `is above max (${max.toString()})`);
}

function check(p: Problems, path: string, problem: string | null): void {
  if (problem) p.add(path, problem);
}
