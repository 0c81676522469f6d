import type { BudgetInput, BudgetResult, ScenarioName, ScenarioResult } from '@opsplan/domain';
import { Alert, Card, Col, Empty, Flex, Row, Segmented, Skeleton, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { lazy, memo, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatAmount, formatRate } from '../utils/formatAmount';
import { comparisonRows, HORIZON, paybackIndex } from './scenarioFigures';
import type { ComparisonRow, PeriodKey } from './scenarioFigures';
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
  const label = (row: ComparisonRow) => {
    if (!row.part) return t(`budgetAnalysis.metrics.${row.metric}`);
    return row.part.kind === 'department' ? departmentName(row.part.id) : t(`budgetAnalysis.categories.${row.part.id as 'rent'}`);
  };
  const amountColumn = (key: keyof Pick<ComparisonRow, 'responsibility' | 'stretch' | 'breakeven' | 'stretchVsResponsibility' | 'responsibilityVsBreakeven'>, title: string) => ({
    key,
    title,
    align: 'right' as const,
    width: 150,
    render: (_: unknown, row: ComparisonRow) => <span data-testid={`comparison-${row.key}-${key}`}>{money(row[key])}</span>,
  });
  const columns: TableColumnsType<ComparisonRow> = [
    { key: 'metric', title: t('budgetAnalysis.comparison.metric', { currency }), fixed: 'left', width: 220, render: (_, row) => label(row) },
    amountColumn('responsibility', t('budgetAnalysis.scenarios.responsibility')),
    amountColumn('stretch', t('budgetAnalysis.scenarios.stretch')),
    amountColumn('breakeven', t('budgetAnalysis.scenarios.breakeven')),
    amountColumn('stretchVsResponsibility', t('budgetAnalysis.comparison.stretchVsResponsibility')),
    amountColumn('responsibilityVsBreakeven', t('budgetAnalysis.comparison.responsibilityVsBreakeven')),
  ];
  const rows = comparisonRows(result, period);
  return (
    <>
      <Table<ComparisonRow>
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="small"
        scroll={{ x: 980 }}
        expandable={{ indentSize: 12 }}
        data-testid="comparison-table"
      />
      <PaybackRow result={result} />
    </>
  );
});

/** Payback is a month of the horizon, not a per-year figure: one line under the table. */
function PaybackRow({ result }: { result: BudgetResult }) {
  const { t } = useTranslation();
  const scenarios: [ScenarioName, ScenarioResult | null][] = [
    ['responsibility', result.responsibility],
    ['stretch', result.stretch],
    ['breakeven', result.breakeven.status === 'solved' ? result.breakeven.scenario : null],
  ];
  const text = (scenario: ScenarioResult | null) => {
    if (!scenario) return '—';
    const payback = scenario.payback;
    if (payback.status === 'paidBack') return t('budgetAnalysis.payback.month', { index: payback.month.index, month: payback.month.month });
    return t(`budgetAnalysis.payback.${payback.status}`);
  };
  const difference = (a: ScenarioResult | null, b: ScenarioResult | null) => {
    const from = paybackIndex(a ?? undefined);
    const to = paybackIndex(b ?? undefined);
    return from === null || to === null ? '—' : t('budgetAnalysis.payback.difference', { count: from - to });
  };
  return (
    <Flex wrap gap={24} style={{ marginTop: 12 }} data-testid="comparison-payback">
      <Typography.Text strong>{t('budgetAnalysis.metrics.payback')}</Typography.Text>
      {scenarios.map(([name, scenario]) => (
        <Typography.Text key={name} data-testid={`payback-${name}`}>
          {t('budgetAnalysis.payback.ofScenario', { scenario: t(`budgetAnalysis.scenarios.${name}`), payback: text(scenario) })}
        </Typography.Text>
      ))}
      <Typography.Text type="secondary">
        {t('budgetAnalysis.payback.ofScenario', { scenario: t('budgetAnalysis.comparison.stretchVsResponsibility'), payback: difference(result.stretch, result.responsibility) })}
      </Typography.Text>
    </Flex>
  );
}

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
