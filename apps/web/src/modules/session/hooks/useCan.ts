import type { Permission } from '@opsplan/domain';
import { useCallback } from 'react';
import { canDo } from '../utils/permissions';
import { useViewer } from './useViewer';

export function useCan(): (permission: Permission) => boolean {
  const { viewer } = useViewer();
  const granted = viewer?.permissions;
  return useCallback((permission: Permission) => canDo(granted, permission), [granted]);
}
