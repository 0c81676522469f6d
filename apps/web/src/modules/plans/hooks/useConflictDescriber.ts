import { RECURRENCES, STATUSES } from '@opsplan/domain';
import type { NodeStatus, Recurrence } from '@opsplan/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleAndDepartments } from '../components/NodeFormFields';
import type { ConflictField } from '../utils/nodeConflict';

const isStatus = (value: unknown): value is NodeStatus => (STATUSES as readonly unknown[]).includes(value);
const isRecurrence = (value: unknown): value is Recurrence => (RECURRENCES as readonly unknown[]).includes(value);

/** Reads a conflicting value the way a person would: names instead of ids, translated statuses. */
export function useConflictDescriber({ members, departments }: PeopleAndDepartments) {
  const { t } = useTranslation();
  return useCallback(
    (field: ConflictField, value: string | number | null): string => {
      if (value === null) return '';
      if (field === 'ownerId') return members.find((member) => member.id === value)?.user.displayName ?? String(value);
      if (field === 'departmentId') return departments.find((department) => department.id === value)?.name ?? String(value);
      if (field === 'status' && isStatus(value)) return t(`node.statuses.${value}`);
      if (field === 'recurrence' && isRecurrence(value)) return t(`node.recurrences.${value}`);
      if (field === 'ownProgress') return `${Math.round(Number(value))}%`;
      return String(value);
    },
    [departments, members, t],
  );
}
