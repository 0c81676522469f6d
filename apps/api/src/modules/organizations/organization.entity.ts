import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A tenant. Every tenant-owned row points at one, through `org_id`. */
@Entity('organizations')
@Check('organizations_fiscal_month_check', '"fiscal_year_start_month" BETWEEN 1 AND 12')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'varchar', length: 120 }) name!: string;

  /** ISO 4217; every money figure of the organisation is in this currency. */
  @Column({ type: 'varchar', length: 3, default: 'CNY' }) currency!: string;

  /** Month (1–12) in which the fiscal year starts; shifts the planning calendar. */
  @Column({ type: 'smallint', default: 1 }) fiscalYearStartMonth!: number;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;

  /** Optimistic concurrency: every write names the version it read. */
  @Column({ type: 'integer', default: 1 }) version!: number;
}
