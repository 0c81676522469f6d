import type { MemberCaller } from './gql-context';
import type { AuditRecord } from '../../modules/audit/services/audit.service';

/** The who/where part of an audit record, taken from the caller and the request. */
export function auditBy(caller: MemberCaller, requestId: string): Pick<AuditRecord, 'orgId' | 'actorUserId' | 'requestId'> {
  return { orgId: caller.orgId, actorUserId: caller.userId, requestId };
}
