import { Injectable } from '@nestjs/common';
import { canActOnNode } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { forbidden } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { memberIn } from '../../members/services/members.service';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { NodeCommentDto } from '../dtos/node-comment.dto';
import type { AddCommentInput } from '../dtos/inputs/report.inputs';
import { actorOf, assertPlanOpen, readPlace } from './cascade-locks.util';
import { nodeHistory } from './cascade-sql.util';

const toCommentDto = (row: Row): NodeCommentDto => ({
  id: row.id as string,
  orgId: row.org_id as string,
  nodeId: row.node_id as string,
  authorId: row.author_id as string | null,
  body: row.body as string,
  createdAt: row.created_at as Date,
});

/** A node's discussion. A comment changes nothing of the node, so it takes no lock and no version. */
@Injectable()
export class NodeCommentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  /** `withAuthor`: the answer asks for its author, read here rather than in a transaction of its own. */
  async add(caller: MemberCaller, input: AddCommentInput, requestId: string, withAuthor = false): Promise<NodeCommentDto> {
    const dto = await this.db.run(caller, async (em) => {
      const { row: node, place } = await readPlace(em, caller.orgId, input.nodeId);
      if (!canActOnNode(actorOf(caller), 'comment', place)) throw forbidden('You may comment only on work you own or your department runs.');
      assertPlanOpen(node.plan_status, 'nodeId');
      const [row] = await sql<Row>(em, `INSERT INTO node_comments (org_id, node_id, author_id, body) VALUES ($1, $2, $3, $4) RETURNING *`, [
        caller.orgId,
        input.nodeId,
        caller.membershipId,
        input.body,
      ]);
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'node_comment',
        entityId: row.id as string,
        action: 'create',
        after: { nodeId: row.node_id, body: row.body },
      });
      const comment = toCommentDto(row);
      if (withAuthor) comment.author = await memberIn(em, caller.orgId, caller.membershipId);
      return comment;
    });
    this.events.publish(caller.orgId, { entity: 'plan_node', entityId: input.nodeId, action: 'comment', actorId: caller.userId });
    return dto;
  }

  /** The node's comments, oldest first. */
  list(caller: MemberCaller, nodeId: string): Promise<NodeCommentDto[]> {
    return this.db.run(caller, async (em) => (await nodeHistory(em, 'node_comments', caller.orgId, nodeId)).map(toCommentDto));
  }
}
