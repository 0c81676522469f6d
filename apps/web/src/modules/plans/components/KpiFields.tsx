import { KPI_NAME_MAX_LENGTH, KPI_UNIT_MAX_LENGTH } from '@opsplan/domain';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NodeFormValues } from '../utils/nodeForm';
import { decimalRule } from '../utils/nodeForm';

/** An optional KPI for a new node; its figures stay decimal strings. */
export function KpiFields() {
  const { t } = useTranslation();
  const useKpi = Form.useWatch<boolean | undefined>('useKpi');
  const required = { required: true, whitespace: true, message: t('node.kpi.required') };
  return (
    <>
      <Form.Item<NodeFormValues> label={t('node.kpi.use')} name="useKpi" valuePropName="checked">
        <Switch data-testid="node-use-kpi" />
      </Form.Item>
      {useKpi ? (
        <>
          <Form.Item<NodeFormValues> label={t('node.kpi.name')} name="kpiName" rules={[required, { max: KPI_NAME_MAX_LENGTH }]}>
            <Input />
          </Form.Item>
          <Form.Item<NodeFormValues> label={t('node.kpi.unit')} name="kpiUnit" rules={[{ max: KPI_UNIT_MAX_LENGTH }]}>
            <Input />
          </Form.Item>
          <Form.Item<NodeFormValues> label={t('node.kpi.baseline')} name="kpiBaseline" rules={[required, decimalRule(t('node.kpi.decimal'))]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item<NodeFormValues> label={t('node.kpi.target')} name="kpiTarget" rules={[required, decimalRule(t('node.kpi.decimal'))]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item<NodeFormValues> label={t('node.kpi.actual')} name="kpiActual" rules={[decimalRule(t('node.kpi.decimal'))]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item<NodeFormValues> label={t('node.kpi.direction')} name="kpiDirection" initialValue="higher_is_better">
            <Select
              options={(['higher_is_better', 'lower_is_better'] as const).map((direction) => ({
                value: direction,
                label: t(`node.kpi.directions.${direction}`),
              }))}
            />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
