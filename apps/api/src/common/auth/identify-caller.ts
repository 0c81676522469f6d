import { isRole } from '@opsplan/domain';
import { unauthenticated } from '../errors/app-error';
import type { Caller } from '../context/gql-context';
import type { AccessTokenService } from '../../modules/identity/services/access-token.service';
import type { TenantDb } from '../../database/tenant-db.service';

interface AuthRow {
  session_ok: boolean;
  membership_id: string | null;
  role: string | null;
  active: boolean | null;
  department_id: string | null;
}

/**
 * The caller behind an `Authorization: Bearer …` header: the token's claims
 * checked against the database in one call to the SECURITY DEFINER
 * app_auth_context (session not revoked, membership active, current role).
 * Undefined without a header; UNAUTHENTICATED for a bad token or an ended
 * session. GraphQL's guard and the plain HTTP routes (letter PDFs) share it.
 */
export async function identifyCaller(tokens: AccessTokenService, db: TenantDb, header: string | undefined): Promise<Caller | undefined> {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const claims = match ? tokens.verify(match[1]) : null;
  if (!claims) throw unauthenticated('Your session has expired. Please sign in again.');

  const [row] = await db.query<AuthRow>('SELECT * FROM app_auth_context($1, $2, $3)', [claims.sub, claims.sid, claims.org]);
  if (!row?.session_ok) throw unauthenticated('Your session has ended. Please sign in again.');
  const member = row.membership_id && row.active && isRole(row.role);
  return {
    userId: claims.sub,
    sessionId: claims.sid,
    orgId: claims.org,
    membershipId: member ? row.membership_id : null,
    role: member && isRole(row.role) ? row.role : null,
    departmentId: member ? row.department_id : null,
  };
}
