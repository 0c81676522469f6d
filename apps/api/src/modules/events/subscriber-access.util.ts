import type { MemberCaller } from '../../common/context/gql-context';
import type { TenantDb } from '../../database/tenant-db.service';
import type { OrganizationEventDto } from './organization-event.dto';

/** How long an open subscription trusts the membership it was opened with before asking again. */
export const SUBSCRIBER_RECHECK_MS = 60_000;

/**
 * A socket outlives the checks made when it subscribed. Before handing on an
 * event, ask the database again whether the caller's session is live and
 * membership active: at once when the event is about that membership
 * (deactivated, role changed), otherwise at most once a minute. The
 * subscription ends when the answer is no.
 */
export function subscriberStillAllowed(db: TenantDb, caller: MemberCaller): (event: OrganizationEventDto) => Promise<boolean> {
  let checkedAt = Date.now();
  return async (event) => {
    const aboutThem = event.entity === 'membership' && event.entityId === caller.membershipId;
    if (!aboutThem && Date.now() - checkedAt < SUBSCRIBER_RECHECK_MS) return true;
    checkedAt = Date.now();
    const [row] = await db.query<{ session_ok: boolean; membership_id: string | null; active: boolean | null }>(
      'SELECT session_ok, membership_id, active FROM app_auth_context($1, $2, $3)',
      [caller.userId, caller.sessionId, caller.orgId],
    );
    return Boolean(row?.session_ok && row.active && row.membership_id === caller.membershipId);
  };
}
