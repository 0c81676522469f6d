import type { ActualLineKind, BudgetInput, BudgetVariance, LinePlan, MonthVariance, ScenarioName, VarianceRow } from '@opsplan/domain';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Pagination, Row, Segmented, Select, Spin, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { useBudgetVariance } from '../preview/useBudgetVariance';
import { formatAmount, formatRate } from '../utils/formatAmount';
import { ActualsGrid } from './ActualsGrid';
import type { ActualCellView } from './ActualsGrid';
import { actualEntries, actualLines, cellKey, TONE_COLORS, varianceTone } from './actuals';
import type { ActualLine } from './actuals';
import { horizonMonths } from '@opsplan/domain';
import { SCENARIOS } from './scenarioFigures';
import { useActualsDraft } from './useActualsDraft';
import { useDepartmentName } from './useDepartmentName';

export interface PlanVsActualProps {
  budget: BudgetFieldsFragment;
  input: BudgetInput;
  departments: { id: string; name: string }[];
}

const PAGE_SIZE = 50;
type KindFilter = 'all' | ActualLineKind;
type VarianceView = 'line' | 'department' | 'month';

/** Actuals typed month by month per line, and how they compare with a scenario. */
export function PlanVsActual({ budget, input, departments }: PlanVsActualProps) {
  const { t } = useTranslation();
  if (!budget.access.readAll) {
    return (
      <Card data-testid="plan-vs-actual">
        <Empty description={t('budgetAnalysis.actuals.noAccess')} />
      </Card>
    );
  }
  return <PlanVsActualView budget={budget} input={input} departments={departments} />;
}

function PlanVsActualView({ budget, input, departments }: PlanVsActualProps) {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState<ScenarioName>('responsibility');
  const actuals = useActualsDraft(budget);
  const departmentName = useDepartmentName(departments);

  // Compared with what is saved; unsaved cells join once saved. Drivers with problems (a draft half typed) compare nothing.
  const entries = useMemo(() => actualEntries(actuals.saved), [actuals.saved]);
  const { plans, variance, invalid, computing } = useBudgetVariance(input, entries, scenario);

  return (
    <Flex vertical gap={16} data-testid="plan-vs-actual">
      <Card
        title={t('budgetAnalysis.actuals.title', { currency: budget.currency })}
        extra={
          budget.access.editActuals ? (
            <Flex gap={8} align="center">
              {actuals.changes > 0 ? <Typography.Text type="secondary">{t('budgetAnalysis.actuals.unsaved', { count: actuals.changes })}</Typography.Text> : null}
              <Button onClick={actuals.discardAll} disabled={actuals.draft.size === 0 || actuals.saving} data-testid="actuals-discard">
                {t('budgetAnalysis.actuals.discard')}
              </Button>
              <Button
                type="primary"
                onClick={() => void actuals.save()}
                loading={actuals.saving}
                disabled={actuals.changes === 0 || actuals.conflicts.length > 0}
                data-testid="actuals-save"
              >
                {t('budgetAnalysis.actuals.save')}
              </Button>
            </Flex>
          ) : null
        }
      >
        <ActualsConflicts actuals={actuals} input={input} />
        <ActualsEditor budget={budget} input={input} plans={plans} actuals={actuals} departmentName={departmentName} departments={departments} />
      </Card>
      <VarianceCard variance={variance} computing={computing} scenario={scenario} onScenario={setScenario} noBreakeven={!invalid && !computing && plans === null && scenario === 'breakeven'} departmentName={departmentName} />
    </Flex>
  );
}

type Draft = ReturnType<typeof useActualsDraft>;

