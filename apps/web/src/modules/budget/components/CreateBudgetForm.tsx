import { useMutation } from '@apollo/client/react';
import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { CREATE_BUDGET_MUTATION } from '../graphql/mutations/createBudgetMutation';
import { BUDGET_QUERY } from '../graphql/queries/budgetQuery';
import { DEFAULT_HORIZON_MONTHS } from '../utils/months';
import { BudgetSettingsFields } from './BudgetSettingsFields';
import type { BudgetSettingsValues } from './BudgetSettingsFields';

interface CreateBudgetFormProps {
  plan: PlanFieldsFragment;
  /** The plan year's first month: the budget starts there unless finance picks another. */
  defaultStartMonth: string;
}

/** An empty budget for the plan: finance then fills its drivers in the grid or imports the template. */
export function CreateBudgetForm({ plan, defaultStartMonth }: CreateBudgetFormProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<BudgetSettingsValues>();
  const [create, { loading }] = useMutation(CREATE_BUDGET_MUTATION, {
    refetchQueries: [{ query: BUDGET_QUERY, variables: { planId: plan.id } }],
    awaitRefetchQueries: true,
  });

  return (
    <Form<BudgetSettingsValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ name: t('budget.create.defaultName', { year: plan.year }), startMonth: defaultStartMonth, horizonMonths: DEFAULT_HORIZON_MONTHS }}
      style={{ width: '100%', maxWidth: 420 }}
      onFinish={async (values) => {
        try {
          await create({ variables: { input: { planId: plan.id, name: values.name.trim(), startMonth: values.startMonth.trim(), horizonMonths: values.horizonMonths } } });
          void message.success(t('budget.create.created'));
        } catch (error) {
          handleError(error, { form });
        }
      }}
      data-testid="create-budget-form"
    >
      <BudgetSettingsFields />
      <Button type="primary" htmlType="submit" loading={loading} data-testid="create-budget">
        {t('budget.create.submit')}
      </Button>
    </Form>
  );
}
