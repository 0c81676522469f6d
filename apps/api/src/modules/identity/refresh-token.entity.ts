import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SessionFamilyEntity } from './session-family.entity';

/** One refresh token of a session family; only its SHA-256 is stored. */
@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index()
  @Column({ type: 'uuid' }) familyId!: string;

  @ManyToOne(() => SessionFamilyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id' })
  family?: SessionFamilyEntity;

  @Column({ type: 'varchar', length: 64, unique: true }) tokenHash!: string;

  @Column({ type: 'timestamptz' }) expiresAt!: Date;

  /** Set when the token is exchanged for a new one; a second use is a reuse. */
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
