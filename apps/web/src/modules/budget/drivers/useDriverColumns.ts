import { COST_CATEGORIES } from '@opsplan/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import type { GridColumn } from '../grid/gridColumn';
import { horizonMonths } from '@opsplan/domain';
import { choiceColumn, figureColumn, monthColumn, showFigure, textColumn, wholeColumn } from './columnKinds';
import { withVolumeKind } from './draft';
import type { CostRow, FinancingDraft, LoanRow, PositionRow, RevenueRow, StretchDraft } from './draft';

export interface SettingsRow {
  key: 'settings';
  financing: FinancingDraft;
  stretch: StretchDraft;
}

interface ColumnOptions {
  startMonth: string;
  horizonMonths: number;
  departments: readonly { id: string; name: string }[];
  /** Salary and on-cost columns are left out for readers who may not see salaries. */
  seeSalaries: boolean;
  /** Stretch columns are shown to readers of the whole budget. */
  readAll: boolean;
  editDrivers: boolean;
  /** The revenue grid: finance's, and the open sales forecast's owner's. */
  editRevenue: boolean;
  editPositions: boolean;
  onSeasonality: (row: RevenueRow) => void;
}

export interface DriverColumns {
  revenue: GridColumn<RevenueRow>[];
  cost: GridColumn<CostRow>[];
  position: GridColumn<PositionRow>[];
  loan: GridColumn<LoanRow>[];
  financing: GridColumn<SettingsRow>[];
  stretch: GridColumn<SettingsRow>[];
}

