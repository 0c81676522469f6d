import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const FIELDS = ['title', 'level', 'parent', 'owner', 'department', 'startDate', 'dueDate', 'weight', 'status', 'kpiName', 'kpiUnit', 'kpiDirection', 'kpiBaseline', 'kpiTarget'] as const;
type Field = (typeof FIELDS)[number];
const isField = (field: string): field is Field => (FIELDS as readonly string[]).includes(field);

/** Field names and coded values of a version comparison, in the interface language. */
export function useDiffTranslator() {
  const { t, i18n } = useTranslation();
  const fieldLabel = useCallback((field: string) => (isField(field) ? t(`versions.fields.${field}`) : field), [t]);
  const value = useCallback(
    (field: string, raw: string) => {
      const key = field === 'level' ? `node.levels.${raw}` : field === 'status' ? `node.statuses.${raw}` : field === 'kpiDirection' ? `node.kpi.directions.${raw}` : null;
      return key && i18n.exists(key) ? (t(key as 'node.levels.task') as string) : raw;
    },
    [i18n, t],
  );
  return { fieldLabel, value };
}
