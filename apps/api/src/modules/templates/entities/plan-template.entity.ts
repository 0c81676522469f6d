import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlanTemplate } from '@opsplan/domain';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';

/**
 * An organisation's own plan template (the built-in ones live in code):
 * the whole template as validated JSON, saved from a plan or imported.
 * Soft-deleted, so a removal can be undone; the key is unique among the
 * organisation's live templates.
 */
@Entity('plan_templates')
@Index('plan_templates_org_key_live', ['orgId', 'key'], { unique: true, where: `"deleted_at" IS NULL` })
@Check('plan_templates_body_check', `jsonb_typeof("body") = 'object' AND pg_column_size("body") <= 2000000`)
export class PlanTemplateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_plan_templates' }) id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'FK_plan_templates_org' })
  org?: OrganizationEntity;

  /** Lower-case letters, digits and dashes, as in the body. */
  @Column({ type: 'varchar', length: 64 }) key!: string;

  /** The template's name in each language, copied from the body so lists need not read it. */
  @Column({ type: 'varchar', length: 200 }) nameZh!: string;
  @Column({ type: 'varchar', length: 200 }) nameEn!: string;

  /** The template itself (parsePlanTemplate accepts it; it is parsed again before each use). */
  @Column({ type: 'jsonb' }) body!: PlanTemplate;

  /** The membership that saved or imported it. */
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_plan_templates_created_by' })
  creator?: MembershipEntity;

  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
