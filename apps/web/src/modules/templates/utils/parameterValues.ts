import { localize } from '@opsplan/domain';
import type { BlueprintLanguage, TemplateParameter } from '@opsplan/domain';
import { cleanDecimal, fractionToPercent, percentToFraction } from '../../budget/utils/decimalText';
import { compareDecimals } from './decimals';

/*
 * A parameter's field holds what the person reads and types; the template
 * takes decimal strings. Money and counts are typed as they are ("1,200,000"
 * is fine), rates as percentages: "4.35" in the field is "0.0435" to the
 * template. Never through a float.
 */

/** Why a typed value cannot be taken; `limit` is shown as typed (a percentage for rates). */
export type ParameterCheck = { kind: 'required' | 'money' | 'rate' | 'integer' } | { kind: 'min' | 'max'; limit: string };

const MONEY = /^\d+(\.\d{1,2})?$/;
const FRACTION = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/** A parameter's default as its field shows it; text in the plan's language. */
export function parameterFieldDefault(parameter: TemplateParameter, language: BlueprintLanguage): string {
  if (typeof parameter.default !== 'string') return localize(parameter.default, language);
  return parameter.type === 'rate' ? fractionToPercent(parameter.default) : parameter.default;
}

/** The value the template takes for what is typed in the field. */
export function parameterChoice(parameter: TemplateParameter, typed: string): string {
  switch (parameter.type) {
    case 'text':
      return typed.trim();
    case 'rate':
      return percentToFraction(typed);
    default:
      return cleanDecimal(typed);
  }
}

/** A limit of the template (a decimal string; a fraction for rates) as the field shows it. */
export function parameterLimit(parameter: TemplateParameter, limit: string): string {
  return parameter.type === 'rate' ? `${fractionToPercent(limit)}%` : limit;
}

/** What is wrong with the typed value, or null when the template can take it. */
export function checkParameter(parameter: TemplateParameter, typed: string | undefined): ParameterCheck | null {
  const value = parameterChoice(parameter, typed ?? '');
  if (value === '') return { kind: 'required' };
  if (parameter.type === 'text') return null;
  const pattern = parameter.type === 'money' ? MONEY : parameter.type === 'integer' ? INTEGER : FRACTION;
  if (!pattern.test(value)) return { kind: parameter.type };
  if (parameter.min !== undefined && compareDecimals(value, parameter.min) < 0) return { kind: 'min', limit: parameterLimit(parameter, parameter.min) };
  if (parameter.max !== undefined && compareDecimals(value, parameter.max) > 0) return { kind: 'max', limit: parameterLimit(parameter, parameter.max) };
  return null;
}
