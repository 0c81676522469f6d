import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Dimension, KpiDirection, KpiTargetSource, Level, NodeStatus, Recurrence } from '@opsplan/domain';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { DepartmentEntity } from '../../departments/department.entity';
import { PlanEntity } from './plan.entity';

/**
 * One node of the plan cascade (strategy → objective → project → task →
 * activity). `ancestor_ids` (root first, indexed per position in the migrations) and
 * `depth` make subtree reads and top-down locking single statements.
 */
@Entity('plan_nodes')
@Index('plan_nodes_plan_level_idx', ['planId', 'level'])
@Index('plan_nodes_plan_depth_idx', ['planId', 'depth'])
@Index('plan_nodes_kpi_budget_linked_idx', ['planId'], { where: '"kpi_target_source" IS NOT NULL' })
// The recently-deleted list: only deleted nodes are indexed.
@Index('plan_nodes_deleted_idx', ['orgId', 'deletedAt'], { where: '"deleted_batch" IS NOT NULL' })
// One expression index per ancestor position (see the SubtreeIndexes migration); TypeORM cannot express them.
@Index('plan_nodes_ancestor_1_idx', { synchronize: false })
@Index('plan_nodes_ancestor_2_idx', { synchronize: false })
@Index('plan_nodes_ancestor_3_idx', { synchronize: false })
@Index('plan_nodes_ancestor_4_idx', { synchronize: false })
// The dashboard's reads over a whole plan (see the DashboardIndexes migration): a partial index and a covering one, which TypeORM cannot express.
@Index('plan_nodes_dimension_explicit_idx', { synchronize: false })
@Index('plan_nodes_plan_status_idx', { synchronize: false })
@Check('plan_nodes_level_check', `"level" IN ('strategy','objective','project','task','activity')`)
@Check('plan_nodes_status_check', `"status" IN ('not_started','on_track','at_risk','off_track','done','cancelled')`)
@Check('plan_nodes_dimension_check', `"dimension" IN ('organisation','production','marketing')`)
@Check('plan_nodes_kpi_direction_check', `"kpi_direction" IN ('higher_is_better','lower_is_better')`)
@Check('plan_nodes_kpi_check', `("kpi_direction" IS NULL) = ("kpi_target" IS NULL) AND ("kpi_direction" IS NULL) = ("kpi_baseline" IS NULL) AND ("kpi_direction" IS NULL) = ("kpi_name" IS NULL)`)
@Check('plan_nodes_kpi_target_source_check', `"kpi_target_source" IS NULL OR "kpi_direction" IS NOT NULL`)
@Check('plan_nodes_weight_check', `"weight" >= 0 AND "weight" <= 1000`)
@Check('plan_nodes_own_progress_check', `"own_progress" >= 0 AND "own_progress" <= 100`)
@Check('plan_nodes_progress_check', `("depth" = 0) = ("progress" IS NULL) AND ("progress" IS NULL OR "progress" BETWEEN 0 AND 100)`)
@Check('plan_nodes_dates_check', `"due_date" >= "start_date"`)
@Check('plan_nodes_description_check', `char_length("description") <= 20000`)
@Check('plan_nodes_checklist_check', `jsonb_typeof("checklist") = 'array' AND jsonb_array_length("checklist") <= 100`)
@Check('plan_nodes_recurrence_check', `"recurrence" IN ('daily','weekly','monthly','quarterly','yearly')`)
@Check('plan_nodes_depends_on_check', `cardinality("depends_on") <= 20 AND NOT ("id" = ANY ("depends_on"))`)
@Check('plan_nodes_root_check', `("parent_id" IS NULL) = ("depth" = 0) AND cardinality("ancestor_ids") = "depth"`)
export class PlanNodeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  /** null for a strategy, the top of the cascade. */
  @Index('plan_nodes_parent_idx')
  @Column({ type: 'uuid', nullable: true }) parentId!: string | null;

  @ManyToOne(() => PlanNodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: PlanNodeEntity;

  /** Every ancestor's id, the strategy first; `cardinality(ancestor_ids) = depth`. */
  @Column({ type: 'uuid', array: true }) ancestorIds!: string[];

  /** 0 for a strategy; an activity hanging directly under a project sits one level higher than its level name says. */
  @Column({ type: 'smallint' }) depth!: number;

  @Column({ type: 'varchar', length: 16 }) level!: Level;

  @Column({ type: 'varchar', length: 500 }) title!: string;

  @Column({ type: 'text', nullable: true }) description!: string | null;

  /** The membership responsible for the node. */
  @Index('plan_nodes_owner_idx')
  @Column({ type: 'uuid', nullable: true }) ownerId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: MembershipEntity;

  /** Inherited from the parent when the node is created without one. */
  @Index('plan_nodes_department_idx')
  @Column({ type: 'uuid', nullable: true }) departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column({ type: 'date', nullable: true }) startDate!: string | null;
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'not_started' }) status!: NodeStatus;

  /** Relative importance among its siblings in the parent's weighted average. */
  @Column({ type: 'numeric', precision: 8, scale: 4, default: 1 }) weight!: string;

  /** The progress (0–100) reported for the node itself, typed or derived from its KPI; what a leaf contributes. */
  @Column({ type: 'numeric', precision: 7, scale: 4, default: 0 }) ownProgress!: string;

  /**
   * Stored roll-up (0–100): the weighted average of the active children, or
   * the node's own value when it has none. Kept exact in every write's
   * transaction. NULL on strategies: their figure (and the plan's) is
   * computed at read time from the objectives, so that writers all over the
   * plan do not queue on one row.
   */
  @Column({ type: 'numeric', precision: 7, scale: 4, nullable: true }) progress!: string | null;

  /** Organisation, production or marketing work: the three factors of the operations index. */
  @Column({ type: 'varchar', length: 16 }) dimension!: Dimension;

  /** false while the dimension follows the parent's (it then changes with it). */
  @Column({ type: 'boolean', default: false }) dimensionExplicit!: boolean;

  /** Optional KPI: progress then comes from where the actual stands between baseline and target. */
  @Column({ type: 'varchar', length: 120, nullable: true }) kpiName!: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) kpiUnit!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) kpiDirection!: KpiDirection | null;
  @Column({ type: 'numeric', precision: 17, scale: 4, nullable: true }) kpiBaseline!: string | null;
  @Column({ type: 'numeric', precision: 17, scale: 4, nullable: true }) kpiTarget!: string | null;
  @Column({ type: 'numeric', precision: 17, scale: 4, nullable: true }) kpiActual!: string | null;
  /**
   * Set when the KPI's target is a figure of the plan's budget ({ scenario,
   * measure, period }): the target is then written from the budget when
   * linked and again when the budget is locked; typing a target clears it.
   */
  @Column({ type: 'jsonb', nullable: true }) kpiTargetSource!: KpiTargetSource | null;

  /** Items ticked off one by one (a licence's paperwork); at most 100. The owner may tick them like progress. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) checklist!: { text: string; done: boolean }[];

  /** Routine work that comes round again (the daily cash count, the monthly books); null for one-off work. */
  @Column({ type: 'varchar', length: 16, nullable: true }) recurrence!: Recurrence | null;

  /** Live nodes of the same plan that must finish first (at most 20, never the node itself, never in a cycle). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) dependsOn!: string[];

  @Column({ type: 'integer', default: 0 }) sortOrder!: number;

  /** Soft delete: a deleted node and its subtree share one batch id, so one restore brings all back. */
  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) deletedBatch!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;

  /** Optimistic concurrency for what people edit; roll-up recomputation does not bump it. */
  @Column({ type: 'integer', default: 1 }) version!: number;
}
