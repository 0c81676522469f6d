import { useMutation } from '@apollo/client/react';
import { NAME_MAX_LENGTH, PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '@opsplan/domain';
import { Button, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { CREATE_PLAN_MUTATION } from '../graphql/mutations/createPlanMutation';
import { PLANS_QUERY } from '../graphql/queries/plansQuery';

interface PlanValues {
  year: number;
  name: string;
}

export function CreatePlanForm({ onCreated }: { onCreated: (planId: string) => void }) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const [form] = Form.useForm<PlanValues>();
  const handleError = useApiErrorHandler();
  const [createPlan, { loading }] = useMutation(CREATE_PLAN_MUTATION, { refetchQueries: [PLANS_QUERY], awaitRefetchQueries: true });

  const onFinish = async (values: PlanValues) => {
    try {
      const { data } = await createPlan({ variables: { input: { year: values.year, name: values.name.trim() } } });
      void message.success(t('plan.created'));
      if (data) onCreated(data.createPlan.id);
    } catch (error) {
      handleError(error, { form });
    }
  };

  return (
    <Form
      form={form}
      name="create-plan"
      layout="inline"
      requiredMark={false}
      initialValues={{ year: new Date().getFullYear() }}
      onFinish={onFinish}
      style={{ rowGap: 8 }}
    >
      <Form.Item label={t('plan.year')} name="year" rules={[{ required: true, message: t('plan.yearRequired') }]}>
        <InputNumber min={PLAN_YEAR_MIN} max={PLAN_YEAR_MAX} precision={0} data-testid="plan-year" />
      </Form.Item>
      <Form.Item
        label={t('plan.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('plan.nameRequired') }, { max: NAME_MAX_LENGTH }]}
      >
        <Input style={{ width: 260 }} data-testid="plan-name" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="plan-create-submit">
          {t('plan.create')}
        </Button>
      </Form.Item>
    </Form>
  );
}
