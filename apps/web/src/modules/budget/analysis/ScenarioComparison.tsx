import type { BudgetInput, BudgetResult, Payback } from '@opsplan/domain';
import { Alert, Card, Col, Empty, Flex, Row, Segmented, Skeleton, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { lazy, memo, Suspense, useState } from 'react';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatAmount, formatRate } from '../utils/formatAmount';
import { comparisonRows, HORIZON, paybackComparison } from './scenarioFigures';
import type { ComparisonRow, PaybackComparison, PeriodKey } from './scenarioFigures';
import { useDepartmentName } from './useDepartmentName';
import { useSettled } from './useSettled';

// recharts loads with the charts, after the table is on screen (and never on pages without them).
const ScenarioCharts = lazy(() => import('./ScenarioCharts').then((m) => ({ default: m.ScenarioCharts })));

export interface ScenarioComparisonProps {
  input: BudgetInput;
  result: BudgetResult | null;
  currency: string;
  departments: { id: string; name: string }[];
}

/** The three scenarios side by side, by year or over the horizon, with breakeven explained and charted. */
export function ScenarioComparison({ input, result, currency, departments }: ScenarioComparisonProps) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<PeriodKey>(HORIZON);
  const charts = useSettled(result);
  if (!result) {
    return (
      <Card data-testid="scenario-comparison">
        <Empty description={t('budgetAnalysis.comparison.noResult')} />
      </Card>
    );
  }
  const years = result.responsibility.years;
  const chosen = period === HORIZON || years.some((y) => y.label === period) ? period : HORIZON;
  return (
    <Flex vertical gap={16} data-testid="scenario-comparison">
      <BreakevenSummary result={result} currency={currency} />
      <Card
        title={t('budgetAnalysis.comparison.title')}
        extra={
          <Segmented<PeriodKey>
            value={chosen}
            onChange={setPeriod}
            options={[
              ...years.map((year, i) => ({ value: year.label, label: t('budgetAnalysis.period.year', { number: i + 1 }), title: `${year.firstMonth} – ${year.lastMonth}` })),
              { value: HORIZON, label: t('budgetAnalysis.period.horizon', { months: input.horizonMonths }) },
            ]}
            data-testid="comparison-period"
          />
        }
      >
        <ComparisonTable result={result} period={chosen} currency={currency} departments={departments} />
      </Card>
      {charts ? (
        <Suspense fallback={<Card><Skeleton active paragraph={{ rows: 8 }} /></Card>}>
          <ScenarioCharts result={charts} currency={currency} period={chosen} />
        </Suspense>
      ) : null}
    </Flex>
  );
}

/** The last row of the comparison: payback is a month of the horizon, whatever period is shown. */
interface PaybackTableRow {
  key: 'paybackMonth';
  payback: PaybackComparison;
}
type TableRow = ComparisonRow | PaybackTableRow;
const isPaybackRow = (row: TableRow): row is PaybackTableRow => 'payback' in row;

type ScenarioColumn = keyof Pick<ComparisonRow, 'responsibility' | 'stretch' | 'breakeven'>;
type VarianceColumn = keyof Pick<ComparisonRow, 'stretchVsResponsibility' | 'responsibilityVsBreakeven'>;

