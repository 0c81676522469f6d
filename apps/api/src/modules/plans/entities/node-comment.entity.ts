import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { PlanNodeEntity } from './plan-node.entity';

/** A comment in a node's discussion. */
@Entity('node_comments')
@Index('node_comments_node_created_idx', ['nodeId', 'createdAt'])
export class NodeCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) nodeId!: string;

  @ManyToOne(() => PlanNodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'node_id' })
  node?: PlanNodeEntity;

  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: MembershipEntity;

  @Column({ type: 'varchar', length: 5000 }) body!: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
