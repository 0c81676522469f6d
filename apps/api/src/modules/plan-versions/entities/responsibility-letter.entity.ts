import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { PlanVersionEntity } from './plan-version.entity';

/**
 * A target-responsibility letter (目标管理责任书) of one member for one plan
 * version, created with the version. Its content is derived from the
 * version's snapshot (responsibilityLetters in libs/domain); the row holds
 * who it is for and their acknowledgement, the only thing the app may change
 * (its role may update those two columns alone).
 */
@Entity('responsibility_letters')
@Unique('responsibility_letters_version_member_key', ['versionId', 'membershipId'])
@Index('responsibility_letters_org_member_idx', ['orgId', 'membershipId'])
export class ResponsibilityLetterEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) versionId!: string;

  @ManyToOne(() => PlanVersionEntity)
  @JoinColumn({ name: 'version_id' })
  version?: PlanVersionEntity;

  /** The letter's owner: the director or department manager who signs it. */
  @Column({ type: 'uuid' }) membershipId!: string;

  @ManyToOne(() => MembershipEntity)
  @JoinColumn({ name: 'membership_id' })
  membership?: MembershipEntity;

  @Column({ type: 'timestamptz', nullable: true }) acknowledgedAt!: Date | null;

  /** The user who acknowledged it (the owner's account); no foreign key, as for audit_log's actor. */
  @Column({ type: 'uuid', nullable: true }) acknowledgedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
