import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { PlanEntity } from '../../plans/entities/plan.entity';

/**
 * One autumn's planning cycle (BRIEF §2): the eight stages that turn next
 * year's sales forecast into the approved plan for `planYear`, run by a
 * planning group. One cycle per plan.
 */
@Entity('planning_cycles')
@Unique('planning_cycles_plan_key', ['planId'])
@Check('planning_cycles_retrospective_check', `char_length("retrospective") <= 20000`)
export class PlanningCycleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  /** The plan the cycle produces; approving the overall-plan stage approves it. */
  @Column({ type: 'uuid' }) planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  /** The plan's year, kept here so cycles order and carry over without a join. */
  @Column({ type: 'smallint' }) planYear!: number;

  @Column({ type: 'varchar', length: 120 }) name!: string;

  /** The planning group's leader and deputy leader (memberships). */
  @Column({ type: 'uuid', nullable: true }) leaderId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'leader_id' })
  leader?: MembershipEntity;

  @Column({ type: 'uuid', nullable: true }) deputyLeaderId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deputy_leader_id' })
  deputyLeader?: MembershipEntity;

  /** The group's other members (membership ids, checked to be the organisation's when written). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) memberIds!: string[];

  /** What to change next year: shown to the next cycle as its previous retrospective. */
  @Column({ type: 'text', nullable: true }) retrospective!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
