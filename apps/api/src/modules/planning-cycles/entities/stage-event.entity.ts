import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { CycleStageEntity } from './cycle-stage.entity';

/** One step in a stage's history: who moved it from which status to which, and why (a return's reason). */
@Entity('stage_events')
@Index('stage_events_stage_created_idx', ['stageId', 'createdAt'])
export class StageEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) stageId!: string;

  @ManyToOne(() => CycleStageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id' })
  stage?: CycleStageEntity;

  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: MembershipEntity;

  /** start, submit, approve or return. */
  @Column({ type: 'varchar', length: 16 }) action!: string;
  @Column({ type: 'varchar', length: 16 }) fromStatus!: string;
  @Column({ type: 'varchar', length: 16 }) toStatus!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