/** The driver grids' columns in the interface language. */
export function useDriverColumns(options: ColumnOptions): DriverColumns {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { startMonth, horizonMonths: months, departments, seeSalaries, readAll, editDrivers, editRevenue, editPositions, onSeasonality } = options;

  return useMemo(() => {
    const choices = <K extends string>(values: readonly K[], label: (value: K) => string) => values.map((value) => ({ value, label: label(value) }));
    const whole = t('budget.grid.wholeHorizon');
    const departmentOptions = departments.map((d) => ({ value: d.id, label: d.name }));
    const drivers = () => editDrivers;
    const revenueEditable = () => editRevenue;
    const positions = () => editPositions;

    const revenue: GridColumn<RevenueRow>[] = [
      textColumn({ key: 'name', title: t('budget.columns.name'), frozen: true, width: 240, editable: revenueEditable }, (r) => r.name, (r, name) => ({ ...r, name })),
      choiceColumn(
        { key: 'kind', title: t('budget.columns.kind'), width: 90, editable: revenueEditable, options: choices(['product', 'channel'] as const, (k) => t(`budget.kinds.${k}`)) },
        (r) => r.kind,
        (r, kind) => ({ ...r, kind: kind as RevenueRow['kind'] }),
      ),
      figureColumn({ key: 'unitPrice', title: t('budget.columns.unitPrice'), lang, editable: revenueEditable }, (r) => r.unitPrice, (r, unitPrice) => ({ ...r, unitPrice })),
      choiceColumn(
        {
          key: 'volumeKind',
          title: t('budget.columns.volumeKind'),
          width: 100,
          editable: revenueEditable,
          options: choices(['flat', 'monthly', 'growth'] as const, (k) => t(`budget.volumeKinds.${k}`)),
        },
        (r) => r.volumeKind,
        (r, kind) => withVolumeKind(r, kind as RevenueRow['volumeKind'], months),
      ),
      figureColumn(
        { key: 'perMonth', title: t('budget.columns.perMonth'), lang, width: 140, editable: (r) => editRevenue && r.volumeKind !== 'monthly' },
        (r) => (r.volumeKind === 'flat' ? r.perMonth : r.volumeKind === 'growth' ? r.start : ''),
        (r, value) => (r.volumeKind === 'growth' ? { ...r, start: value } : { ...r, perMonth: value }),
      ),
      figureColumn(
        { key: 'monthlyGrowth', title: t('budget.columns.monthlyGrowth'), lang, percent: true, editable: (r) => editRevenue && r.volumeKind === 'growth' },
        (r) => (r.volumeKind === 'growth' ? r.monthlyGrowth : ''),
        (r, monthlyGrowth) => ({ ...r, monthlyGrowth }),
      ),
      {
        key: 'seasonality',
        title: t('budget.columns.seasonality'),
        width: 110,
        editor: 'dialog',
        editable: (r) => editRevenue && r.volumeKind === 'growth',
        display: (r) =>
          r.volumeKind !== 'growth' ? '' : r.seasonality.length > 0 ? r.seasonality.map((f) => showFigure(f, lang)).join(' ') : t('budget.grid.seasonalityNone'),
        text: (r) => r.seasonality.join('\t'),
        parse: () => null,
        onOpen: onSeasonality,
      },
      choiceColumn(
        {
          key: 'variableCostKind',
          title: t('budget.columns.variableCostKind'),
          width: 130,
          editable: revenueEditable,
          options: choices(['none', 'unitCost', 'shareOfRevenue'] as const, (k) => t(`budget.variableCostKinds.${k}`)),
        },
        (r) => r.variableCostKind,
        (r, kind) => ({ ...r, variableCostKind: kind as RevenueRow['variableCostKind'] }),
      ),
      // One cell for either figure: a unit cost in money, or a share of revenue in %.
      {
        ...figureColumn(
          { key: 'variableCost', title: t('budget.columns.variableCost'), lang, width: 150, editable: (r) => editRevenue && r.variableCostKind !== 'none' },
          (r) => (r.variableCostKind === 'unitCost' ? r.unitCost : ''),
          (r, unitCost) => ({ ...r, unitCost }),
        ),
        ...ratePart<RevenueRow>(
          lang,
          (r) => r.variableCostKind === 'shareOfRevenue',
          (r) => r.variableCostRate,
          (r, variableCostRate) => ({ ...r, variableCostRate }),
          (r) => (r.variableCostKind === 'unitCost' ? r.unitCost : ''),
          (r, unitCost) => ({ ...r, unitCost }),
        ),
      },
      ...(['stretchVolume', 'stretchPrice', 'stretchVariableCost'] as const).map((key) =>
        figureColumn<RevenueRow>({ key, title: t(`budget.columns.${key}`), lang, width: 130, editable: revenueEditable }, (r) => r[key], (r, value) => ({ ...r, [key]: value })),
      ),
      ...horizonMonths(startMonth, months).map((month, index) =>
        figureColumn<RevenueRow>(
          { key: `m${index}`, title: month, lang, width: 96, editable: (r) => editRevenue && r.volumeKind === 'monthly' },
          (r) => (r.volumeKind === 'monthly' ? (r.values[index] ?? '') : r.volumeKind === 'flat' ? r.perMonth : ''),
          (r, value) => ({ ...r, values: Array.from({ length: months }, (_, i) => (i === index ? value : (r.values[i] ?? '0'))) }),
        ),
      ),
    ];

    const cost: GridColumn<CostRow>[] = [
      textColumn({ key: 'name', title: t('budget.columns.name'), frozen: true, width: 240, editable: drivers }, (r) => r.name, (r, name) => ({ ...r, name })),
      choiceColumn(
        { key: 'departmentId', title: t('budget.columns.department'), width: 170, editable: drivers, options: departmentOptions },
        (r) => r.departmentId,
        (r, departmentId) => ({ ...r, departmentId }),
      ),
      choiceColumn(
        { key: 'category', title: t('budget.columns.category'), width: 110, editable: drivers, options: choices(COST_CATEGORIES, (k) => t(`budget.categories.${k}`)) },
        (r) => r.category,
        (r, category) => ({ ...r, category: category as CostRow['category'] }),
      ),
      choiceColumn(
        {
          key: 'amountKind',
          title: t('budget.columns.amountKind'),
          width: 130,
          editable: drivers,
          options: choices(['monthly', 'shareOfRevenue'] as const, (k) => t(`budget.amountKinds.${k}`)),
        },
        (r) => r.amountKind,
        (r, kind) => ({ ...r, amountKind: kind as CostRow['amountKind'] }),
      ),
      {
        ...figureColumn({ key: 'amount', title: t('budget.columns.amount'), lang, width: 160, editable: drivers }, (r) => r.amount, (r, amount) => ({ ...r, amount })),
        ...ratePart<CostRow>(
          lang,
          (r) => r.amountKind === 'shareOfRevenue',
          (r) => r.rate,
          (r, rate) => ({ ...r, rate }),
          (r) => r.amount,
          (r, amount) => ({ ...r, amount }),
        ),
      },
      monthColumn({ key: 'firstMonth', title: t('budget.columns.firstMonth'), emptyText: whole, editable: drivers }, (r) => r.firstMonth, (r, firstMonth) => ({ ...r, firstMonth })),
      monthColumn({ key: 'lastMonth', title: t('budget.columns.lastMonth'), emptyText: whole, editable: drivers }, (r) => r.lastMonth, (r, lastMonth) => ({ ...r, lastMonth })),
      ...(readAll
        ? [figureColumn<CostRow>({ key: 'stretchAmount', title: t('budget.columns.stretchAmount'), lang, width: 130, editable: drivers }, (r) => r.stretchAmount, (r, stretchAmount) => ({ ...r, stretchAmount }))]
        : []),
    ];

    const position: GridColumn<PositionRow>[] = [
      textColumn({ key: 'roleTitle', title: t('budget.columns.roleTitle'), frozen: true, width: 200, editable: positions }, (r) => r.roleTitle, (r, roleTitle) => ({ ...r, roleTitle })),
      choiceColumn(
        { key: 'departmentId', title: t('budget.columns.department'), width: 170, editable: positions, options: departmentOptions },
        (r) => r.departmentId,
        (r, departmentId) => ({ ...r, departmentId }),
      ),
      figureColumn({ key: 'count', title: t('budget.columns.count'), lang, width: 90, editable: positions }, (r) => r.count, (r, count) => ({ ...r, count })),
      ...(seeSalaries
        ? [
            figureColumn<PositionRow>({ key: 'monthlySalary', title: t('budget.columns.monthlySalary'), lang, editable: positions }, (r) => r.monthlySalary, (r, monthlySalary) => ({ ...r, monthlySalary })),
            figureColumn<PositionRow>({ key: 'onCostRate', title: t('budget.columns.onCostRate'), lang, percent: true, editable: positions }, (r) => r.onCostRate, (r, onCostRate) => ({ ...r, onCostRate })),
          ]
        : []),
      monthColumn({ key: 'firstMonth', title: t('budget.columns.firstMonth'), emptyText: whole, editable: positions }, (r) => r.firstMonth, (r, firstMonth) => ({ ...r, firstMonth })),
      monthColumn({ key: 'lastMonth', title: t('budget.columns.lastMonth'), emptyText: whole, editable: positions }, (r) => r.lastMonth, (r, lastMonth) => ({ ...r, lastMonth })),
      ...(readAll || editPositions
        ? [figureColumn<PositionRow>({ key: 'stretchCount', title: t('budget.columns.stretchCount'), lang, editable: positions }, (r) => r.stretchCount, (r, stretchCount) => ({ ...r, stretchCount }))]
        : []),
    ];

    const loan: GridColumn<LoanRow>[] = [
      textColumn({ key: 'name', title: t('budget.columns.name'), frozen: true, width: 240, editable: drivers }, (r) => r.name, (r, name) => ({ ...r, name })),
      figureColumn({ key: 'principal', title: t('budget.columns.principal'), lang, width: 140, editable: drivers }, (r) => r.principal, (r, principal) => ({ ...r, principal })),
      figureColumn({ key: 'annualRate', title: t('budget.columns.annualRate'), lang, percent: true, editable: drivers }, (r) => r.annualRate, (r, annualRate) => ({ ...r, annualRate })),
      wholeColumn({ key: 'termMonths', title: t('budget.columns.termMonths'), editable: drivers }, (r) => r.termMonths, (r, termMonths) => ({ ...r, termMonths })),
      choiceColumn(
        {
          key: 'repayment',
          title: t('budget.columns.repayment'),
          width: 150,
          editable: drivers,
          options: choices(['equalInstalment', 'interestOnly'] as const, (k) => t(`budget.repayments.${k}`)),
        },
        (r) => r.repayment,
        (r, repayment) => ({ ...r, repayment: repayment as LoanRow['repayment'] }),
      ),
    ];

    const financingField = (key: keyof FinancingDraft) => (r: SettingsRow) => r.financing[key];
    const setFinancing = (key: keyof FinancingDraft) => (r: SettingsRow, value: string) => ({ ...r, financing: { ...r.financing, [key]: value } });
    const financing: GridColumn<SettingsRow>[] = [
      figureColumn(
        { key: 'financing.initialInvestment', title: t('budget.financing.initialInvestment'), lang, width: 150, editable: drivers },
        financingField('initialInvestment'),
        setFinancing('initialInvestment'),
      ),
      wholeColumn(
        { key: 'financing.depreciationMonths', title: t('budget.financing.depreciationMonths'), width: 150, editable: drivers },
        financingField('depreciationMonths'),
        setFinancing('depreciationMonths'),
      ),
      figureColumn({ key: 'financing.ownFunds', title: t('budget.financing.ownFunds'), lang, width: 150, editable: drivers }, financingField('ownFunds'), setFinancing('ownFunds')),
      figureColumn(
        { key: 'financing.incomeTaxRate', title: t('budget.financing.incomeTaxRate'), lang, percent: true, width: 130, editable: drivers },
        financingField('incomeTaxRate'),
        setFinancing('incomeTaxRate'),
      ),
    ];

    const stretch: GridColumn<SettingsRow>[] = (['volume', 'price', 'variableCost', 'fixedCost', 'headcount'] as const).map((key) =>
      figureColumn<SettingsRow>(
        { key: `stretch.${key}`, title: t(`budget.stretch.${key}`), lang, width: 120, editable: drivers },
        (r) => r.stretch[key],
        (r, value) => ({ ...r, stretch: { ...r.stretch, [key]: value } }),
      ),
    );

    return { revenue, cost, position, loan, financing, stretch };
  }, [t, lang, startMonth, months, departments, seeSalaries, readAll, editDrivers, editRevenue, editPositions, onSeasonality]);
}

/**
 * The parts of a figure column that switch, row by row, between a money
 * figure and a rate shown in % (a cost line's amount or share of revenue).
 */
function ratePart<R>(
  lang: Parameters<typeof showFigure>[1],
  isRate: (row: R) => boolean,
  getRate: (row: R) => string,
  setRate: (row: R, value: string) => R,
  getMoney: (row: R) => string,
  setMoney: (row: R, value: string) => R,
): Pick<GridColumn<R>, 'display' | 'text' | 'parse'> {
  const rate = figureColumn<R>({ key: 'rate', title: '', lang, percent: true }, getRate, setRate);
  const money = figureColumn<R>({ key: 'money', title: '', lang }, getMoney, setMoney);
  return {
    display: (row) => (isRate(row) ? rate.display(row) : money.display(row)),
    text: (row) => (isRate(row) ? rate.text(row) : money.text(row)),
    parse: (row, text) => (isRate(row) ? rate.parse(row, text) : money.parse(row, text)),
  };
}
