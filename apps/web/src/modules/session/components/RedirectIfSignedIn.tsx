import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useSession } from '../hooks/useSession';
import { safeNextPath } from '../utils/redirects';
import { FullPageSpinner } from './FullPageSpinner';

/**
 * Sign-in and sign-up make no sense once signed in: carry on to where the
 * person was going. This is the one place that navigates after signing in
 * or up, so the pages only establish the session.
 */
export function RedirectIfSignedIn() {
  const { status } = useSession();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  if (status === 'restoring') return <FullPageSpinner />;
  if (status !== 'signedIn') return <Outlet />;
  // A brand-new account has no organisation yet, unless it came through an invitation link.
  const destination = safeNextPath(searchParams.get('next'), pathname === '/sign-up' ? '/organizations/new' : '/');
  // The spinner stays on screen while the signed-in app's code loads.
  return (
    <>
      <FullPageSpinner />
      <Navigate to={destination} replace />
    </>
  );
}
