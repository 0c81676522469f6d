import { NODE_DIFF_FIELDS } from '@opsplan/domain';
import type { NodeDiffField } from '@opsplan/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const isField = (field: string): field is NodeDiffField => (NODE_DIFF_FIELDS as readonly string[]).includes(field);

/** Where a coded value's words are, by field. */
const CODES: Partial<Record<NodeDiffField, string>> = {
  level: 'node.levels',
  status: 'node.statuses',
  kpiDirection: 'node.kpi.directions',
  dimension: 'node.dimensions',
  recurrence: 'node.recurrences',
};

/** A checklist's items (a JSON array of texts), one per line. */
function checklistLines(raw: string): string {
  try {
    const items: unknown = JSON.parse(raw);
    return Array.isArray(items) ? items.map(String).join('\n') : raw;
  } catch {
    return raw;
  }
}

/** Field names and coded values of a version comparison, in the interface language. */
export function useDiffTranslator() {
  const { t, i18n } = useTranslation();
  const fieldLabel = useCallback((field: string) => (isField(field) ? t(`versions.fields.${field}`) : field), [t]);
  const value = useCallback(
    (field: string, raw: string) => {
      if (field === 'checklist') return checklistLines(raw);
      const codes = isField(field) ? CODES[field] : undefined;
      const key = codes ? `${codes}.${raw}` : null;
      return key && i18n.exists(key) ? (t(key as 'node.levels.task') as string) : raw;
    },
    [i18n, t],
  );
  return { fieldLabel, value };
}
