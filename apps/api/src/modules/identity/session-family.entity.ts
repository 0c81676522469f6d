import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One signed-in session on one device. Its refresh tokens rotate on every use;
 * presenting a token that was already used revokes the whole family, because
 * only a stolen copy can be presented twice.
 */
@Entity('session_families')
export class SessionFamilyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index()
  @Column({ type: 'uuid' }) userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The organisation this session works in now; switching organisation changes it. */
  @Column({ type: 'uuid', nullable: true }) currentOrgId!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true }) userAgent!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true }) revokedReason!: string | null;
}
