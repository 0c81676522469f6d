import { builtInTemplate, BUILT_IN_TEMPLATES } from '../built-in';
import { instantiateTemplate } from '../instantiate';
import { localize, withDefaultParameters } from '../text';
import type { TemplateChoices, TemplateParameter, TemplateProblem } from '../types';
import { smallTemplate } from './fixtures';

// What the person creating a plan from a template types, checked field by
// field so the form can show each problem next to its field.
const restaurant = builtInTemplate('restaurant')!;
const corporate = builtInTemplate('corporate')!;

const problems = (template = restaurant, choices: Partial<TemplateChoices> = {}): TemplateProblem[] => {
  const result = instantiateTemplate(template, { language: 'en', startDate: '2026-03-01', ...choices });
  return result.ok ? [] : result.problems;
};

describe('the choices made when using a template', () => {
  it('needs the start its template asks for', () => {
    expect(problems(corporate, {})).toEqual([{ path: 'planYear', message: 'is required: this template plans a year' }]);
    expect(problems(corporate, { planYear: 1999 })).toEqual([{ path: 'planYear', message: 'must be a year between 2000 and 2100' }]);
    expect(problems(restaurant, { startDate: undefined })).toEqual([{ path: 'startDate', message: 'is required: this template starts on a chosen day' }]);
    expect(problems(restaurant, { startDate: '2026-02-30' })).toEqual([{ path: 'startDate', message: 'must be a real day written YYYY-MM-DD' }]);
    expect(problems(restaurant, { startDate: '2101-01-01' })).toEqual([{ path: 'startDate', message: 'must be in a year between 2000 and 2100' }]);
    expect(problems(corporate, { planYear: 2027, fiscalYearStartMonth: 13 })).toEqual([{ path: 'fiscalYearStartMonth', message: 'must be a month, 1–12' }]);
  });

  it('needs a language it can write', () => {
    expect(problems(restaurant, { language: 'fr' as never })).toEqual([{ path: 'language', message: 'must be one of zh-CN, en, bilingual' }]);
  });

  it('checks every parameter typed against its type and bounds', () => {
    expect(problems(restaurant, { parameters: { loan: '-5', loanRate: '0.3', branchCount: '2.5', ownFunds: '12.345', budget: '1' } })).toEqual([
      { path: 'parameters.budget', message: 'is not a parameter of this template' },
      { path: 'parameters.ownFunds', message: 'allows at most 2 decimal places' },
      { path: 'parameters.loan', message: 'must not be negative' },
      { path: 'parameters.loanRate', message: 'must be at most 0.24' },
      { path: 'parameters.branchCount', message: 'must be a whole number' },
    ]);
    expect(problems(restaurant, { parameters: { branchCount: '4' } })).toEqual([{ path: 'parameters.branchCount', message: 'must be at most 3' }]);
    expect(problems(restaurant, { parameters: { companyName: 'x'.repeat(101) } })).toEqual([{ path: 'parameters.companyName', message: 'is longer than 100 characters' }]);
  });

  it('takes the default for a parameter left blank', () => {
    const result = instantiateTemplate(restaurant, { language: 'en', startDate: '2026-03-01', parameters: { loan: '', companyName: '  ' } });
    expect(result.ok && result.blueprint.parameters).toMatchObject({ loan: '20000', companyName: 'Yuelai Fast Food' });
  });

  it('reports a typed text that makes a title too long on the parameter', () => {
    const template = smallTemplate();
    template.nodes[0].title = { 'zh-CN': `${'长'.repeat(420)}{shopName}`, en: 'Grow {shopName}' };
    expect(problems(template, { language: 'zh-CN', parameters: { shopName: '店'.repeat(100) } })).toEqual([{ path: 'parameters.shopName', message: expect.stringContaining('longer than 500 characters') }]);
  });

  it('refuses a template that is not valid, with the template’s problems', () => {
    const template = smallTemplate();
    template.nodes[1].weight = '-1';
    expect(problems(template)).toEqual([{ path: 'nodes[1].weight', message: 'must not be negative' }]);
  });

  it('names the plan after the template (lists show the plan’s year beside it)', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const result = instantiateTemplate(template, { language: 'bilingual', planYear: 2028, startDate: '2028-05-01' });
      expect(result.ok && result.blueprint.plan.name).toBe(`${template.name['zh-CN']} · ${template.name.en}`);
    }
  });
});

describe('localize', () => {
  it('writes one language, or both side by side, or once when both are the same', () => {
    const text = { 'zh-CN': '五年内成为行业第一', en: 'Become No. 1 in the industry within five years' };
    expect(localize(text, 'zh-CN')).toBe('五年内成为行业第一');
    expect(localize(text, 'en')).toBe('Become No. 1 in the industry within five years');
    expect(localize(text, 'bilingual')).toBe('五年内成为行业第一 · Become No. 1 in the industry within five years');
    expect(localize({ 'zh-CN': '%', en: '%' }, 'bilingual')).toBe('%');
  });
});

describe('withDefaultParameters', () => {
  it('reads a template text with every parameter at its default, in each language', () => {
    const parameters: TemplateParameter[] = [
      { key: 'city', type: 'text', label: { 'zh-CN': '城市', en: 'City' }, default: { 'zh-CN': '潍坊', en: 'Weifang' } },
      { key: 'share', type: 'integer', label: { 'zh-CN': '份额', en: 'Share' }, default: '40' },
    ];
    expect(withDefaultParameters(parameters, { 'zh-CN': '在{city}达到 {share}%，{{原样}', en: 'Reach {share}% in {city} ({unknown})' })).toEqual({
      'zh-CN': '在潍坊达到 40%，{原样}',
      en: 'Reach 40% in Weifang ({unknown})',
    });
  });
});
