import { PERMISSIONS } from '@opsplan/domain';
import type { Permission } from '@opsplan/domain';

function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** The API sends permissions as strings; keep the ones this client knows. */
export function toPermissions(values: readonly string[]): Permission[] {
  return values.filter(isPermission);
}

/** The web's counterpart of the domain's `can(role, permission)`, checked against what the API granted. */
export function canDo(granted: readonly string[] | undefined, permission: Permission): boolean {
  return granted?.includes(permission) ?? false;
}
