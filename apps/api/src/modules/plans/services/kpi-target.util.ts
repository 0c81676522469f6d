import type { EntityManager } from 'typeorm';
import { DECIMAL_PATTERN, KpiDirection, kpiProgress, KpiTargetSource, Level } from '@opsplan/domain';
import { Row, updateVersioned } from '../../../database/versioned-update';
import type { AuditRecord, AuditService } from '../../audit/services/audit.service';
import { decimalText, nodeAuditView, toConflictView } from './cascade-sql.util';
import { recompute, storedAncestors } from './cascade-locks.util';

/** A new target for a node's KPI, and the budget figure it comes from (null: typed by hand). */
export interface KpiTargetWrite {
  id: string;
  /** the version the writer read; CONFLICT when the node has moved on */
  version: number;
  target: string;
  source: KpiTargetSource | null;
}

/** Whether a figure fits a KPI target column (13 digits, 4 decimals). */
export const fitsKpiTarget = (figure: string): boolean => DECIMAL_PATTERN.test(figure);

/** Whether `target` is the target the row already holds (as decimals, whatever the trailing zeros). */
export const sameKpiTarget = (row: Row, target: string): boolean => decimalText(row.kpi_target) === decimalText(target);

/** The columns a new KPI target changes on a node row: the target, its budget link, and the own progress that follows. */
export function kpiTargetChanges(row: Row, target: string, source: KpiTargetSource | null): Row {
  return {
    kpi_target: target,
    kpi_target_source: source ? JSON.stringify({ scenario: source.scenario, measure: source.measure, period: source.period }) : null,
    own_progress: kpiProgress({
      direction: row.kpi_direction as KpiDirection,
      baseline: String(row.kpi_baseline),
      target,
      actual: row.kpi_actual === null || row.kpi_actual === undefined ? null : String(row.kpi_actual),
    }),
  };
}

/**
 * Sets the KPI targets of nodes locked with lockPaths (with their paths), as
 * updateNode does a typed one: versioned, audited per node, and the stored
 * roll-ups above them recomputed once, bottom-up.
 */
export async function writeKpiTargets(
  em: EntityManager,
  audit: AuditService,
  who: Pick<AuditRecord, 'orgId' | 'actorUserId' | 'requestId'>,
  locked: Map<string, Row>,
  writes: readonly KpiTargetWrite[],
): Promise<void> {
  const touched: { id: string; level: Level }[] = [];
  for (const w of writes) {
    const row = locked.get(w.id) as Row;
    const { before, after } = await updateVersioned(em, {
      table: 'plan_nodes',
      id: w.id,
      version: w.version,
      what: 'The node',
      extraWhere: 'AND deleted_at IS NULL',
      toClient: toConflictView,
      changes: kpiTargetChanges(row, w.target, w.source),
    });
    await audit.record(em, { ...who, entity: 'plan_node', entityId: w.id, action: 'update', before: nodeAuditView(before), after: nodeAuditView(after) });
    touched.push({ id: w.id, level: row.level as Level }, ...storedAncestors(locked, row));
  }
  await recompute(em, touched);
}
