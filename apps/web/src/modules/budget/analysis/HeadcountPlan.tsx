import { SALARY_TOTAL_MIN_PEOPLE } from '@opsplan/domain';
import type { BudgetInput, BudgetResult } from '@opsplan/domain';
import { Alert, Card, Empty, Flex, Segmented, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { lazy, memo, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatAmount, formatRate } from '../utils/formatAmount';
import { headcountFromLabour, headcountFromScenario } from './headcountPlan';
import type { DepartmentHeadcount, DepartmentPeriod, HeadcountPlanData } from './headcountPlan';
import { useDepartmentName } from './useDepartmentName';
import { useSettled } from './useSettled';

const HeadcountChart = lazy(() => import('./HeadcountChart').then((m) => ({ default: m.HeadcountChart })));

type HeadcountScenario = 'responsibility' | 'stretch';

export interface HeadcountPlanProps {
  budget: BudgetFieldsFragment;
  input: BudgetInput;
  result: BudgetResult | null;
  departments: { id: string; name: string }[];
}

/**
 * Standard headcount (年度人力标准配置) by department and month, and the
 * labour cost it brings. With salaries at hand the figures come from the
 * engine; without (a department manager) from the API's department totals,
 * where a month with fewer than three people shows no labour cost.
 */
export function HeadcountPlan({ budget, input, result, departments }: HeadcountPlanProps) {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState<HeadcountScenario>('responsibility');
  const fromResult = result !== null;
  // Two memos, so new department totals from the API do not redraw figures that come from the engine, nor the reverse.
  const fromEngine = useMemo(() => (result ? headcountFromScenario(result[scenario]) : null), [result, scenario]);
  const fromTotals = useMemo(
    () => (result ? null : headcountFromLabour(budget.departmentLabour, budget.startMonth, budget.horizonMonths)),
    [result, budget.departmentLabour, budget.startMonth, budget.horizonMonths],
  );
  const data = (fromEngine ?? fromTotals) as HeadcountPlanData;
  const chartData = useSettled(data);
  const departmentName = useDepartmentName(departments);
  const names = useMemo(() => chartData.departments.map((d) => ({ id: d.departmentId, name: departmentName(d.departmentId) })), [chartData, departmentName]);

  if (data.departments.length === 0) {
    return (
      <Card data-testid="headcount-plan">
        <Empty description={t('budgetAnalysis.headcount.empty')} />
      </Card>
    );
  }
  return (
    <Flex vertical gap={16} data-testid="headcount-plan">
      {!fromResult ? <Alert type="info" showIcon title={t('budgetAnalysis.headcount.totalsOnly', { min: SALARY_TOTAL_MIN_PEOPLE })} data-testid="headcount-totals-only" /> : null}
      <Card
        title={t('budgetAnalysis.headcount.chartTitle')}
        extra={
          fromResult ? (
            <Segmented<HeadcountScenario>
              value={scenario}
              onChange={setScenario}
              options={(['responsibility', 'stretch'] as const).map((value) => ({ value, label: t(`budgetAnalysis.scenarios.${value}`) }))}
              data-testid="headcount-scenario"
            />
          ) : null
        }
      >
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <HeadcountChart data={chartData} departments={names} />
        </Suspense>
      </Card>
      <Card title={t('budgetAnalysis.headcount.tableTitle', { currency: budget.currency })}>
        {/* Shares need the whole budget's revenue and costs: the HR manager computes labour only. */}
        <DepartmentTable data={data} departmentName={departmentName} withShares={fromResult && budget.access.readAll} />
      </Card>
      {!fromResult ? (
        <Card title={t('budgetAnalysis.headcount.monthlyTitle', { currency: budget.currency })}>
          <MonthlyLabourTable data={data} departmentName={departmentName} />
        </Card>
      ) : null}
      {input.positions.length === 0 && fromResult ? <Typography.Text type="secondary">{t('budgetAnalysis.headcount.noPositions')}</Typography.Text> : null}
    </Flex>
  );
}

// Memoised: the page re-renders on every key typed in the drivers, the tables only when the figures change.
const DepartmentTable = memo(function DepartmentTable({ data, departmentName, withShares }: { data: HeadcountPlanData; departmentName: (id: string) => string; withShares: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const periodTitle = (label: string, index: number) =>
    label === 'total' ? t('budgetAnalysis.period.horizonShort') : t('budgetAnalysis.period.year', { number: index + 1 });
  const hidden = (period: DepartmentPeriod) => (
    <Tooltip title={t('budgetAnalysis.headcount.hiddenYear', { months: period.maskedMonths, min: SALARY_TOTAL_MIN_PEOPLE })}>
      <Tag>{t('budgetAnalysis.headcount.hidden')}</Tag>
    </Tooltip>
  );
  const columns: TableColumnsType<DepartmentHeadcount> = [
    { key: 'department', title: t('budgetAnalysis.headcount.department'), fixed: 'left', width: 160, render: (_, row) => departmentName(row.departmentId) },
    ...data.periods.map((period, p) => ({
      key: period.label,
      title: `${periodTitle(period.label, p)} (${period.firstMonth} – ${period.lastMonth})`,
      children: [
        {
          key: `${period.label}-headcount`,
          title: t('budgetAnalysis.headcount.averageHeadcount'),
          align: 'right' as const,
          width: 100,
          render: (_: unknown, row: DepartmentHeadcount) => row.periods[p].averageHeadcount,
        },
        {
          key: `${period.label}-labour`,
          title: t('budgetAnalysis.headcount.labourCost'),
          align: 'right' as const,
          width: 140,
          render: (_: unknown, row: DepartmentHeadcount) => {
            const value = row.periods[p];
            return (
              <span data-testid={`headcount-labour-${row.departmentId}-${period.label}`}>
                {value.labourCost === null ? hidden(value) : formatAmount(value.labourCost, lang)}
              </span>
            );
          },
        },
        ...(withShares
          ? [
              {
                key: `${period.label}-costs`,
                title: t('budgetAnalysis.headcount.shareOfCosts'),
                align: 'right' as const,
                width: 100,
                render: (_: unknown, row: DepartmentHeadcount) => (row.periods[p].shareOfCosts === null ? '—' : formatRate(row.periods[p].shareOfCosts as string)),
              },
              {
                key: `${period.label}-revenue`,
                title: t('budgetAnalysis.headcount.shareOfRevenue'),
                align: 'right' as const,
                width: 100,
                render: (_: unknown, row: DepartmentHeadcount) => (row.periods[p].shareOfRevenue === null ? '—' : formatRate(row.periods[p].shareOfRevenue as string)),
              },
            ]
          : []),
      ],
    })),
  ];
  return (
    <Table<DepartmentHeadcount>
      rowKey="departmentId"
      columns={columns}
      dataSource={data.departments}
      pagination={false}
      size="small"
      bordered
      scroll={{ x: 'max-content' }}
      data-testid="headcount-table"
    />
  );
});

/** For a manager: each month's labour cost of their department, or why it is hidden. */
const MonthlyLabourTable = memo(function MonthlyLabourTable({ data, departmentName }: { data: HeadcountPlanData; departmentName: (id: string) => string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const months = data.chart.map((row) => row.month);
  const columns: TableColumnsType<DepartmentHeadcount> = [
    { key: 'department', title: t('budgetAnalysis.headcount.department'), fixed: 'left', width: 160, render: (_, row) => departmentName(row.departmentId) },
    ...months.map((month, m) => ({
      key: month,
      title: month,
      align: 'right' as const,
      width: 120,
      render: (_: unknown, row: DepartmentHeadcount) => {
        const cell = row.months[m];
        return (
          <Flex vertical align="end" data-testid={`labour-${row.departmentId}-${month}`}>
            <Typography.Text type="secondary">{t('budgetAnalysis.headcount.people', { count: cell.headcount })}</Typography.Text>
            {cell.labourCost === null ? (
              <Tooltip title={t('budgetAnalysis.headcount.hiddenMonth', { min: SALARY_TOTAL_MIN_PEOPLE })}>
                <Tag style={{ marginInlineEnd: 0 }}>{t('budgetAnalysis.headcount.hiddenShort', { min: SALARY_TOTAL_MIN_PEOPLE })}</Tag>
              </Tooltip>
            ) : (
              <span>{formatAmount(cell.labourCost, lang)}</span>
            )}
          </Flex>
        );
      },
    })),
  ];
  return <Table<DepartmentHeadcount> rowKey="departmentId" columns={columns} dataSource={data.departments} pagination={false} size="small" scroll={{ x: 'max-content' }} data-testid="headcount-monthly" />;
});
