import { createContext } from 'react';
import type { AuthPayload } from '../utils/createSession';
import type { GraphQLRequester } from '../utils/graphqlRequest';
import type { SessionManager } from '../utils/sessionManager';

export type SessionStatus =
  /** Asking the server whether the refresh cookie still holds a session. */
  | 'restoring'
  | 'signedIn'
  | 'signedOut'
  /** The server could not be reached while restoring; offer to retry. */
  | 'unreachable';

export type SignOutReason = 'user' | 'expired' | 'none';

export interface SessionContextValue {
  status: SessionStatus;
  signedOutReason: SignOutReason;
  manager: SessionManager<AuthPayload>;
  /** Runs the session's own operations (sign in/up/out, profile language) without Apollo Client. */
  request: GraphQLRequester;
  /** After sign-in or sign-up. */
  establish: (payload: AuthPayload) => void;
  /** After creating, switching to or joining an organisation: the app starts over on its overview. */
  enterOrganization: (payload: AuthPayload) => void;
  signOut: () => Promise<void>;
  retryRestore: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
