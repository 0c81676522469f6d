import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { CycleStageEntity } from './cycle-stage.entity';

/**
 * A named document a stage hands over (STAGE_DELIVERABLES, e.g. the market
 * sales forecast). The body is rich text as the editor produced it (HTML or
 * markdown), stored as given and sanitised by whoever renders it.
 */
@Entity('stage_deliverables')
@Unique('stage_deliverables_stage_name_key', ['stageId', 'name'])
@Check('stage_deliverables_body_check', `char_length("body") <= 100000`)
export class StageDeliverableEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) stageId!: string;

  @ManyToOne(() => CycleStageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id' })
  stage?: CycleStageEntity;

  /** A STAGE_DELIVERABLES name (the web translates it) or a name the organisation chose. */
  @Column({ type: 'varchar', length: 120 }) name!: string;

  @Column({ type: 'text', default: '' }) body!: string;

  @Column({ type: 'uuid', nullable: true }) updatedBy!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  editor?: MembershipEntity;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
