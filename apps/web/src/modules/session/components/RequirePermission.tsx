import type { Permission } from '@opsplan/domain';
import type { ReactNode } from 'react';
import { useCan } from '../hooks/useCan';
import { NoAccess } from './NoAccess';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <NoAccess />;
}