function ActualsEditor({
  budget,
  input,
  plans,
  actuals,
  departmentName,
  departments,
}: {
  budget: BudgetFieldsFragment;
  input: BudgetInput;
  plans: LinePlan[] | null;
  actuals: Draft;
  departmentName: (id: string) => string;
  departments: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<KindFilter>('all');
  const [department, setDepartment] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const all = useMemo(() => actualLines(input), [input]);
  const filtered = all.filter((line) => (kind === 'all' || line.lineKind === kind) && (department === null || line.departmentId === department));
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const lines = filtered.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const months = useMemo(() => horizonMonths(budget.startMonth, budget.horizonMonths), [budget.startMonth, budget.horizonMonths]);
  const monthIndex = useMemo(() => new Map(months.map((month, m) => [month, m])), [months]);
  const plansByLine = useMemo(() => new Map((plans ?? []).map((plan) => [`${plan.lineKind}:${plan.lineId}`, plan])), [plans]);
  const conflictKeys = new Set(actuals.conflicts.map((c) => c.key));

  const cell = (line: ActualLine, month: string): ActualCellView => {
    const key = cellKey(line.lineKind, line.lineId, month);
    const typed = actuals.draft.get(key);
    if (typed) return { text: typed.text, state: actuals.invalid.has(key) ? 'invalid' : conflictKeys.has(key) ? 'conflict' : 'changed' };
    const saved = actuals.saved.get(key);
    return saved ? { text: saved.amount, state: 'saved' } : { text: '', state: 'empty' };
  };
  const planned = (line: ActualLine, month: string) => plansByLine.get(`${line.lineKind}:${line.lineId}`)?.amounts[monthIndex.get(month) ?? -1] ?? null;
  const lineLabel = (line: ActualLine) =>
    line.departmentId === null ? line.name : `${line.name} · ${departmentName(line.departmentId)}`;

  if (all.length === 0) return <Empty description={t('budgetAnalysis.actuals.noLines')} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <Segmented<KindFilter>
          value={kind}
          onChange={(value) => {
            setKind(value);
            setPage(1);
          }}
          options={(['all', 'revenue', 'cost', 'position'] as const).map((value) => ({ value, label: t(`budgetAnalysis.actuals.kinds.${value}`) }))}
          data-testid="actuals-kind"
        />
        <Select<string | null>
          value={department}
          onChange={(value) => {
            setDepartment(value ?? null);
            setPage(1);
          }}
          allowClear
          placeholder={t('budgetAnalysis.actuals.allDepartments')}
          style={{ minWidth: 180 }}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          data-testid="actuals-department"
        />
        <Typography.Text type="secondary">{budget.access.editActuals ? t('budgetAnalysis.actuals.keyboardHint') : t('budgetAnalysis.actuals.readOnly')}</Typography.Text>
      </Flex>
      {lines.length === 0 ? (
        <Empty description={t('budgetAnalysis.actuals.noneMatch')} />
      ) : (
        <ActualsGrid lines={lines} months={months} cell={cell} planned={planned} lineLabel={lineLabel} editable={budget.access.editActuals} onEdit={actuals.edit} />
      )}
      {filtered.length > PAGE_SIZE ? <Pagination current={current} total={filtered.length} pageSize={PAGE_SIZE} onChange={setPage} showSizeChanger={false} size="small" /> : null}
    </Flex>
  );
}

/** Cells someone else saved since they were typed here: their value beside this person's, to re-apply or let go. */
function ActualsConflicts({ actuals, input }: { actuals: Draft; input: BudgetInput }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (actuals.conflicts.length === 0) return null;
  const names = new Map(actualLines(input).map((line) => [`${line.lineKind}:${line.lineId}`, line.name]));
  const shown = actuals.conflicts.slice(0, 8);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('budgetAnalysis.actuals.conflictTitle', { count: actuals.conflicts.length })}
      description={
        <Flex vertical gap={8}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={shown.map(({ key, cell, theirs }) => ({
              key,
              label: `${names.get(`${cell.lineKind}:${cell.lineId}`) ?? cell.lineId} · ${cell.month}`,
              children: (
                <span data-testid={`actual-conflict-${key}`}>
                  {t('budgetAnalysis.actuals.conflictValues', {
                    theirs: theirs ? formatAmount(theirs.amount, lang) : t('budgetAnalysis.actuals.removed'),
                    mine: cell.text === '' ? t('budgetAnalysis.actuals.removed') : cell.text,
                  })}
                </span>
              ),
            }))}
          />
          {actuals.conflicts.length > shown.length ? <Typography.Text type="secondary">{t('budgetAnalysis.actuals.conflictMore', { count: actuals.conflicts.length - shown.length })}</Typography.Text> : null}
          <Flex gap={8}>
            <Button type="primary" size="small" loading={actuals.saving} onClick={() => void actuals.reapply()} data-testid="actuals-reapply">
              {t('budgetAnalysis.actuals.reapply')}
            </Button>
            <Button size="small" onClick={actuals.takeTheirs} data-testid="actuals-take-theirs">
              {t('budgetAnalysis.actuals.takeTheirs')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}

function VarianceCard({
  variance,
  computing,
  scenario,
  onScenario,
  noBreakeven,
  departmentName,
}: {
  variance: BudgetVariance | null;
  computing: boolean;
  scenario: ScenarioName;
  onScenario: (scenario: ScenarioName) => void;
  noBreakeven: boolean;
  departmentName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<VarianceView>('line');
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          {t('budgetAnalysis.variance.title')}
          {computing ? <Spin size="small" data-testid="variance-computing" /> : null}
        </Flex>
      }
      extra={
        <Segmented<ScenarioName>
          value={scenario}
          onChange={onScenario}
          options={SCENARIOS.map((value) => ({ value, label: t(`budgetAnalysis.scenarios.${value}`) }))}
          data-testid="variance-scenario"
        />
      }
      data-testid="variance"
    >
      {variance === null && computing ? null : variance === null ? (
        <Empty description={noBreakeven ? t('budgetAnalysis.breakeven.none') : t('budgetAnalysis.variance.unavailable')} />
      ) : variance.throughMonth === null ? (
        <Empty description={t('budgetAnalysis.variance.noActuals')} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary" data-testid="variance-through">
            {t('budgetAnalysis.variance.through', { from: variance.months[0], through: variance.throughMonth })}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <TotalStatistic title={t('budgetAnalysis.variance.revenue')} row={variance.totals.revenue} testId="variance-total-revenue" />
            </Col>
            <Col xs={24} md={12}>
              <TotalStatistic title={t('budgetAnalysis.variance.costs')} row={variance.totals.costs} testId="variance-total-costs" />
            </Col>
          </Row>
          <Segmented<VarianceView>
            value={view}
            onChange={setView}
            options={(['line', 'department', 'month'] as const).map((value) => ({ value, label: t(`budgetAnalysis.variance.views.${value}`) }))}
            data-testid="variance-view"
          />
          {view === 'line' ? <VarianceTable rows={variance.byLine} label={(row) => row.label} testId="variance-by-line" /> : null}
          {view === 'department' ? <VarianceTable rows={variance.byDepartment} label={(row) => departmentName(row.departmentId ?? row.label)} testId="variance-by-department" /> : null}
          {view === 'month' ? <MonthVarianceTable months={variance.byMonth} /> : null}
        </Flex>
      )}
    </Card>
  );
}