// Memoised like the charts: the figures change with the scenarios, not with every key typed in the drivers.
const ComparisonTable = memo(function ComparisonTable({
  result,
  period,
  currency,
  departments,
}: {
  result: BudgetResult;
  period: PeriodKey;
  currency: string;
  departments: ScenarioComparisonProps['departments'];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const departmentName = useDepartmentName(departments);
  const money = (value: string | null) => (value === null ? '—' : formatAmount(value, lang));
  const paybackText = (payback: Payback | null) => {
    if (payback === null) return '—';
    if (payback.status === 'paidBack') return t('budgetAnalysis.payback.monthOf', { month: payback.month.month, index: payback.month.index });
    return t(`budgetAnalysis.payback.${payback.status}`);
  };
  const monthsApart = (months: number | null) => (months === null ? '—' : t('budgetAnalysis.payback.difference', { count: months }));
  const label = (row: TableRow) => {
    if (isPaybackRow(row)) return t('budgetAnalysis.metrics.paybackMonth');
    if (!row.part) return t(`budgetAnalysis.metrics.${row.metric}`);
    return row.part.kind === 'department' ? departmentName(row.part.id) : t(`budgetAnalysis.categories.${row.part.id as 'rent'}`);
  };
  const column = (key: ScenarioColumn | VarianceColumn, title: string, text: (row: TableRow) => string) => ({
    key,
    title,
    align: 'right' as const,
    width: 150,
    render: (_: unknown, row: TableRow) => <span data-testid={`comparison-${row.key}-${key}`}>{text(row)}</span>,
  });
  const scenarioColumn = (key: ScenarioColumn, title: string) =>
    column(key, title, (row) => (isPaybackRow(row) ? paybackText(row.payback[key]) : money(row[key])));
  const varianceColumn = (key: VarianceColumn, title: string) =>
    column(key, title, (row) => (isPaybackRow(row) ? monthsApart(row.payback[key]) : money(row[key])));
  const columns: TableColumnsType<TableRow> = [
    { key: 'metric', title: t('budgetAnalysis.comparison.metric', { currency }), fixed: 'left', width: 220, render: (_, row) => label(row) },
    {
      ...scenarioColumn('responsibility', t('budgetAnalysis.scenarios.responsibility')),
      onCell: (row: TableRow) => (isPaybackRow(row) ? ({ 'data-testid': 'budget-payback' } as HTMLAttributes<HTMLElement>) : {}),
    },
    scenarioColumn('stretch', t('budgetAnalysis.scenarios.stretch')),
    scenarioColumn('breakeven', t('budgetAnalysis.scenarios.breakeven')),
    varianceColumn('stretchVsResponsibility', t('budgetAnalysis.comparison.stretchVsResponsibility')),
    varianceColumn('responsibilityVsBreakeven', t('budgetAnalysis.comparison.responsibilityVsBreakeven')),
  ];
  const rows: TableRow[] = [...comparisonRows(result, period), { key: 'paybackMonth', payback: paybackComparison(result) }];
  return (
    <Table<TableRow>
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="small"
      scroll={{ x: 980 }}
      expandable={{ indentSize: 12 }}
      data-testid="comparison-table"
    />
  );
});

/** Breakeven in words and figures, or plainly why there is none. */
const BreakevenSummary = memo(function BreakevenSummary({ result, currency }: { result: BudgetResult; currency: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const be = result.breakeven;
  if (be.status === 'noBreakeven') {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('budgetAnalysis.breakeven.none')}
        description={t('budgetAnalysis.breakeven.noneDetail', { amount: formatAmount(be.contributionMargin, lang, { currency }) })}
        data-testid="breakeven-none"
      />
    );
  }
  const profitable = be.responsibilityProfitableFrom;
  return (
    <Card title={t('budgetAnalysis.breakeven.title')} data-testid="breakeven-summary">
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Statistic title={t('budgetAnalysis.breakeven.volume')} value={formatRate(be.volumeMultiplier)} data-testid="breakeven-volume" />
          <Typography.Text type="secondary">{t('budgetAnalysis.breakeven.volumeHint')}</Typography.Text>
        </Col>
        <Col xs={12} lg={6}>
          <Statistic title={t('budgetAnalysis.breakeven.revenue')} value={formatAmount(be.revenue, lang, { currency })} data-testid="breakeven-revenue" />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic
            title={t('budgetAnalysis.breakeven.marginOfSafety')}
            value={formatAmount(be.marginOfSafety.amount, lang, { currency })}
            suffix={<Typography.Text type="secondary">({formatRate(be.marginOfSafety.rate)})</Typography.Text>}
            styles={{ content: { color: be.marginOfSafety.amount.startsWith('-') ? '#ff4d4f' : undefined } }}
            data-testid="breakeven-margin"
          />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic
            title={t('budgetAnalysis.breakeven.profitableFrom')}
            value={profitable ? t('budgetAnalysis.payback.month', { index: profitable.index, month: profitable.month }) : t('budgetAnalysis.breakeven.neverProfitable')}
            data-testid="breakeven-profitable-from"
          />
        </Col>
      </Row>
    </Card>
  );
});
