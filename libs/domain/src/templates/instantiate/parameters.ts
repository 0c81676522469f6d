import { Dec } from '../../budget/decimal';
import { parameterValueProblem } from '../parameter-values';
import { Problems } from '../parse/reader';
import type { LocalizedText, PlanTemplate } from '../types';

/** The values the plan is made with: each in both languages (a typed value, or a number, is the same in both). */
export interface ResolvedParameters {
  texts: Record<string, LocalizedText>;
  numbers: Map<string, Dec>;
}

/** The values typed, checked against each parameter; absent or blank ones take the template's defaults. */
export function resolveParameters(template: PlanTemplate, given: Record<string, string> = {}, problems: Problems): ResolvedParameters {
  const known = new Map(template.parameters.map((parameter) => [parameter.key, parameter]));
  for (const key of Object.keys(given)) if (!known.has(key)) problems.add(`parameters.${key}`, 'is not a parameter of this template');
  const resolved: ResolvedParameters = { texts: {}, numbers: new Map() };
  for (const parameter of template.parameters) {
    const typed = Object.prototype.hasOwnProperty.call(given, parameter.key) ? given[parameter.key] : undefined;
    if (typed === undefined || (typeof typed === 'string' && typed.trim() === '')) {
      resolved.texts[parameter.key] = typeof parameter.default === 'string' ? { 'zh-CN': parameter.default, en: parameter.default } : parameter.default;
    } else {
      const value = typeof typed === 'string' ? typed.trim() : '';
      const problem = typeof typed === 'string' ? parameterValueProblem(parameter, value) : 'must be given as text';
      if (problem) problems.add(`parameters.${parameter.key}`, problem);
      resolved.texts[parameter.key] = { 'zh-CN': value, en: value };
    }
    if (parameter.type !== 'text' && !problems.list.some((p) => p.path === `parameters.${parameter.key}`)) {
      resolved.numbers.set(parameter.key, new Dec(resolved.texts[parameter.key].en));
    }
  }
  return resolved;
}
