import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@opsplan/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { UserEntity } from '../identity/user.entity';

/** A single-use invitation link that makes whoever accepts it a member with the given role. */
@Entity('invitations')
@Check('invitations_role_check', `"role" IN ('admin','executive','manager','staff','finance')`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index()
  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  /** SHA-256 of the token in the link; the token itself is shown once and never stored. */
  @Column({ type: 'varchar', length: 64, unique: true }) tokenHash!: string;

  @Column({ type: 'varchar', length: 16 }) role!: Role;

  @Column({ type: 'uuid', nullable: true }) departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  /** Optional: the address the link was meant for (shown to admins only). */
  @Column({ type: 'varchar', length: 254, nullable: true }) email!: string | null;

  @Column({ type: 'uuid' }) invitedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: UserEntity;

  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
