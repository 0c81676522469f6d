import type { TemplateParameter } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { noodleBarTemplate } from '../../__tests__/noodleBarTemplate';
import { compareDecimals, sumAmounts } from '../decimals';
import { checkParameter, parameterChoice, parameterFieldDefault } from '../parameterValues';

const parameter = (key: string): TemplateParameter => {
  const found = noodleBarTemplate().parameters.find((p) => p.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('a template’s parameters as people type them', () => {
  it('shows defaults as typed: money as it is, rates as percentages, text in the plan’s language', () => {
    expect(parameterFieldDefault(parameter('loan'), 'en')).toBe('200000');
    expect(parameterFieldDefault(parameter('loanRate'), 'en')).toBe('4.35');
    expect(parameterFieldDefault(parameter('company'), 'zh-CN')).toBe('老街面馆');
    expect(parameterFieldDefault(parameter('company'), 'bilingual')).toBe('老街面馆 · Old Street Noodles');
  });

  it('hands the template decimal strings: grouping dropped, percentages as fractions, never through a float', () => {
    expect(parameterChoice(parameter('loan'), '1,200,000.5')).toBe('1200000.5');
    expect(parameterChoice(parameter('loanRate'), '4.35')).toBe('0.0435');
    expect(parameterChoice(parameter('loanRate'), '0.1%')).toBe('0.001');
    // 0.1 + 0.2 is not 0.30000000000000004 here.
    expect(parameterChoice(parameter('loan'), '0.30')).toBe('0.30');
    expect(parameterChoice(parameter('company'), '  Noodle Nook ')).toBe('Noodle Nook');
  });

  it('refuses money below zero, with more than two decimals or that is not a number', () => {
    expect(checkParameter(parameter('loan'), '-5')).toEqual({ kind: 'money' });
    expect(checkParameter(parameter('loan'), '10.005')).toEqual({ kind: 'money' });
    expect(checkParameter(parameter('loan'), 'a lot')).toEqual({ kind: 'money' });
    expect(checkParameter(parameter('loan'), '')).toEqual({ kind: 'required' });
    expect(checkParameter(parameter('loan'), '0')).toBeNull();
    expect(checkParameter(parameter('loan'), '¥1,500,000.50')).toBeNull();
  });

  it('checks rates against the template’s limits, shown as percentages', () => {
    expect(checkParameter(parameter('loanRate'), 'four')).toEqual({ kind: 'rate' });
    expect(checkParameter(parameter('loanRate'), '25')).toEqual({ kind: 'max', limit: '20%' });
    expect(checkParameter(parameter('loanRate'), '-1')).toEqual({ kind: 'min', limit: '0%' });
    expect(checkParameter(parameter('loanRate'), '20')).toBeNull();
  });

  it('takes whole numbers within bounds for counts', () => {
    expect(checkParameter(parameter('seats'), '12.5')).toEqual({ kind: 'integer' });
    expect(checkParameter(parameter('seats'), '9')).toEqual({ kind: 'min', limit: '10' });
    expect(checkParameter(parameter('seats'), '401')).toEqual({ kind: 'max', limit: '400' });
    expect(checkParameter(parameter('seats'), '80')).toBeNull();
  });
});

describe('exact decimals', () => {
  it('compares by value, whatever the number of decimals', () => {
    expect(compareDecimals('0.2', '0.1999999999999999999')).toBe(1);
    expect(compareDecimals('10', '10.000')).toBe(0);
    expect(compareDecimals('-1', '0')).toBe(-1);
  });

  it('sums amounts to the cent', () => {
    expect(sumAmounts(['200000', '0.10', '0.2'])).toBe('200000.30');
    expect(sumAmounts([])).toBe('0.00');
  });
});
