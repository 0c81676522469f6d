import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A department's name by id; a department the list does not hold (since deleted, say) still gets a label. */
export function useDepartmentName(departments: readonly { id: string; name: string }[]): (id: string) => string {
  const { t } = useTranslation();
  const names = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);
  return useCallback((id: string) => names.get(id) ?? t('budgetAnalysis.unknownDepartment'), [names, t]);
}
