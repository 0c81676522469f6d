import { budgetAccess, KPI_TARGET_MEASURES, KPI_TARGET_SCENARIOS } from '@opsplan/domain';
import type { KpiTargetMeasure, KpiTargetScenario, KpiTargetSource, PlanActor } from '@opsplan/domain';
import type { TFunction } from 'i18next';

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
