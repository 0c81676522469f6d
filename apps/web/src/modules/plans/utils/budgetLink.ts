import { budgetAccess, KPI_TARGET_MEASURES, KPI_TARGET_SCENARIOS } from '@opsplan/domain';
import type { KpiTargetMeasure, KpiTargetScenario, KpiTargetSource, PlanActor } from '@opsplan/domain';
import type { TFunction } from 'i18next';
import { kpiFigure } from './nodeDisplay';

/** Whether the actor reads the whole budget (finance, executives, admins): with the right to change the node, what linking its KPI needs. */
export function readsWholeBudget(actor: PlanActor | null): boolean {
  if (!actor) return false;
  return budgetAccess(actor.role, { isHrManager: false, departmentId: actor.departmentId, locked: false })?.readAll ?? false;
}

/** A source as the API sends it (strings), narrowed to the domain's; null for none or for values this client does not know. */
export function asKpiTargetSource(source: { scenario: string; measure: string; period: string } | null | undefined): KpiTargetSource | null {
  if (!source) return null;
  if (!(KPI_TARGET_SCENARIOS as readonly string[]).includes(source.scenario)) return null;
  if (!(KPI_TARGET_MEASURES as readonly string[]).includes(source.measure)) return null;
  return { scenario: source.scenario as KpiTargetScenario, measure: source.measure as KpiTargetMeasure, period: source.period };
}

/** "whole horizon", "Y2" / "全周期", "第2年". */
export function periodLabel(t: TFunction, period: string): string {
  const year = /^Y(\d+)$/.exec(period);
  return year ? t('node.budgetLink.periods.year', { n: Number(year[1]) }) : t('node.budgetLink.periods.total');
}

/** "From budget: responsibility target · revenue · Y1". */
export function sourceLabel(t: TFunction, source: KpiTargetSource): string {
  return t('node.budgetLink.fromBudget', {
    scenario: t(`node.budgetLink.scenarios.${source.scenario}`),
    measure: t(`node.budgetLink.measures.${source.measure}`),
    period: periodLabel(t, source.period),
  });
}

/** Measures that only the whole horizon has: the payback month. */
export const paybackOnly = (measure: string): boolean => measure === 'paybackMonth';

/** Whether a KPI's target is the budget's payback month: a month of the horizon, not an amount. */
export const isPaybackTarget = (kpi: { targetSource?: { measure: string } | null }): boolean => kpi.targetSource ? paybackOnly(kpi.targetSource.measure) : false;

/** A KPI figure as read: "month 3" / "第 3 个月" for a KPI measured by the payback month, else the decimal with its unit. */
export function kpiFigureText(t: TFunction, value: string | null | undefined, kpi: { unit: string | null; targetSource?: { measure: string } | null }): string {
  if (isPaybackTarget(kpi) && value !== null && value !== undefined && value !== '') return t('node.budgetLink.monthFigure', { n: value });
  return kpiFigure(value, kpi.unit);
}
