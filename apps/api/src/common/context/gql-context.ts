import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '@opsplan/domain';
import type { Lookups } from '../graphql/lookups';

/** Who is calling, established once per request by the auth guard. */
export interface Caller {
  userId: string;
  sessionId: string;
  /** The organisation the caller works in now; null right after sign-up. */
  orgId: string | null;
  membershipId: string | null;
  role: Role | null;
  departmentId: string | null;
}

export interface GqlContext {
  req: FastifyRequest;
  reply: FastifyReply;
  requestId: string;
  caller?: Caller;
  /** Batched lookups by id for this request (absent on subscription sockets). */
  lookups?: Lookups;
}

/** A caller that belongs to an organisation: what tenant-scoped resolvers receive. */
export interface MemberCaller extends Caller {
  orgId: string;
  membershipId: string;
  role: Role;
}
