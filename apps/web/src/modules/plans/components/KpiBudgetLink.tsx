import { LinkOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { budgetPeriods, KPI_TARGET_MEASURES, KPI_TARGET_SCENARIOS } from '@opsplan/domain';
import type { KpiTargetSource } from '@opsplan/domain';
import { Alert, Button, Flex, Form, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatAmount } from '../../budget/utils/formatAmount';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { LINK_KPI_TARGET_MUTATION } from '../graphql/mutations/linkKpiTargetMutation';
import { NODE_BUDGET_HORIZON_QUERY } from '../graphql/queries/nodeBudgetHorizonQuery';
import { usePlanReads } from '../hooks/usePlanReads';
import { asKpiTargetSource, paybackOnly, periodLabel, sourceLabel } from '../utils/budgetLink';

interface KpiBudgetLinkProps {
  node: PlanNodeFieldsFragment & { budgetCostEstimate?: string | null };
  /** May change the node's KPI target and read the whole budget (the API checks again). */
  canLink: boolean;
  /** The organisation's currency, for the cost estimate. */
  currency: string | undefined;
  /** Reads the node again, e.g. after someone else changed it. */
  onReload: () => void;
}

/**
 * Where a node meets the plan's budget, in the drawer's KPI section: the
 * budget figure its KPI target follows (with Unlink), the choice of such a
 * figure, and a project's cost estimate from the budget's cost lines.
 */
export function KpiBudgetLink({ node, canLink, currency, onReload }: KpiBudgetLinkProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const planReads = usePlanReads();
  const [choosing, setChoosing] = useState(false);
  const [link, { loading }] = useMutation(LINK_KPI_TARGET_MUTATION, { refetchQueries: planReads });
  const source = asKpiTargetSource(node.kpi?.targetSource);
  const estimate = node.budgetCostEstimate ?? null;
  if (!source && estimate === null && !(canLink && node.kpi)) return null;

  const save = async (next: KpiTargetSource | null) => {
    try {
      await link({ variables: { input: { nodeId: node.id, version: node.version, source: next } } });
      setChoosing(false);
      void message.success(t(next ? 'node.budgetLink.linked' : 'node.budgetLink.unlinked'));
    } catch (error) {
      handleError(error, { onConflict: onReload });
    }
  };

  return (
    <Flex vertical gap={8} data-testid="kpi-budget-link">
      {source ? (
        <Flex gap={8} align="center" wrap>
          <Tag icon={<LinkOutlined />} color="gold" data-testid="kpi-budget-source">
            {sourceLabel(t, source)}
          </Tag>
          {canLink ? (
            <Button size="small" type="link" loading={loading} onClick={() => void save(null)} data-testid="kpi-budget-unlink">
              {t('node.budgetLink.unlink')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      {canLink && node.kpi && !choosing ? (
        <Flex>
          <Button size="small" icon={<LinkOutlined />} onClick={() => setChoosing(true)} data-testid="kpi-budget-choose">
            {t('node.budgetLink.link')}
          </Button>
        </Flex>
      ) : null}
      {choosing ? (
        <BudgetFigureForm planId={node.planId} initial={source} saving={loading} onSave={(next) => void save(next)} onCancel={() => setChoosing(false)} />
      ) : null}
      {estimate !== null ? (
        <Typography.Text data-testid="budget-cost-estimate">
          {t('node.budgetLink.costEstimate')} <Typography.Text strong>{formatAmount(estimate, language, { currency })}</Typography.Text>
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

interface BudgetFigureFormProps {
  planId: string;
  initial: KpiTargetSource | null;
  saving: boolean;
  onSave: (source: KpiTargetSource) => void;
  onCancel: () => void;
}

/** Scenario, figure and period of the plan's budget; the periods are the budget's own years. */
function BudgetFigureForm({ planId, initial, saving, onSave, onCancel }: BudgetFigureFormProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(NODE_BUDGET_HORIZON_QUERY, { variables: { planId }, fetchPolicy: 'cache-and-network' });
  const [form] = Form.useForm<KpiTargetSource>();
  const measure = Form.useWatch('measure', form);
  if (error && !data) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 2 }} />;
  const budget = data?.budget;
  if (!budget) {
    return (
      <Alert
        type="info"
        showIcon
        title={t('node.budgetLink.noBudget')}
        action={
          <Button size="small" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        }
        data-testid="kpi-budget-none"
      />
    );
  }
  const periods = budgetPeriods(budget.horizonMonths);
  const start: KpiTargetSource = initial && periods.includes(initial.period) ? initial : { scenario: 'responsibility', measure: 'revenue', period: periods[1] };
  return (
    <Form<KpiTargetSource>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={start}
      // The payback month is one month of the whole horizon: choosing it chooses the horizon.
      onValuesChange={(changed: Partial<KpiTargetSource>) => {
        if (changed.measure && paybackOnly(changed.measure)) form.setFieldValue('period', 'total');
      }}
      onFinish={onSave}
      data-testid="kpi-budget-form"
    >
      <Typography.Paragraph type="secondary">{t('node.budgetLink.help')}</Typography.Paragraph>
      <Flex gap={8} wrap>
        <Form.Item<KpiTargetSource> label={t('node.budgetLink.scenario')} name="scenario" style={{ minWidth: 160 }}>
          <Select data-testid="kpi-budget-scenario" options={KPI_TARGET_SCENARIOS.map((s) => ({ value: s, label: t(`node.budgetLink.scenarios.${s}`) }))} />
        </Form.Item>
        <Form.Item<KpiTargetSource> label={t('node.budgetLink.measure')} name="measure" style={{ minWidth: 160 }}>
          <Select data-testid="kpi-budget-measure" options={KPI_TARGET_MEASURES.map((m) => ({ value: m, label: t(`node.budgetLink.measures.${m}`) }))} />
        </Form.Item>
        <Form.Item<KpiTargetSource>
          label={t('node.budgetLink.period')}
          name="period"
          style={{ minWidth: 120 }}
          extra={measure && paybackOnly(measure) ? t('node.budgetLink.totalOnly') : undefined}
        >
          <Select
            data-testid="kpi-budget-period"
            options={periods.map((p) => ({ value: p, label: periodLabel(t, p), disabled: measure !== undefined && paybackOnly(measure) && p !== 'total' }))}
          />
        </Form.Item>
      </Flex>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="kpi-budget-submit">
          {t('node.budgetLink.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
