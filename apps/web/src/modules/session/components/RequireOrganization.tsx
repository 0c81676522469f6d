import { Navigate, Outlet } from 'react-router';
import { useViewer } from '../hooks/useViewer';
import { FullPageSpinner } from './FullPageSpinner';

/** A person without a current organisation has nothing to see yet except how to get one. */
export function RequireOrganization() {
  const { viewer } = useViewer();
  if (!viewer) return <FullPageSpinner />;
  if (!viewer.organization) return <Navigate to="/organizations/new" replace />;
  return <Outlet />;
}
