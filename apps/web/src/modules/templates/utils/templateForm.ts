import type { BlueprintLanguage, PlanTemplate, TemplateChoices } from '@opsplan/domain';
import type { TemplateUseInput } from '../../../gql/graphql';
import { parameterChoice, parameterFieldDefault } from './parameterValues';

/** The template form's values: what the person chose, parameters as typed. */
export interface TemplateFormValues {
  language: BlueprintLanguage;
  /** For templates that start with the plan year. */
  planYear?: number | null;
  /** For templates that start on a day, "YYYY-MM-DD". */
  startDate?: string | null;
  planName?: string;
  parameters?: Record<string, string | undefined>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The default start of a launch: the first day of next month. */
export function firstOfNextMonth(today: Date): string {
  const next = new Date(today.getFullYear(), today.getMonth() + 1, 1);
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-01`;
}

/** The default plan year: plans are made ahead, for next year. */
export function nextPlanYear(today: Date): number {
  return today.getFullYear() + 1;
}

export function initialTemplateValues(template: PlanTemplate, language: BlueprintLanguage, today: Date = new Date()): TemplateFormValues {
  return {
    language,
    ...(template.start === 'planYear' ? { planYear: nextPlanYear(today) } : { startDate: firstOfNextMonth(today) }),
    planName: '',
    parameters: Object.fromEntries(template.parameters.map((parameter) => [parameter.key, parameterFieldDefault(parameter, language)])),
  };
}

/** Text parameters still at their default follow a change of the plan's language; anything typed stays. */
export function followLanguage(
  template: PlanTemplate,
  parameters: TemplateFormValues['parameters'],
  from: BlueprintLanguage,
  to: BlueprintLanguage,
): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const parameter of template.parameters) {
    if (parameter.type !== 'text') continue;
    if ((parameters?.[parameter.key] ?? '') === parameterFieldDefault(parameter, from)) changed[parameter.key] = parameterFieldDefault(parameter, to);
  }
  return changed;
}

function parameterValues(template: PlanTemplate, values: TemplateFormValues): { key: string; value: string }[] {
  return template.parameters.flatMap((parameter) => {
    const typed = values.parameters?.[parameter.key];
    return typed === undefined ? [] : [{ key: parameter.key, value: parameterChoice(parameter, typed) }];
  });
}

/** What the domain's instantiateTemplate takes, for the preview. */
export function templateChoices(template: PlanTemplate, values: TemplateFormValues, fiscalYearStartMonth: number): TemplateChoices {
  return {
    language: values.language,
    ...(template.start === 'planYear' ? { planYear: values.planYear ?? undefined } : { startDate: values.startDate ?? undefined }),
    fiscalYearStartMonth,
    parameters: Object.fromEntries(parameterValues(template, values).map(({ key, value }) => [key, value])),
  };
}

/** What the API takes to create the plan: the same choices, by the template's id. */
export function templateUseInput(templateId: string, template: PlanTemplate, values: TemplateFormValues): TemplateUseInput {
  const planName = values.planName?.trim();
  return {
    templateId,
    language: values.language,
    ...(template.start === 'planYear' ? { planYear: values.planYear ?? null } : { startDate: values.startDate ?? null }),
    ...(planName ? { planName } : {}),
    parameters: parameterValues(template, values),
  };
}

/** The id the API gives a built-in template. */
export const builtInTemplateId = (key: string) => `builtin:${key}`;
