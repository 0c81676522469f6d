import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { PlanNodeEntity } from './plan-node.entity';

/** An owner's progress report on a node: the value, how confident they are, and a note. Kept as history for the trend chart. */
@Entity('node_check_ins')
@Index('node_check_ins_node_created_idx', ['nodeId', 'createdAt'])
// The dashboard's check-in activity: an organisation's recent check-ins, without reading all of its history.
@Index('node_check_ins_org_created_idx', ['orgId', 'createdAt'])
@Check('node_check_ins_confidence_check', `"confidence" BETWEEN 1 AND 5`)
@Check('node_check_ins_progress_check', `"progress" BETWEEN 0 AND 100`)
export class NodeCheckInEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) nodeId!: string;

  @ManyToOne(() => PlanNodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'node_id' })
  node?: PlanNodeEntity;

  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: MembershipEntity;

  /** The node's own progress (0–100) as reported, or as derived from the KPI actual. */
  @Column({ type: 'numeric', precision: 7, scale: 4 }) progress!: string;

  @Column({ type: 'numeric', precision: 17, scale: 4, nullable: true }) kpiActual!: string | null;

  /** 1 (will miss) to 5 (certain). */
  @Column({ type: 'smallint' }) confidence!: number;

  @Column({ type: 'varchar', length: 2000, nullable: true }) note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
