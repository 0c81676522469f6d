import { builtInTemplate, instantiateTemplate } from '@opsplan/domain';
import type { TemplateUseInput } from '../../../gql/graphql';
import { checkParameter } from './parameterValues';
import { builtInTemplateId, templateChoices, templateUseInput } from './templateForm';
import type { TemplateFormValues } from './templateForm';
import { problemsByField } from './templateProblems';

export type OrganizationTemplateInput =
  | { ok: true; input: TemplateUseInput }
  /** `problems` by field; empty when the fields' own checks already say what is wrong. */
  | { ok: false; problems: Record<string, string> };

/**
 * The built-in template a new organisation starts from, as the API takes it
 * in CreateOrganizationInput.template, checked first as the preview checks it.
 * Loaded with the form's template choice, not with the sign-up pages.
 */
export function organizationTemplateInput(key: string, values: TemplateFormValues | undefined, fiscalYearStartMonth: number): OrganizationTemplateInput {
  const template = builtInTemplate(key);
  if (!template || !values) return { ok: false, problems: {} };
  const unstarted = template.start === 'planYear' ? !values.planYear : !values.startDate;
  if (unstarted || template.parameters.some((parameter) => checkParameter(parameter, values.parameters?.[parameter.key]) !== null)) {
    return { ok: false, problems: {} };
  }
  const laidOut = instantiateTemplate(template, templateChoices(template, values, fiscalYearStartMonth));
  if (!laidOut.ok) return { ok: false, problems: problemsByField(laidOut.problems) };
  return { ok: true, input: templateUseInput(builtInTemplateId(key), template, values) };
}
