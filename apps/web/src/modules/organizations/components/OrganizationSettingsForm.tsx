import type { Currency } from '@opsplan/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { UPDATE_ORGANIZATION_MUTATION } from '../graphql/mutations/updateOrganizationMutation';
import { ORGANIZATION_QUERY } from '../graphql/queries/organizationQuery';
import { VIEWER_QUERY } from '../../session/graphql/queries/viewerQuery';
import { OrganizationFields } from './OrganizationFields';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';

interface OrganizationSettingsValues {
  name: string;
  currency: Currency;
  fiscalYearStartMonth: number;
}

export function OrganizationSettingsForm() {
  const { t } = useTranslation();
  const message = useMessageApi();
  const [form] = Form.useForm<OrganizationSettingsValues>();
  const { data, loading, error, refetch } = useQuery(ORGANIZATION_QUERY, { fetchPolicy: 'cache-and-network' });
  // The switcher lists organisation names from the viewer; refresh it after a rename.
  const [updateOrganization, { loading: saving }] = useMutation(UPDATE_ORGANIZATION_MUTATION, {
    refetchQueries: [VIEWER_QUERY],
  });
  const handleError = useApiErrorHandler();
  const organization = data?.organization;

  useEffect(() => {
    if (organization) {
      form.setFieldsValue({
        name: organization.name,
        currency: organization.currency as Currency,
        fiscalYearStartMonth: organization.fiscalYearStartMonth,
      });
    }
  }, [form, organization]);

  if (error && !organization) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (loading && !organization) return <Skeleton active />;
  if (!organization) return null;

  const onFinish = async (values: OrganizationSettingsValues) => {
    try {
      await updateOrganization({
        variables: { input: { ...values, name: values.name.trim(), version: organization.version } },
      });
      void message.success(t('common.saved'));
    } catch (caught) {
      handleError(caught, { form, onConflict: () => void refetch() });
    }
  };

  return (
    <Form
      form={form}
      name="organization"
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      style={{ maxWidth: 480 }}
      data-testid="organization-settings-form"
    >
      <OrganizationFields />
      <Button type="primary" htmlType="submit" loading={saving} data-testid="organization-settings-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}
