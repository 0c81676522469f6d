import { describe, expect, it } from 'vitest';
import { noodleBarTemplate } from '../../__tests__/noodleBarTemplate';
import { firstOfNextMonth, followLanguage, initialTemplateValues, nextPlanYear, templateChoices, templateUseInput } from '../templateForm';

const template = noodleBarTemplate();

describe('the template form’s values', () => {
  it('starts a launch on the first day of next month and an annual plan next year', () => {
    expect(firstOfNextMonth(new Date(2026, 11, 17))).toBe('2027-01-01');
    expect(firstOfNextMonth(new Date(2026, 0, 31))).toBe('2026-02-01');
    expect(nextPlanYear(new Date(2026, 5, 1))).toBe(2027);
    expect(initialTemplateValues({ ...template, start: 'planYear' }, 'en', new Date(2026, 5, 1)).planYear).toBe(2027);
  });

  it('fills every parameter with its default in the language chosen', () => {
    expect(initialTemplateValues(template, 'zh-CN', new Date(2026, 4, 12))).toEqual({
      language: 'zh-CN',
      startDate: '2026-06-01',
      planName: '',
      parameters: { company: '老街面馆', investment: '300000', loan: '200000', loanRate: '4.35', seats: '60' },
    });
  });

  it('lets untouched text defaults follow the plan’s language, and keeps what was typed', () => {
    expect(followLanguage(template, { company: 'Old Street Noodles' }, 'en', 'zh-CN')).toEqual({ company: '老街面馆' });
    expect(followLanguage(template, { company: 'Noodle Nook' }, 'en', 'zh-CN')).toEqual({});
  });

  it('gives the preview and the API the same choices: rates as fractions, money without grouping', () => {
    const values = { language: 'en' as const, startDate: '2026-09-01', planName: '  ', parameters: { company: 'Noodle Nook', loan: '150,000', loanRate: '3.9', seats: '80' } };
    expect(templateChoices(template, values, 4)).toEqual({
      language: 'en',
      startDate: '2026-09-01',
      fiscalYearStartMonth: 4,
      parameters: { company: 'Noodle Nook', loan: '150000', loanRate: '0.039', seats: '80' },
    });
    expect(templateUseInput('builtin:noodle-bar', template, { ...values, planName: ' Nook 2026 ' })).toEqual({
      templateId: 'builtin:noodle-bar',
      language: 'en',
      startDate: '2026-09-01',
      planName: 'Nook 2026',
      parameters: [
        { key: 'company', value: 'Noodle Nook' },
        { key: 'loan', value: '150000' },
        { key: 'loanRate', value: '0.039' },
        { key: 'seats', value: '80' },
      ],
    });
  });
});
