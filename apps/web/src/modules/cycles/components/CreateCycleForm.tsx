import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { CREATE_PLANNING_CYCLE_MUTATION } from '../graphql/mutations/createPlanningCycleMutation';
import { PLANNING_CYCLES_QUERY } from '../graphql/queries/planningCyclesQuery';

interface CreateCycleFormProps {
  /** Plans that have no cycle yet. */
  plans: readonly PlanFieldsFragment[];
  onCreated: (cycleId: string) => void;
}

/** Lays out the eight stages for a plan year: the plan it prepares decides the year. */
export function CreateCycleForm({ plans, onCreated }: CreateCycleFormProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<{ planId: string; name?: string }>();
  const [create, { loading }] = useMutation(CREATE_PLANNING_CYCLE_MUTATION, { refetchQueries: [PLANNING_CYCLES_QUERY] });
  const newest = [...plans].sort((a, b) => b.year - a.year)[0];

  if (plans.length === 0) {
    return <Typography.Paragraph type="secondary">{t('cycles.create.noPlan')}</Typography.Paragraph>;
  }
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ planId: newest?.id }}
      style={{ width: '100%', maxWidth: 480 }}
      onFinish={async (values) => {
        try {
          const result = await create({ variables: { input: { planId: values.planId, name: values.name?.trim() || undefined } } });
          void message.success(t('cycles.create.created'));
          if (result.data) onCreated(result.data.createPlanningCycle.id);
        } catch (error) {
          handleError(error, { form });
        }
      }}
      data-testid="create-cycle-form"
    >
      <Form.Item name="planId" label={t('cycles.create.plan')} rules={[{ required: true, message: t('cycles.create.planRequired') }]} extra={t('cycles.create.planHelp')}>
        <Select options={plans.map((p) => ({ value: p.id, label: t('plan.planOption', { year: p.year, name: p.name }) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('cycles.create.name')}>
        <Input maxLength={200} placeholder={t('cycles.create.namePlaceholder', { year: plans.find((p) => p.id === form.getFieldValue('planId'))?.year ?? newest?.year ?? '' })} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="create-cycle">
        {t('cycles.create.submit')}
      </Button>
    </Form>
  );
}