function TotalStatistic({ title, row, testId }: { title: string; row: VarianceRow; testId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tone = varianceTone(row);
  return (
    <Card size="small" data-testid={testId} data-tone={tone}>
      <Statistic
        title={title}
        value={formatAmount(row.variance, lang)}
        suffix={row.rate === null ? undefined : <span style={{ fontSize: 14 }}>({formatRate(row.rate)})</span>}
        styles={{ content: { color: TONE_COLORS[tone] } }}
      />
      <Typography.Text type="secondary">
        {t('budgetAnalysis.variance.actualVsPlanned', { actual: formatAmount(row.actual, lang), planned: formatAmount(row.planned, lang) })}
      </Typography.Text>
    </Card>
  );
}

function ToneText({ row, children }: { row: VarianceRow; children: string }) {
  const tone = varianceTone(row);
  return (
    <span style={{ color: TONE_COLORS[tone] }} data-tone={tone}>
      {children}
    </span>
  );
}

type VarianceTitles = Record<'planned' | 'actual' | 'variance' | 'rate', string>;

function useVarianceTitles(): VarianceTitles {
  const { t } = useTranslation();
  return {
    planned: t('budgetAnalysis.variance.planned'),
    actual: t('budgetAnalysis.variance.actual'),
    variance: t('budgetAnalysis.variance.variance'),
    rate: t('budgetAnalysis.variance.rate'),
  };
}

function varianceColumns<T>(titles: VarianceTitles, lang: ReturnType<typeof useLanguage>, get: (row: T) => VarianceRow, prefix: string): TableColumnsType<T> {
  return [
    { key: `${prefix}planned`, title: titles.planned, align: 'right' as const, width: 130, render: (_: unknown, row: T) => formatAmount(get(row).planned, lang) },
    { key: `${prefix}actual`, title: titles.actual, align: 'right' as const, width: 130, render: (_: unknown, row: T) => formatAmount(get(row).actual, lang) },
    {
      key: `${prefix}variance`,
      title: titles.variance,
      align: 'right' as const,
      width: 130,
      render: (_: unknown, row: T) => <ToneText row={get(row)}>{formatAmount(get(row).variance, lang)}</ToneText>,
    },
    {
      key: `${prefix}rate`,
      title: titles.rate,
      align: 'right' as const,
      width: 90,
      render: (_: unknown, row: T) => <ToneText row={get(row)}>{get(row).rate === null ? '—' : formatRate(get(row).rate as string)}</ToneText>,
    },
  ];
}

function VarianceTable({ rows, label, testId }: { rows: VarianceRow[]; label: (row: VarianceRow) => string; testId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titles = useVarianceTitles();
  const columns: TableColumnsType<VarianceRow> = [
    {
      key: 'label',
      title: t('budgetAnalysis.variance.name'),
      render: (_, row) => (
        <Flex vertical>
          <span>{label(row)}</span>
          {row.monthsWithoutActuals > 0 ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('budgetAnalysis.variance.missing', { count: row.monthsWithoutActuals })}</Typography.Text> : null}
        </Flex>
      ),
    },
    ...varianceColumns<VarianceRow>(titles, lang, (row) => row, ''),
  ];
  return (
    <Table<VarianceRow>
      rowKey="key"
      columns={columns}
      dataSource={rows}
      size="small"
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 640 }}
      onRow={(row) => ({ 'data-testid': `variance-${row.key}`, 'data-tone': varianceTone(row) }) as HTMLAttributes<HTMLElement>}
      data-testid={testId}
    />
  );
}

function MonthVarianceTable({ months }: { months: MonthVariance[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titles = useVarianceTitles();
  const columns: TableColumnsType<MonthVariance> = [
    { key: 'month', title: t('budgetAnalysis.variance.month'), dataIndex: 'month', width: 100, fixed: 'left' },
    { key: 'revenue', title: t('budgetAnalysis.variance.revenue'), children: varianceColumns<MonthVariance>(titles, lang, (row) => row.revenue, 'revenue-') },
    { key: 'costs', title: t('budgetAnalysis.variance.costs'), children: varianceColumns<MonthVariance>(titles, lang, (row) => row.costs, 'costs-') },
  ];
  return <Table<MonthVariance> rowKey="month" columns={columns} dataSource={months} size="small" bordered pagination={false} scroll={{ x: 1100 }} data-testid="variance-by-month" />;
}
