import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { instantiateTemplate } from '@opsplan/domain';
import type { PlanTemplate } from '@opsplan/domain';
import { Alert, Button, Card, Col, Form, Row, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { useViewer } from '../../session/hooks/useViewer';
import { CREATE_PLAN_FROM_TEMPLATE_MUTATION } from '../graphql/mutations/createPlanFromTemplateMutation';
import { useTemplateChecks } from '../hooks/useTemplateChecks';
import { useTemplatePreview } from '../hooks/useTemplatePreview';
import { initialTemplateValues, templateChoices, templateUseInput } from '../utils/templateForm';
import type { TemplateFormValues } from '../utils/templateForm';
import { fieldProblemsOf, problemsByField, templateFieldNames } from '../utils/templateProblems';
import { TemplateParameterFields } from './TemplateParameterFields';
import { TemplatePreviewPanel } from './TemplatePreviewPanel';

interface TemplateUseFormProps {
  /** The API's id of the template ("builtin:restaurant" or the organisation's own). */
  templateId: string;
  template: PlanTemplate;
}

/**
 * A template's choices beside a live preview of the plan they make, then
 * "Create plan": the API builds the same plan in one transaction and the
 * person lands on its outline.
 */
export function TemplateUseForm({ templateId, template }: TemplateUseFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const check = useTemplateChecks();
  const { viewer } = useViewer();
  const fiscalYearStartMonth = viewer?.organization?.fiscalYearStartMonth ?? 1;
  const currency = viewer?.organization?.currency ?? 'CNY';
  const [form] = Form.useForm<TemplateFormValues>();
  const [initial] = useState(() => initialTemplateValues(template, language));
  const watched = Form.useWatch<TemplateFormValues | undefined>([], form);
  const values = watched ?? initial;
  /** What the API said about fields, until the person changes something. */
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [createPlan, { loading }] = useMutation(CREATE_PLAN_FROM_TEMPLATE_MUTATION, {
    // The plans list learns of the new plan at once, so the plan page opens on it without waiting for its refetch.
    update(cache, { data }) {
      const plan = data?.createPlanFromTemplate.plan;
      if (!plan) return;
      cache.modify<{ plans: Reference[] }>({
        fields: { plans: (existing, { toReference }) => [...existing, toReference(plan, true)].filter((ref): ref is Reference => ref !== undefined) },
      });
    },
  });

  const choices = useMemo(() => templateChoices(template, values, fiscalYearStartMonth), [template, values, fiscalYearStartMonth]);
  const preview = useTemplatePreview(template, choices);
  const problems = { ...problemsByField(preview.problems), ...serverProblems };
  const fields = useMemo(() => templateFieldNames(template.parameters.map((p) => p.key)), [template]);

  const create = async () => {
    const current = form.getFieldsValue(true) as TemplateFormValues;
    const own = check(template, current);
    const laidOut = instantiateTemplate(template, templateChoices(template, current, fiscalYearStartMonth));
    if (Object.keys(own).length > 0 || !laidOut.ok) {
      void message.warning(t('templates.use.fixFirst'));
      return;
    }
    try {
      const { data } = await createPlan({ variables: { input: templateUseInput(templateId, template, current) } });
      if (!data) return;
      const plan = data.createPlanFromTemplate.plan;
      void message.success(t('templates.use.created', { name: plan.name }));
      void navigate(`/plan?plan=${encodeURIComponent(plan.id)}`);
    } catch (error) {
      const named = fieldProblemsOf(error, fields);
      if (Object.keys(named).length > 0) setServerProblems(named);
      else handleError(error);
    }
  };

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={9}>
        <Card>
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            initialValues={initial}
            onValuesChange={() => setServerProblems((current) => (Object.keys(current).length > 0 ? {} : current))}
            onFinish={() => void create()}
            data-testid="template-use-form"
          >
            <TemplateParameterFields template={template} problems={problems} planNamePlaceholder={preview.blueprint?.plan.name} />
            {loading ? (
              <Alert type="info" showIcon icon={<Spin size="small" />} title={t('templates.use.creating')} style={{ marginBottom: 16 }} data-testid="template-creating" />
            ) : null}
            <Button type="primary" htmlType="submit" block loading={loading} data-testid="template-create">
              {t('templates.use.create')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        <TemplatePreviewPanel preview={preview} currency={currency} />
      </Col>
    </Row>
  );
}
