import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person who can sign in. Not tenant-owned: one user may belong to many organisations. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** Stored trimmed and lower-cased, so the unique constraint is case-insensitive. */
  @Column({ type: 'varchar', length: 254, unique: true }) email!: string;

  /** argon2id hash (PHC string). Never leaves the identity module. */
  @Column({ type: 'varchar', length: 255 }) passwordHash!: string;

  @Column({ type: 'varchar', length: 80 }) displayName!: string;

  @Column({ type: 'varchar', length: 10, nullable: true }) locale!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
