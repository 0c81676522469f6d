import { MAX_HORIZON_MONTHS, MIN_HORIZON_MONTHS } from '@opsplan/domain';
import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { isMonthKey } from '@opsplan/domain';

export interface BudgetSettingsValues {
  name: string;
  startMonth: string;
  horizonMonths: number;
}

/** A budget's name, first month and horizon, as created and as changed later. */
export function BudgetSettingsFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="name" label={t('budget.create.name')} rules={[{ required: true, whitespace: true, message: t('budget.create.nameRequired') }, { max: 200 }]}>
        <Input data-testid="budget-name" />
      </Form.Item>
      <Form.Item
        name="startMonth"
        label={t('budget.create.startMonth')}
        rules={[{ validator: async (_, value: string | undefined) => (value && isMonthKey(value.trim()) ? undefined : Promise.reject(new Error(t('budget.problems.invalidMonth')))) }]}
      >
        <Input placeholder="YYYY-MM" style={{ maxWidth: 160 }} data-testid="budget-start-month" />
      </Form.Item>
      <Form.Item
        name="horizonMonths"
        label={t('budget.create.horizon')}
        extra={t('budget.create.horizonHelp')}
        rules={[{ required: true, type: 'integer', min: MIN_HORIZON_MONTHS, max: MAX_HORIZON_MONTHS, message: t('budget.create.horizonRange') }]}
      >
        <InputNumber<number> min={MIN_HORIZON_MONTHS} max={MAX_HORIZON_MONTHS} precision={0} style={{ width: 160 }} data-testid="budget-horizon" />
      </Form.Item>
    </>
  );
}
