import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { CycleStageEntity } from './cycle-stage.entity';

/**
 * An in-app message to one member (the bell). `day` is the organisation's
 * calendar day it was raised on: with the recipient, kind and stage it keys
 * the daily overdue reminder, so a job that runs twice notifies once.
 */
@Entity('notifications')
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt'])
@Index('notifications_daily_key', ['recipientId', 'kind', 'stageId', 'day'], { unique: true, where: `"kind" = 'stage_overdue'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) recipientId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: MembershipEntity;

  /** stage_submitted, stage_approved, stage_returned, stage_overdue. */
  @Column({ type: 'varchar', length: 32 }) kind!: string;

  @Column({ type: 'uuid', nullable: true }) cycleId!: string | null;

  @Column({ type: 'uuid', nullable: true }) stageId!: string | null;

  @ManyToOne(() => CycleStageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id' })
  stage?: CycleStageEntity;

  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: MembershipEntity;

  /** A one-line summary in the product's words (the stage's name, a return's reason). */
  @Column({ type: 'varchar', length: 500 }) message!: string;

  /** An overdue reminder's stage due date (the client words the sentence in the reader's language). */
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;

  @Column({ type: 'date', default: () => 'CURRENT_DATE' }) day!: string;

  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
