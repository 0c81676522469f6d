import type { PlanTemplate } from '@opsplan/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { checkParameter } from '../utils/parameterValues';
import type { ParameterCheck } from '../utils/parameterValues';
import type { TemplateFormValues } from '../utils/templateForm';

/**
 * The form's own checks, in the person's language, by field ("planYear",
 * "parameters.loan"): what the template could not take at all. Limits the
 * template states are checked here too; everything else is the domain's.
 */
export function useTemplateChecks(): (template: PlanTemplate, values: TemplateFormValues | undefined) => Record<string, string> {
  const { t } = useTranslation();
  return useCallback(
    (template, values) => {
      const problems: Record<string, string> = {};
      if (!values) return problems;
      if (template.start === 'planYear' && !values.planYear) problems['planYear'] = t('templates.form.planYearRequired');
      if (template.start === 'startDate' && !values.startDate) problems['startDate'] = t('templates.form.startDateRequired');
      const text = (check: ParameterCheck) => {
        switch (check.kind) {
          case 'min':
            return t('templates.form.min', { min: check.limit });
          case 'max':
            return t('templates.form.max', { max: check.limit });
          default:
            return t(`templates.form.${check.kind}`);
        }
      };
      for (const parameter of template.parameters) {
        const check = checkParameter(parameter, values.parameters?.[parameter.key]);
        if (check) problems[`parameters.${parameter.key}`] = text(check);
      }
      return problems;
    },
    [t],
  );
}
