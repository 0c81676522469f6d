import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Role } from '@opsplan/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../identity/user.entity';
import { DepartmentEntity } from '../departments/department.entity';

/** A user's place in one organisation: their role there and their department. */
@Entity('memberships')
@Unique('memberships_org_user_key', ['orgId', 'userId'])
@Check('memberships_role_check', `"role" IN ('admin','executive','manager','staff','finance')`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Index()
  @Column({ type: 'uuid' }) userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 }) role!: Role;

  @Index()
  @Column({ type: 'uuid', nullable: true }) departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  /** A deactivated member keeps their history but can no longer act. */
  @Column({ type: 'boolean', default: true }) active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
