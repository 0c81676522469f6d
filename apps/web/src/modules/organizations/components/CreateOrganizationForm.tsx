import { DEFAULT_CURRENCY } from '@opsplan/domain';
import type { Currency } from '@opsplan/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Form } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useSession } from '../../session/hooks/useSession';
import type { TemplateUseInput } from '../../../gql/graphql';
import type { TemplateFormValues } from '../../templates/utils/templateForm';
import { CREATE_ORGANIZATION_MUTATION } from '../graphql/mutations/createOrganizationMutation';
import { OrganizationFields } from './OrganizationFields';

// The built-in templates and their form load after the organisation's own fields.
const OrganizationTemplateChoice = lazy(() =>
  import('../../templates/components/OrganizationTemplateChoice').then((m) => ({ default: m.OrganizationTemplateChoice })),
);

interface CreateOrganizationValues {
  name: string;
  currency: Currency;
  fiscalYearStartMonth: number;
  /** A built-in template to start the organisation's first plan from; '' for none. */
  templateKey?: string;
  template?: TemplateFormValues;
}

export function CreateOrganizationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateOrganizationValues>();
  const [createOrganization, { loading }] = useMutation(CREATE_ORGANIZATION_MUTATION);
  const { enterOrganization } = useSession();
  const handleError = useApiErrorHandler();
  /** The template's problems by field ("parameters.loan"), from the domain's check or the API. */
  const [templateProblems, setTemplateProblems] = useState<Record<string, string>>({});

  const onFinish = async (values: CreateOrganizationValues) => {
    const { templateKey, template: choices, ...organization } = values;
    let template: TemplateUseInput | undefined;
    if (templateKey) {
      const { organizationTemplateInput } = await import('../../templates/utils/organizationTemplate');
      const checked = organizationTemplateInput(templateKey, choices, organization.fiscalYearStartMonth);
      if (!checked.ok) {
        setTemplateProblems(checked.problems);
        return;
      }
      template = checked.input;
    }
    try {
      const { data } = await createOrganization({ variables: { input: { ...organization, name: organization.name.trim(), ...(template ? { template } : {}) } } });
      if (!data) return;
      enterOrganization(data.createOrganization);
      // The template made the organisation's first plan: open it.
      if (template) void navigate('/plan', { replace: true });
    } catch (error) {
      if (template) {
        const { fieldProblemsOf, templateFieldNames } = await import('../../templates/utils/templateProblems');
        const named = fieldProblemsOf(error, templateFieldNames(template.parameters?.map((p) => p.key) ?? []));
        if (Object.keys(named).length > 0) {
          setTemplateProblems(named);
          return;
        }
      }
      handleError(error, { form });
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void onFinish(values)}
      onValuesChange={() => setTemplateProblems((current) => (Object.keys(current).length > 0 ? {} : current))}
      initialValues={{ currency: DEFAULT_CURRENCY, fiscalYearStartMonth: 1, templateKey: '' }}
      data-testid="create-organization-form"
    >
      <OrganizationFields autoFocus />
      <Suspense fallback={null}>
        <OrganizationTemplateChoice problems={templateProblems} />
      </Suspense>
      <Button type="primary" htmlType="submit" block loading={loading} data-testid="create-organization-submit">
        {t('organization.create.submit')}
      </Button>
    </Form>
  );
}
