import { use } from 'react';
import { SessionContext } from './SessionContext';
import type { SessionContextValue } from './SessionContext';

export function useSession(): SessionContextValue {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
