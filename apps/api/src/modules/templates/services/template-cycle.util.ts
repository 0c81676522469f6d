import { BlueprintCycleStage, DEFAULT_STAGE_NAMES, matchOwnerDepartment, STAGE_DELIVERABLES, STAGE_OWNER_KINDS } from '@opsplan/domain';
import type { StageLayout } from '../../planning-cycles/services/cycle-sql.util';
import type { PlacedDepartments } from './template-departments.util';

const byStage = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);

/**
 * The blueprint's stages as the planning-cycles module lays them out. A
 * stage belongs to the template's department of the stage's kind (the sales
 * forecast to sales…), or else, as createPlanningCycle does, to the
 * organisation's department whose name says it; its manager answers for it.
 */
export function cycleLayout(stages: readonly BlueprintCycleStage[], departments: PlacedDepartments): StageLayout[] {
  const placed = [...departments.byKey.values()];
  return stages.map((s) => {
    const kind = byStage(STAGE_OWNER_KINDS, s.key);
    const fromTemplate = kind ? placed.find((d) => d.kind === kind) : undefined;
    const owner = fromTemplate ?? (kind ? matchOwnerDepartment(kind, departments.all) : null);
    return {
      key: s.key,
      name: byStage(DEFAULT_STAGE_NAMES, s.key) ?? s.key,
      position: s.position,
      startDate: s.startDate,
      dueDate: s.dueDate,
      dependsOn: s.dependsOn,
      ownerDepartmentId: owner?.id ?? null,
      responsibleId: owner?.managerId ?? null,
      deliverables: byStage(STAGE_DELIVERABLES, s.key) ?? [],
    };
  });
}
