import { DEFAULT_CURRENCY } from '@opsplan/domain';
import type { Currency } from '@opsplan/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useSession } from '../../session/hooks/useSession';
import { CREATE_ORGANIZATION_MUTATION } from '../graphql/mutations/createOrganizationMutation';
import { OrganizationFields } from './OrganizationFields';

interface CreateOrganizationValues {
  name: string;
  currency: Currency;
  fiscalYearStartMonth: number;
}

export function CreateOrganizationForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateOrganizationValues>();
  const [createOrganization, { loading }] = useMutation(CREATE_ORGANIZATION_MUTATION);
  const { enterOrganization } = useSession();
  const handleError = useApiErrorHandler();

  const onFinish = async (values: CreateOrganizationValues) => {
    try {
      const { data } = await createOrganization({ variables: { input: { ...values, name: values.name.trim() } } });
      if (data) enterOrganization(data.createOrganization);
    } catch (error) {
      handleError(error, { form });
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      initialValues={{ currency: DEFAULT_CURRENCY, fiscalYearStartMonth: 1 }}
      data-testid="create-organization-form"
    >
      <OrganizationFields autoFocus />
      <Button type="primary" htmlType="submit" block loading={loading} data-testid="create-organization-submit">
        {t('organization.create.submit')}
      </Button>
    </Form>
  );
}
