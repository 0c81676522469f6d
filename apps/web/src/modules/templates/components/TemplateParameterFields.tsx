import { NAME_MAX_LENGTH, PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '@opsplan/domain';
import type { BlueprintLanguage, PlanTemplate, TemplateParameter } from '@opsplan/domain';
import { DatePicker, Form, Input, InputNumber, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTemplateChecks } from '../hooks/useTemplateChecks';
import { parameterLimit } from '../utils/parameterValues';
import { followLanguage } from '../utils/templateForm';
import type { TemplateFormValues } from '../utils/templateForm';

/** The languages a plan's text can be written in, each named in its own language. */
export const PLAN_LANGUAGES: readonly { value: BlueprintLanguage; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
  { value: 'bilingual', label: '双语 · Bilingual' },
];

interface TemplateParameterFieldsProps {
  template: PlanTemplate;
  /** The values' place in the surrounding form ("template" inside the organisation form); the top when absent. */
  prefix?: string;
  /** The domain's and the API's problems by field ("planYear", "parameters.loan"); the form's own checks come first. */
  problems: Record<string, string>;
  /** The plan's name when none is typed. */
  planNamePlaceholder?: string;
}

/**
 * What a template asks before it lays out a plan: its start (plan year or
 * start date), the language of the plan's text, an optional name and the
 * template's parameters. Lives inside an antd Form; the values follow
 * TemplateFormValues.
 */
export function TemplateParameterFields({ template, prefix, problems, planNamePlaceholder }: TemplateParameterFieldsProps) {
  const { t } = useTranslation();
  const ui = useLanguage();
  const form = Form.useFormInstance();
  const check = useTemplateChecks();
  const name = (...path: string[]) => (prefix ? [prefix, ...path] : path);
  const values = Form.useWatch<TemplateFormValues | undefined>(prefix ? [prefix] : [], form);
  const messages = { ...problems, ...check(template, values) };
  const status = (path: string) => (messages[path] ? { validateStatus: 'error' as const, help: messages[path] } : {});

  // Text parameters still at their default follow the plan's language.
  const language = values?.language;
  const previous = useRef(language);
  useEffect(() => {
    const from = previous.current;
    previous.current = language;
    if (!from || !language || from === language) return;
    const parametersPath = prefix ? [prefix, 'parameters'] : ['parameters'];
    const changed = followLanguage(template, form.getFieldValue(parametersPath) as TemplateFormValues['parameters'], from, language);
    for (const [key, value] of Object.entries(changed)) form.setFieldValue([...parametersPath, key], value);
  }, [form, language, prefix, template]);

  const parameterHelp = (parameter: TemplateParameter) => {
    const range =
      parameter.min !== undefined && parameter.max !== undefined
        ? t('templates.form.range', { min: parameterLimit(parameter, parameter.min), max: parameterLimit(parameter, parameter.max) })
        : parameter.min !== undefined
          ? t('templates.form.min', { min: parameterLimit(parameter, parameter.min) })
          : parameter.max !== undefined
            ? t('templates.form.max', { max: parameterLimit(parameter, parameter.max) })
            : null;
    const help = parameter.help ? parameter.help[ui] : null;
    return [help, range].filter(Boolean).join(' · ') || undefined;
  };

  return (
    <>
      {template.start === 'planYear' ? (
        <Form.Item label={t('templates.form.planYear')} name={name('planYear')} extra={t('templates.form.planYearHelp')} {...status('planYear')}>
          <InputNumber min={PLAN_YEAR_MIN} max={PLAN_YEAR_MAX} precision={0} style={{ width: '100%' }} data-testid="template-plan-year" />
        </Form.Item>
      ) : (
        <Form.Item
          label={t('templates.form.startDate')}
          name={name('startDate')}
          extra={t('templates.form.startDateHelp')}
          // The form keeps "YYYY-MM-DD", the picker works with dayjs.
          getValueProps={(value: string | null | undefined) => ({ value: value ? dayjs(value) : null })}
          normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
          {...status('startDate')}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="template-start-date" />
        </Form.Item>
      )}
      <Form.Item label={t('templates.form.language')} name={name('language')} extra={t('templates.form.languageHelp')} {...status('language')}>
        <Radio.Group
          optionType="button"
          options={PLAN_LANGUAGES.map((option) => ({
            value: option.value,
            label: <span data-testid={`template-language-${option.value}`}>{option.label}</span>,
          }))}
          data-testid="template-language"
        />
      </Form.Item>
      <Form.Item label={t('templates.form.planName')} name={name('planName')} extra={t('templates.form.planNameHelp')} {...status('planName')}>
        <Input placeholder={planNamePlaceholder} maxLength={NAME_MAX_LENGTH} data-testid="template-plan-name" />
      </Form.Item>
      {template.parameters.length > 0 ? (
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('templates.form.parameters')}
        </Typography.Title>
      ) : null}
      {template.parameters.map((parameter) => (
        <Form.Item
          key={parameter.key}
          label={parameter.label[ui]}
          name={name('parameters', parameter.key)}
          extra={parameterHelp(parameter)}
          {...status(`parameters.${parameter.key}`)}
        >
          <Input
            inputMode={parameter.type === 'text' ? undefined : parameter.type === 'integer' ? 'numeric' : 'decimal'}
            suffix={parameter.type === 'rate' ? '%' : undefined}
            data-testid={`template-param-${parameter.key}`}
          />
        </Form.Item>
      ))}
    </>
  );
}
