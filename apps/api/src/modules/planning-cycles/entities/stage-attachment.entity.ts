import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { StageDeliverableEntity } from './stage-deliverable.entity';

/** A file attached to a deliverable, kept in PostgreSQL (at most 180 KB, so it fits one GraphQL request). */
@Entity('stage_attachments')
@Index('stage_attachments_deliverable_idx', ['deliverableId'])
@Check('stage_attachments_size_check', `"size" = octet_length("content") AND "size" <= 184320`)
export class StageAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) deliverableId!: string;

  @ManyToOne(() => StageDeliverableEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deliverable_id' })
  deliverable?: StageDeliverableEntity;

  @Column({ type: 'varchar', length: 255 }) filename!: string;
  @Column({ type: 'varchar', length: 127 }) contentType!: string;
  @Column({ type: 'integer' }) size!: number;
  @Column({ type: 'bytea' }) content!: Buffer;

  @Column({ type: 'uuid', nullable: true }) uploadedBy!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: MembershipEntity;

  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
