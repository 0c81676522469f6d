import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession';
import { FullPageSpinner } from './FullPageSpinner';
import { ServerUnreachable } from './ServerUnreachable';
import { signInPath } from '../utils/redirects';

/** Routes below need a signed-in person; others are sent to sign-in and brought back afterwards. */
export function RequireSession() {
  const { status, signedOutReason } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <FullPageSpinner />;
  if (status === 'unreachable') return <ServerUnreachable />;
  if (status === 'signedOut') {
    const next = signedOutReason === 'user' ? undefined : location.pathname + location.search;
    return <Navigate to={signInPath(next)} replace />;
  }
  return <Outlet />;
}
