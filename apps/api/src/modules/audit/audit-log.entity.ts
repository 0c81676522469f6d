import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface AuditChangeValue {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Append-only record of every change, written in the same transaction as the
 * change itself. The app's database role may insert and read, never update or
 * delete. Sensitive values (salaries, secrets) are stored as "[redacted]".
 */
@Entity('audit_log')
@Index('audit_log_org_id_id_idx', ['orgId', 'id'])
// Who deleted a record, for the recently-deleted list; deletions only.
@Index('audit_log_deletions_idx', ['orgId', 'entity', 'entityId', 'id'], { where: `"action" = 'delete'` })
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @Column({ type: 'uuid', nullable: true }) actorUserId!: string | null;

  @Column({ type: 'varchar', length: 64 }) entity!: string;

  @Column({ type: 'varchar', length: 64 }) entityId!: string;

  @Column({ type: 'varchar', length: 32 }) action!: string;

  @Column({ type: 'varchar', length: 64, nullable: true }) requestId!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" }) changes!: AuditChangeValue[];

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
